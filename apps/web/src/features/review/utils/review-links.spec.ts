import { changeEvidenceLink, citationLinks, claimsLink, referenceLink, type ReviewScope } from './review-links';

const scope: ReviewScope = { month: '2026-10', placeId: 'p1', powerFrom: '2024-11', powerTo: '2026-10' };
const system: ReviewScope = { month: '2026-10', placeId: null };

describe("where a change's evidence is", () => {
  it('opens a practice signal on the scores page for the place and month, at its chart', () => {
    expect(changeEvidenceLink('PRACTICE', 'SHARING_POWER', scope)).toBe('/scores?place=p1&month=2026-10#practice-sharing_power-heading');
    expect(changeEvidenceLink('PRACTICE', 'SHARED_PURPOSE', system)).toBe('/scores?month=2026-10#practice-shared_purpose-heading');
  });

  it("opens a power figure on the power page over the review's months, at its card", () => {
    expect(changeEvidenceLink('POWER', 'inclusionRatio', scope)).toBe('/power?placeId=p1&from=2024-11&to=2026-10&month=2026-10#power-inclusionRatio-heading');
  });

  it("opens a network measure on the month's network", () => {
    expect(changeEvidenceLink('NETWORK', 'density', scope)).toBe('/network?month=2026-10&placeId=p1');
  });
});

describe('what an action cites', () => {
  it('links each kind of reference to the page that shows it', () => {
    expect(referenceLink('PRACTICE', 'SHARING_POWER', system)).toBe('/scores?month=2026-10#practice-sharing_power-heading');
    expect(referenceLink('POWER_FIGURE', 'dissentRate', system)).toBe('/power?from=2026-10&to=2026-10&month=2026-10#power-dissentRate-heading');
    expect(referenceLink('ORGANISATION', 'o 1', system)).toBe('/partners/o%201');
    expect(referenceLink('CLAIM', 'c1', system)).toBe('/claims/c1');
    expect(referenceLink('SECTOR', 'VCSE', scope)).toBe('/network?month=2026-10&placeId=p1&sector=VCSE');
    expect(referenceLink('TIE', 'o1|o2', scope)).toBe('/network?month=2026-10&placeId=p1');
    expect(referenceLink('WEAK_LINK', 'ONE_SIDED:o1|o2', scope)).toBe('/network?month=2026-10&placeId=p1');
  });

  it("links the claims list filtered by the claims' status and place", () => {
    expect(claimsLink('AWAITING', null)).toBe('/claims?status=AWAITING');
    expect(claimsLink('CHANGED', 'p1')).toBe('/claims?status=CHANGED&place=p1');
  });
});

describe('citationLinks', () => {
  const tie = (id: string) => ({ kind: 'TIE' as const, id, label: `Tie ${id}` });

  it('links each reference when there are few ties', () => {
    expect(citationLinks([{ kind: 'ORGANISATION', id: 'o3', label: 'Riverside Food Bank' }, tie('a|b')], system)).toEqual([
      { key: 'ORGANISATION-o3', label: 'Riverside Food Bank', href: '/partners/o3' },
      { key: 'TIE-a|b', label: 'Tie a|b', href: '/network?month=2026-10' },
    ]);
  });

  it("turns many ties into one link to the map, filtered to the action's sector", () => {
    const links = citationLinks([{ kind: 'SECTOR', id: 'VCSE', label: 'VCSE' }, tie('a|b'), tie('a|c'), tie('b|c'), tie('c|d')], scope);
    expect(links).toEqual([
      { key: 'SECTOR-VCSE', label: 'VCSE', href: '/network?month=2026-10&placeId=p1&sector=VCSE' },
      { key: 'ties', label: 'the 4 ties on the network map', href: '/network?month=2026-10&placeId=p1&sector=VCSE' },
    ]);
  });
});
