"""The figures of networkMetrics computed by networkx, for the cross-check in network-metrics.networkx.spec.ts.

Reads {"nodes": [{"id", "sector"}], "ties": [{"source", "target", "weight"}]} on stdin, writes JSON on stdout.
"""
import json
import sys

import networkx as nx

data = json.load(sys.stdin)
directed = nx.DiGraph()
directed.add_nodes_from(node["id"] for node in data["nodes"])
directed.add_weighted_edges_from((t["source"], t["target"], t["weight"]) for t in data["ties"])

# Undirected edge weight: the mean of the two directions, or the one that exists.
undirected = nx.Graph()
undirected.add_nodes_from(directed.nodes)
for source, target, weight in directed.edges(data="weight"):
    if directed.has_edge(target, source):
        weight = (weight + directed[target][source]["weight"]) / 2
    undirected.add_edge(source, target, weight=weight)

betweenness = nx.betweenness_centrality(undirected)
json.dump(
    {
        "density": nx.density(directed) if directed.number_of_nodes() > 1 else None,
        "reciprocity": nx.overall_reciprocity(directed) if directed.number_of_edges() > 0 else None,
        "components": [sorted(c) for c in nx.connected_components(undirected)],
        "isolates": sorted(nx.isolates(undirected)),
        "articulationPoints": sorted(nx.articulation_points(undirected)),
        "bridges": sorted(sorted(edge) for edge in nx.bridges(undirected)),
        "nodes": [
            {
                "id": node,
                "degree": undirected.degree(node),
                "inDegree": directed.in_degree(node),
                "outDegree": directed.out_degree(node),
                "strength": undirected.degree(node, weight="weight"),
                "betweenness": betweenness[node],
            }
            for node in directed.nodes
        ],
    },
    sys.stdout,
)
