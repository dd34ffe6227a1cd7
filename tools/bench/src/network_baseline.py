"""The network-metrics bench's baselines: every figure of networkMetrics, sectorMixing and weakLinks computed with
networkx (`network_baseline.py networkx`) or igraph (`network_baseline.py igraph`) on the network the bench sends as
JSON on stdin, timed here (warm-ups, then runs) so that neither Python's start nor the JSON counts.

Graph figures come from the library; the E-I index, sector mixing, normalised mutual information and weak-link rules
are the same few lines of Python for both, as in libs/network. The SPC half of the declining rule is left out: the
bench sends four months, too few for XmR limits (12 points), so libs/network finds no special cause either.
"""
import json
import math
import sys
import time
from collections import Counter, defaultdict

LOUVAIN_SEED = 12


def pair_strengths(ties):
    """Undirected ties: (a, b) with a < b -> (strength, forward tie, backward tie)."""
    pairs = {}
    for tie in ties:
        a, b = sorted((tie["source"], tie["target"]))
        forward, backward = (pairs.get((a, b)) or (None, None, None))[1:]
        if tie["source"] == a:
            forward = tie
        else:
            backward = tie
        sides = [side["strength"] for side in (forward, backward) if side is not None]
        pairs[(a, b)] = (sum(sides) / len(sides), forward, backward)
    return pairs


def nmi(u, v):
    n = len(u)
    if n == 0:
        return None
    cu, cv, cj = Counter(u), Counter(v), Counter(zip(u, v))
    hu = -sum(c / n * math.log(c / n) for c in cu.values())
    hv = -sum(c / n * math.log(c / n) for c in cv.values())
    if hu + hv == 0:
        return None
    mi = sum(c / n * math.log(c * n / (cu[a] * cv[b])) for (a, b), c in cj.items())
    return min(1.0, max(0.0, mi / ((hu + hv) / 2)))


def mixing_and_weak_links(data, pairs, communities, strength, degree):
    """Everything after the graph algorithms, identical for both libraries."""
    sector = {node["id"]: node["sector"] for node in data["nodes"]}
    options = data["options"]
    counts = defaultdict(lambda: [0, 0])
    between = 0
    for a, b in pairs:
        if sector[a] == sector[b]:
            counts[sector[a]][0] += 1
        else:
            between += 1
            counts[sector[a]][1] += 1
            counts[sector[b]][1] += 1
    sectors = {
        s: (i / (i + e) if i + e else None, (e - i) / (i + e) if i + e else None) for s, (i, e) in counts.items()
    }
    ei = (between - (len(pairs) - between)) / len(pairs) if pairs else None
    tied = [node["id"] for node in data["nodes"] if degree[node["id"]] > 0]
    nmi_value = nmi([communities[i] for i in tied], [sector[i] for i in tied])

    links = Counter()
    span = options["decliningMonths"] + 1
    history = [pair_strengths(month["ties"]) for month in data["months"][-span:]]
    for key, (value, forward, backward) in pairs.items():
        if value < options["lowStrength"]:
            links["LOW_STRENGTH"] += 1
        if forward is None or backward is None or abs(forward["strength"] - backward["strength"]) > options["reciprocityGap"]:
            links["ONE_SIDED"] += 1
        run = [month.get(key) for month in history]
        if len(run) == span and all(r is not None for r in run) and all(run[i][0] < run[i - 1][0] for i in range(1, span)):
            links["DECLINING"] += 1
    for pair in data["coAffected"]:
        a, b = sorted((pair["a"], pair["b"]))
        if a in sector and b in sector and (a, b) not in pairs and pair["decisions"] >= options["missingCoAffected"]:
            links["MISSING"] += 1
    rank = math.floor(options["peripheralDecile"] * len(data["nodes"]))
    cut_off = sorted(strength.values())[rank - 1] if rank >= 1 else None
    for node in data["nodes"]:
        if degree[node["id"]] == 0 or (cut_off is not None and strength[node["id"]] <= cut_off):
            links["PERIPHERAL"] += 1
    return {"eiIndex": ei, "sectors": sectors, "communitySectorNmi": nmi_value, "weakLinks": dict(links)}


def with_networkx(data):
    import networkx as nx

    ties = data["months"][-1]["ties"]
    directed = nx.DiGraph()
    directed.add_nodes_from(node["id"] for node in data["nodes"])
    directed.add_weighted_edges_from((t["source"], t["target"], t["strength"]) for t in ties)
    pairs = pair_strengths(ties)
    graph = nx.Graph()
    graph.add_nodes_from(directed.nodes)
    graph.add_weighted_edges_from((a, b, value) for (a, b), (value, _, _) in pairs.items())
    degree = dict(graph.degree())
    strength = dict(graph.degree(weight="weight"))
    in_degree, out_degree = dict(directed.in_degree()), dict(directed.out_degree())
    betweenness = nx.betweenness_centrality(graph)
    components = list(nx.connected_components(graph))
    isolates = list(nx.isolates(graph))
    articulation = list(nx.articulation_points(graph))
    bridges = list(nx.bridges(graph))
    communities = {}
    for index, members in enumerate(nx.community.louvain_communities(graph, weight="weight", seed=LOUVAIN_SEED)):
        for member in members:
            communities[member] = index
    return {
        "density": nx.density(directed),
        "reciprocity": nx.overall_reciprocity(directed),
        "components": len(components),
        "isolates": len(isolates),
        "articulationPoints": len(articulation),
        "bridges": len(bridges),
        "inOut": sum(in_degree.values()) + sum(out_degree.values()),
        "betweennessMax": max(betweenness.values()),
        **mixing_and_weak_links(data, pairs, communities, strength, degree),
    }


def with_igraph(data):
    import random

    import igraph as ig

    ig.set_random_number_generator(random.Random(LOUVAIN_SEED))
    ids = [node["id"] for node in data["nodes"]]
    index = {node: i for i, node in enumerate(ids)}
    n = len(ids)
    ties = data["months"][-1]["ties"]
    directed = ig.Graph(n=n, edges=[(index[t["source"]], index[t["target"]]) for t in ties], directed=True)
    pairs = pair_strengths(ties)
    graph = ig.Graph(n=n, edges=[(index[a], index[b]) for a, b in pairs])
    graph.es["weight"] = [value for value, _, _ in pairs.values()]
    degree_list = graph.degree()
    strength_list = graph.strength(weights="weight")
    in_degree, out_degree = directed.indegree(), directed.outdegree()
    scale = 2 / ((n - 1) * (n - 2))
    betweenness = [value * scale for value in graph.betweenness(directed=False)]
    components = graph.connected_components()
    isolates = [i for i, d in enumerate(degree_list) if d == 0]
    articulation = graph.articulation_points()
    bridges = graph.bridges()
    membership = graph.community_multilevel(weights="weight").membership
    return {
        "density": directed.ecount() / (n * (n - 1)),
        "reciprocity": directed.reciprocity(ignore_loops=True, mode="default"),
        "components": len(components),
        "isolates": len(isolates),
        "articulationPoints": len(articulation),
        "bridges": len(bridges),
        "inOut": sum(in_degree) + sum(out_degree),
        "betweennessMax": max(betweenness),
        **mixing_and_weak_links(
            data,
            pairs,
            {ids[i]: c for i, c in enumerate(membership)},
            {ids[i]: s for i, s in enumerate(strength_list)},
            {ids[i]: d for i, d in enumerate(degree_list)},
        ),
    }


def main():
    compute = {"networkx": with_networkx, "igraph": with_igraph}[sys.argv[1]]
    data = json.load(sys.stdin)
    for _ in range(data["warmUps"]):
        compute(data)
    times = []
    for _ in range(data["runs"]):
        started = time.perf_counter()
        result = compute(data)
        times.append((time.perf_counter() - started) * 1000)
    json.dump({"times": times, "summary": result}, sys.stdout)


main()
