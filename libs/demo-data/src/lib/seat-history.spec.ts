import { Faker, en } from '@faker-js/faker';
import type { DemoSeat } from './demo-system';
import { CHANGE_DATES, dayBefore, type PlannedForum, type PlannedMember, SEATS_START, seatsWithHistory } from './seat-history';

function member(organisationKey: string, voting: boolean, chair = false): PlannedMember {
  return { organisationKey, voting, chair, fixed: chair || organisationKey === 'icb' || organisationKey === 'council' };
}

function forum(key: string, members: PlannedMember[], nextChairKey: string | null = null): PlannedForum {
  return { forum: { key, name: key, kind: 'PLACE_BOARD', placeKey: null }, members, nextChairKey };
}

/** Two forums of twenty seats: one whose chair may pass from the ICB to the council, one whose chair stays. */
const PLAN: PlannedForum[] = [
  forum(
    'place-board',
    [
      member('icb', true, true),
      member('council', true),
      ...Array.from({ length: 10 }, (_, i) => member(`trust-${i}`, true)),
      ...Array.from({ length: 8 }, (_, i) => member(`charity-${i}`, false)),
    ],
    'council',
  ),
  forum('programme-board', [
    member('icb', true),
    member('acute', true, true),
    ...Array.from({ length: 10 }, (_, i) => member(`pcn-${i}`, true)),
    ...Array.from({ length: 8 }, (_, i) => member(`care-home-${i}`, false)),
  ]),
];

function seatsFor(seed: number): DemoSeat[] {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  return seatsWithHistory(faker, PLAN);
}

function heldOn(seats: readonly DemoSeat[], date: string): DemoSeat[] {
  return seats.filter((seat) => seat.from <= date && (seat.to === null || date <= seat.to));
}

/** Pairs of seats where the second continues the first the day after it ends. */
function chains(seats: readonly DemoSeat[]): Array<[DemoSeat, DemoSeat]> {
  return seats.flatMap((ended) =>
    seats
      .filter(
        (next) =>
          ended.to !== null &&
          next.forumKey === ended.forumKey &&
          next.organisationKey === ended.organisationKey &&
          dayBefore(next.from) === ended.to,
      )
      .map((next): [DemoSeat, DemoSeat] => [ended, next]),
  );
}

const CHECK_DATES = [SEATS_START, ...CHANGE_DATES.flatMap((date) => [dayBefore(date), date]), '2026-01-01'];

describe('dayBefore', () => {
  it.each([
    ['2025-04-01', '2025-03-31'],
    ['2025-01-01', '2024-12-31'],
    ['2024-03-01', '2024-02-29'],
    ['2025-03-01', '2025-02-28'],
  ])('gives the day before %s as %s', (date, expected) => {
    expect(dayBefore(date)).toBe(expected);
  });

  it('refuses what is not a date', () => {
    expect(() => dayBefore('2025-13-45')).toThrow('Not a yyyy-mm-dd date: 2025-13-45');
  });
});

describe.each([1, 2, 3, 42, 20260101])('seatsWithHistory (seed %i)', (seed) => {
  const seats = seatsFor(seed);

  it('gives the same seats for the same seed', () => {
    expect(seatsFor(seed)).toEqual(seats);
  });

  it('gives every planned member at least one seat, and no one else', () => {
    for (const { forum: { key }, members } of PLAN) {
      const seated = new Set(seats.filter((seat) => seat.forumKey === key).map((seat) => seat.organisationKey));
      expect([...seated].sort()).toEqual(members.map((planned) => planned.organisationKey).sort());
    }
  });

  it('dates every seat within the history, from no later than to', () => {
    const allowedFroms = [SEATS_START, ...CHANGE_DATES];
    const allowedTos = CHANGE_DATES.map(dayBefore);
    for (const seat of seats) {
      expect(allowedFroms).toContain(seat.from);
      if (seat.to !== null) {
        expect(allowedTos).toContain(seat.to);
        expect(seat.from <= seat.to).toBe(true);
      }
    }
  });

  it('never repeats a forum, organisation and start date', () => {
    const ids = seats.map((seat) => `${seat.forumKey}|${seat.organisationKey}|${seat.from}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never has one organisation hold two seats on a forum at once', () => {
    for (const date of CHECK_DATES) {
      const held = heldOn(seats, date).map((seat) => `${seat.forumKey}|${seat.organisationKey}`);
      expect(new Set(held).size).toBe(held.length);
    }
  });

  it('has exactly one chair on each forum on every day', () => {
    for (const date of CHECK_DATES) {
      for (const { forum: { key } } of PLAN) {
        expect(heldOn(seats, date).filter((seat) => seat.forumKey === key && seat.chair)).toHaveLength(1);
      }
    }
  });

  it('passes the chair from the ICB to the council where it can, and nowhere else', () => {
    const [[outgoingEnded, outgoingAfter], [incomingBefore, incomingAfter]] = ['icb', 'council'].map((key) =>
      chains(seats).find(([ended]) => ended.forumKey === 'place-board' && ended.organisationKey === key) ?? [],
    );
    expect(outgoingEnded?.chair).toBe(true);
    expect(outgoingAfter?.chair).toBe(false);
    expect(incomingBefore?.chair).toBe(false);
    expect(incomingAfter?.chair).toBe(true);
    expect(incomingAfter?.from).toBe(outgoingAfter?.from);
    expect(seats.filter((seat) => seat.forumKey === 'programme-board' && seat.chair)).toEqual([
      { forumKey: 'programme-board', organisationKey: 'acute', voting: true, chair: true, from: SEATS_START, to: null },
    ]);
  });

  it('gives at least one non-voting member a vote, the day after its old seat ends', () => {
    const given = chains(seats).filter(([ended, next]) => !ended.voting && next.voting);
    expect(given.length).toBeGreaterThanOrEqual(1);
    for (const [ended, next] of given) {
      expect(next.to).toBeNull();
      expect(ended.from).toBe(SEATS_START);
    }
  });

  it('has some members leave and some join late, about one in ten seats ending', () => {
    const ended = seats.filter((seat) => seat.to !== null);
    expect(ended.length / seats.length).toBeGreaterThan(0.05);
    expect(ended.length / seats.length).toBeLessThan(0.25);
    expect(seats.filter((seat) => seat.from !== SEATS_START && chains(seats).every(([, next]) => next !== seat)).length).toBeGreaterThan(0);
    expect(seats.filter((seat) => seat.from === SEATS_START && seat.to === null).length / seats.length).toBeGreaterThan(0.6);
  });

  it('keeps fixed members seated from the start to now', () => {
    for (const key of ['icb', 'council']) {
      const held = seats.filter((seat) => seat.organisationKey === key && seat.forumKey === 'place-board');
      expect(held[0].from).toBe(SEATS_START);
      expect(held[held.length - 1].to).toBeNull();
    }
    expect(seats.filter((seat) => seat.organisationKey === 'icb' && seat.forumKey === 'programme-board')).toEqual([
      { forumKey: 'programme-board', organisationKey: 'icb', voting: true, chair: false, from: SEATS_START, to: null },
    ]);
  });
});

describe('seatsWithHistory', () => {
  it('refuses a next chair who is not a member', () => {
    const faker = new Faker({ locale: [en] });
    const plan = [forum('board', [member('icb', true, true), member('council', true)], 'nobody')];
    expect(() => seatsWithHistory(faker, plan)).toThrow('board cannot pass its chair to nobody');
  });
});
