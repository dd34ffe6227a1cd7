export {
  CHANGE_READING_LABELS,
  CHANGE_READINGS,
  readFigure,
  whatChanged,
  type ChangeReading,
  type FigureReading,
  type ReviewArea,
  type ReviewFigure,
  type ReviewPoint,
} from './lib/figure-changes';
export {
  MOST_SERIOUS_COUNT,
  networkSnapshot,
  WEAK_LINK_SERIOUSNESS,
  type NetworkSnapshot,
  type SeriousWeakLink,
  type SnapshotNetwork,
  type SnapshotNode,
  type SnapshotTie,
  type SnapshotWeakLink,
} from './lib/network-snapshot';
export {
  ACTION_RULES,
  ACTION_THRESHOLDS,
  suggestActions,
  withClaimActions,
  type ActionClaim,
  type ActionInput,
  type ActionReference,
  type ActionReferenceKind,
  type ActionRuleKey,
  type SuggestedAction,
} from './lib/suggested-actions';
