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
