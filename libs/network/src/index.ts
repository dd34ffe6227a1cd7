export { NetworkInputError, type NetworkNodeInput, type NetworkTieInput } from './lib/network-input';
export {
  CONTACT_SCORES,
  RATING_SCALE,
  organisationTies,
  tieStrength,
  type ContactFrequency,
  type NetworkRating,
  type OrganisationTie,
} from './lib/tie-strength';
export { tieKey, undirectedTies, type UndirectedTie } from './lib/undirected-ties';
export { LOUVAIN_SEED, networkMetrics, type NetworkMetrics, type NetworkNodeMetrics } from './lib/network-metrics';
export { sectorMixing, type SectorMix, type SectorMixing } from './lib/sector-mixing';
export { networkChange, type NetworkChange, type NodeChange } from './lib/network-change';
export {
  WEAK_LINK_DEFAULTS,
  WEAK_LINK_KINDS,
  monthName,
  weakLinks,
  type WeakLink,
  type WeakLinkInput,
  type WeakLinkKind,
  type WeakLinkOptions,
} from './lib/weak-links';
export { LAYOUT_ITERATIONS, stableLayout, type Position } from './lib/stable-layout';
export { NETWORK_DEFINITIONS, type NetworkDefinition, type NetworkDefinitionKey } from './lib/network-definitions';
