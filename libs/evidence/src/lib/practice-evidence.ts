import type { PracticeKey } from '@stewardship/domain';
import type { PowerIndicators } from '@stewardship/power';
import type { NetworkMeasure } from './network-measures';

/** A power-sharing figure that is one number per period (libs/power `PowerIndicators`, representation aside). */
export type PowerFigureKey = Exclude<keyof PowerIndicators, 'representation'>;

export interface PracticeEvidence {
  /** Power-sharing figures from the decision log that bear on the practice. */
  powerFigures: PowerFigureKey[];
  /** Network measures of the claim's place (or the system), or of the partners it names, that bear on it. */
  networkMeasures: NetworkMeasure[];
}

/**
 * Figures, besides the practice's own score, that bear on a claim about each practice, for the evidence the app
 * proposes. Sharing power is read from who had a say and who proposed; shared decisions from who had a say, where
 * decisions were taken and whether they stuck; conflict and a safe environment from recorded dissent and conflict
 * surfaced; relationships from the network. Shared purpose has no figure of its own beyond its score.
 */
export const PRACTICE_EVIDENCE: Record<PracticeKey, PracticeEvidence> = {
  SAFE_ENVIRONMENT: { powerFigures: ['dissentRate', 'conflictSurfacedRate'], networkMeasures: [] },
  HEALTHY_RELATIONSHIPS: { powerFigures: [], networkMeasures: ['density', 'reciprocity', 'degree', 'strength'] },
  SHARED_PURPOSE: { powerFigures: [], networkMeasures: [] },
  SHARING_POWER: { powerFigures: ['inclusionRatio', 'deputiesWithoutAuthorityShare', 'proposerHhi'], networkMeasures: [] },
  MANAGING_CONFLICT: { powerFigures: ['conflictSurfacedRate', 'dissentRate'], networkMeasures: [] },
  SHARED_DECISIONS: { powerFigures: ['inclusionRatio', 'outsideForumShare', 'reopenedShare'], networkMeasures: [] },
};
