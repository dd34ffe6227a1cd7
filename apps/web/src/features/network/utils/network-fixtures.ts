import type { NetworkNode, NetworkTie, NetworkWeakLink, PartnerNetwork } from './network-graph';
import type { NetworkMapAnswer } from './network-map';

/** For specs: a partner with ordinary figures, changed by `overrides`. */
export function networkNode(organisationId: string, name: string, sector: string, overrides: Partial<NetworkNode> = {}): NetworkNode {
  return {
    organisationId,
    name,
    sector,
    placeId: 'p1',
    degree: 2,
    inDegree: 2,
    outDegree: 2,
    strength: 1.2,
    betweenness: 0,
    community: 0,
    articulationPoint: false,
    isolate: false,
    x: 0,
    y: 0,
    degreeChange: 0,
    strengthChange: 0,
    betweennessChange: 0,
    ...overrides,
  };
}

/** For specs: a tie rated both ways, changed by `overrides`; its id is `source|target` as the API makes it. */
export function networkTie(sourceId: string, targetId: string, strength: number, overrides: Partial<NetworkTie> = {}): NetworkTie {
  return {
    id: `${sourceId}|${targetId}`,
    sourceId,
    targetId,
    strength,
    forwardStrength: strength,
    backwardStrength: strength,
    forwardRatings: 2,
    backwardRatings: 2,
    reciprocityGap: 0,
    oneSided: false,
    bridge: false,
    strengthChange: 0,
    ...overrides,
  };
}

export function weakLink(id: string, kind: NetworkWeakLink['kind'], sourceId: string, targetId: string | null, reason: string): NetworkWeakLink {
  return { id, kind, sourceId, targetId, reason };
}

/**
 * For specs: Northshire North in March 2026. Two NHS partners (a, b), two VCSE (c, e) and a council (d). c is the
 * broker: d's only tie is to c. a rates c weakly and c does not rate a; b–c has fallen by 0.15; a and d are
 * co-affected by decisions with no rated tie; e rates nobody and is rated by nobody. The figures agree: 7 directed
 * ratings of 5 × 4 possible (density 0.35), 6 of them answered (reciprocity 6/7), c on the only paths a–d and b–d
 * (betweenness 2 × 2 ÷ (4 × 3) = 1/3), one tie within a sector of four (E–I (3 − 1) ÷ 4 = 0.5).
 */
export function networkFixture(overrides: Partial<PartnerNetwork> = {}): PartnerNetwork {
  return {
    month: '2026-03',
    placeId: 'p1',
    ratedMonths: ['2026-03', '2026-02', '2026-01'],
    suppressed: false,
    suppressionReason: null,
    respondentOrganisations: 5,
    density: 0.35,
    reciprocity: 6 / 7,
    eiIndex: 0.5,
    communitySectorNmi: 0.42,
    componentCount: 2,
    nodes: [
      networkNode('a', 'Northshire Hospital', 'NHS', { x: 0, y: 0 }),
      networkNode('b', 'Northshire Community Health', 'NHS', { x: 10, y: 0, betweenness: 0 }),
      networkNode('c', 'Northshire Carers', 'VCSE', { x: 5, y: 5, degree: 3, betweenness: 1 / 3, articulationPoint: true }),
      networkNode('d', 'Northshire Council', 'LOCAL_GOVERNMENT', { x: 5, y: 12, degree: 1, degreeChange: null, strengthChange: null, betweennessChange: null }),
      networkNode('e', 'Northshire Hospice', 'VCSE', { x: -8, y: 9, degree: 0, inDegree: 0, outDegree: 0, strength: 0, isolate: true }),
    ],
    ties: [
      networkTie('a', 'b', 0.8),
      networkTie('a', 'c', 0.3, { backwardStrength: null, backwardRatings: 0, reciprocityGap: null, oneSided: true }),
      networkTie('b', 'c', 0.6, { strengthChange: -0.15 }),
      networkTie('c', 'd', 0.5, { bridge: true, strengthChange: null }),
    ],
    weakLinks: [
      weakLink('w1', 'LOW_STRENGTH', 'a', 'c', 'Strength 0.30, below 0.40'),
      weakLink('w2', 'ONE_SIDED', 'a', 'c', 'Northshire Carers has not rated Northshire Hospital'),
      weakLink('w3', 'DECLINING', 'c', 'b', 'Trust 4.0 → 3.0 over three months; last rated in March 2026'),
      weakLink('w4', 'MISSING', 'd', 'a', 'Affected together by 4 decisions in 12 months, with no rated relationship'),
      weakLink('w5', 'PERIPHERAL', 'e', null, 'No ties this month'),
    ],
    sectors: [
      { sector: 'NHS', ties: 3, internalShare: 1 / 3, eiIndex: 1 / 3 },
      { sector: 'VCSE', ties: 3, internalShare: 0, eiIndex: 1 },
      { sector: 'LOCAL_GOVERNMENT', ties: 1, internalShare: 0, eiIndex: 1 },
    ],
    ...overrides,
  };
}

/** For specs: a month's map as the API answers partnerNetworkMap, ties and weak links as columns of partner numbers. */
export function networkMapAnswer(network: PartnerNetwork): NetworkMapAnswer {
  const numberOf = (id: string) => network.nodes.findIndex((node) => node.organisationId === id);
  return {
    month: network.month,
    placeId: network.placeId,
    ratedMonths: network.ratedMonths,
    suppressed: network.suppressed,
    suppressionReason: network.suppressionReason,
    partners: {
      organisationIds: network.nodes.map((node) => node.organisationId),
      names: network.nodes.map((node) => node.name),
      sectors: network.nodes.map((node) => node.sector),
      betweenness: network.nodes.map((node) => node.betweenness),
      articulationPoints: network.nodes.flatMap((node, i) => (node.articulationPoint ? [i] : [])),
      xs: network.nodes.map((node) => node.x),
      ys: network.nodes.map((node) => node.y),
    },
    ties: {
      sources: network.ties.map((tie) => numberOf(tie.sourceId)),
      targets: network.ties.map((tie) => numberOf(tie.targetId)),
      strengths: network.ties.map((tie) => tie.strength),
      strengthChanges: network.ties.map((tie) => tie.strengthChange),
    },
    // By kind, each kind once, in the order the fixture's links first give them.
    weakLinks: [...new Set(network.weakLinks.map((link) => link.kind))].map((kind) => {
      const links = network.weakLinks.filter((link) => link.kind === kind);
      return { kind, sources: links.map((link) => numberOf(link.sourceId)), targets: links.map((link) => (link.targetId === null ? null : numberOf(link.targetId))) };
    }),
  };
}
