import { VERDICTS } from '@stewardship/evidence';
import { generateDemoClaims } from './generate-demo-claims';
import { DECISION_STORY, generateDemoDecisions } from './generate-demo-decisions';
import { generateDemoSystem } from './generate-demo-system';

const system = generateDemoSystem();
const decisions = generateDemoDecisions(system);
const claims = generateDemoClaims(system, decisions);

describe('generateDemoClaims', () => {
  it('makes a dozen claims, each made after the period it speaks of began, with evidence', () => {
    expect(claims).toHaveLength(12);
    expect(new Set(claims.map((c) => c.key)).size).toBe(12);
    for (const claim of claims) {
      expect(claim.from <= claim.to && claim.from <= claim.madeOn).toBe(true);
      expect(claim.evidence.length).toBeGreaterThan(0);
    }
  });

  it('expects every verdict at least once', () => {
    expect(new Set(claims.map((c) => c.expectedVerdict))).toEqual(new Set(VERDICTS));
  });

  it('has the claim of fair sharing in Brackenford contradicted by its board’s log, citing a decision affected partners missed', () => {
    const brackenford = claims.find((c) => c.key === 'fair-power-brackenford');
    expect(brackenford).toMatchObject({ direction: 'fair', placeKey: 'brackenford', expectedVerdict: 'contradicted' });
    expect(brackenford?.evidence.find((e) => e.kind === 'POWER_INDICATOR')).toMatchObject({ figure: 'inclusionRatio', placeKey: 'brackenford' });
    const cited = brackenford?.evidence.find((e) => e.kind === 'DECISION');
    const decision = decisions.find((d) => cited?.kind === 'DECISION' && d.key === cited.decisionKey);
    expect(decision?.forumKey).toBe(DECISION_STORY.fallingInclusionForum);
    expect(decision?.participants.some((p) => p.affected && !p.present)).toBe(true);
  });

  it('reviews some, overrides one with a reason, and adds evidence to one after its review', () => {
    expect(claims.filter((c) => c.reviews.length).length).toBeGreaterThanOrEqual(4);
    expect(claims.flatMap((c) => c.reviews).filter((r) => !r.accept).every((r) => r.reason.length > 0)).toBe(true);
    expect(claims.filter((c) => c.evidenceAfterReview.length && c.reviews.length)).toHaveLength(1);
  });
});
