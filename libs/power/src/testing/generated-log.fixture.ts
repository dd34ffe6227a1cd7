import { SECTORS } from '@stewardship/domain';
import type { PowerDecision, PowerInput, PowerSeat } from '../lib/power-input';
import { participant } from './power-log.fixture';

/** A deterministic log of `decisionCount` decisions spread over 2024-01 to 2026-12, from a linear congruential generator. */
export function generatedLog(decisionCount: number): PowerInput {
  let state = 42;
  const next = (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    // The high bits: an LCG's low bits repeat quickly.
    return Math.floor((state / 2 ** 32) * below);
  };
  const day = (year: number) => `${year}-${String(next(12) + 1).padStart(2, '0')}-${String(next(28) + 1).padStart(2, '0')}`;
  const organisations = Array.from({ length: 40 }, (_, index) => ({
    id: `o${index}`,
    sector: SECTORS[index % SECTORS.length],
    weight: index % 7 === 0 ? undefined : next(10),
  }));
  const seats: PowerSeat[] = Array.from({ length: 120 }, (_, index) => {
    const from = day(2023 + next(3));
    const to = next(3) === 0 ? undefined : day(2025 + next(3));
    return { organisationId: `o${index % 40}`, forumId: `f${next(10)}`, voting: next(4) !== 0, from, to: to && to < from ? from : to };
  });
  const decisions: PowerDecision[] = Array.from({ length: decisionCount }, (_, index) => ({
    id: `d${index}`,
    forumId: `f${next(10)}`,
    date: day(2024 + next(3)),
    proposerId: next(5) === 0 ? undefined : `o${next(40)}`,
    outsideForum: next(10) === 0,
    conflictSurfaced: next(6) === 0,
    reopensId: next(20) === 0 ? `d${next(index + 1)}` : undefined,
    participants: Array.from({ length: 2 }, () => {
      // One draw, one bit per flag.
      const bits = next(256);
      return participant(`o${next(40)}`, {
        affected: (bits & 1) > 0,
        present: (bits & 2) > 0,
        consulted: (bits & 4) > 0,
        vote: (bits & 8) > 0,
        dissented: (bits & 16) > 0 && (bits & 32) > 0,
        deputy: (bits & 64) > 0,
        delegatedAuthority: (bits & 128) > 0,
      });
    }),
  }));
  return { organisations, seats, decisions };
}
