import type { DecisionParticipant, PowerInput } from '../lib/power-input';

/** A participant row with every flag false except those given. */
export const participant = (
  organisationId: string,
  flags: Partial<Omit<DecisionParticipant, 'organisationId'>> = {},
): DecisionParticipant => ({
  organisationId,
  affected: false,
  present: false,
  consulted: false,
  vote: false,
  dissented: false,
  deputy: false,
  delegatedAuthority: false,
  ...flags,
});

/**
 * The hand-worked log. The period worked in the specs is the first quarter of 2026 (2026-01-01 to 2026-03-31);
 * d0 (the day before) and d5 (the day after) fall outside it.
 *
 * Organisations and weights: A NHS 5, B local government 2, C VCSE 1, D VCSE (no weight), E independent 2, no seats.
 * Seats: 1 A F1 voting, open · 2 A F2 voting, to 2026-03-31 · 3 B F1 voting, open · 4 C F1 non-voting from 2026-02-01
 * · 5 D F1 non-voting, to 2026-01-31 · 6 C F2 voting from 2026-04-01.
 */
export const HAND_WORKED_LOG: PowerInput = {
  organisations: [
    { id: 'A', sector: 'NHS', weight: 5 },
    { id: 'B', sector: 'LOCAL_GOVERNMENT', weight: 2 },
    { id: 'C', sector: 'VCSE', weight: 1 },
    { id: 'D', sector: 'VCSE' },
    { id: 'E', sector: 'INDEPENDENT', weight: 2 },
  ],
  seats: [
    { organisationId: 'A', forumId: 'F1', voting: true, from: '2025-01-01' },
    { organisationId: 'A', forumId: 'F2', voting: true, from: '2025-06-01', to: '2026-03-31' },
    { organisationId: 'B', forumId: 'F1', voting: true, from: '2025-01-01' },
    { organisationId: 'C', forumId: 'F1', voting: false, from: '2026-02-01' },
    { organisationId: 'D', forumId: 'F1', voting: false, from: '2025-01-01', to: '2026-01-31' },
    { organisationId: 'C', forumId: 'F2', voting: true, from: '2026-04-01' },
  ],
  decisions: [
    {
      id: 'd0',
      forumId: 'F1',
      date: '2025-12-31',
      proposerId: 'C',
      outsideForum: true,
      conflictSurfaced: true,
      participants: [participant('A', { affected: true, dissented: true })],
    },
    {
      id: 'd1',
      forumId: 'F1',
      date: '2026-01-10',
      proposerId: 'A',
      outsideForum: false,
      conflictSurfaced: true,
      participants: [
        participant('A', { affected: true, present: true, vote: true }),
        participant('B', { affected: true, present: true }),
        participant('C', { present: true, vote: true, dissented: true }),
      ],
    },
    {
      id: 'd2',
      forumId: 'F1',
      date: '2026-02-15',
      proposerId: 'A',
      outsideForum: true,
      conflictSurfaced: false,
      reopensId: 'd0',
      participants: [
        participant('A', { affected: true, present: true, vote: true, deputy: true, delegatedAuthority: true }),
        participant('B', { affected: true, present: true, vote: true, deputy: true }),
        participant('C', { affected: true, consulted: true }),
      ],
    },
    {
      id: 'd3',
      forumId: 'F2',
      date: '2026-03-31',
      proposerId: 'B',
      outsideForum: false,
      conflictSurfaced: false,
      participants: [
        participant('A', { affected: true, present: true, consulted: true }),
        participant('D', { present: true, vote: true, deputy: true, dissented: true }),
      ],
    },
    { id: 'd4', forumId: 'F1', date: '2026-03-05', outsideForum: false, conflictSurfaced: true, participants: [] },
    {
      id: 'd5',
      forumId: 'F2',
      date: '2026-04-01',
      proposerId: 'C',
      outsideForum: false,
      conflictSurfaced: false,
      participants: [participant('C', { affected: true, present: true, vote: true })],
    },
  ],
};

export const FIRST_QUARTER_2026 = { from: '2026-01-01', to: '2026-03-31' };
