import type { Faker } from '@faker-js/faker';
import type { DemoForum, DemoSeat } from './demo-system';

/** A seat as it was set up when the forum first met, before any history. */
export interface PlannedMember {
  organisationKey: string;
  voting: boolean;
  chair: boolean;
  /** A chair, statutory or anchor member, seated from the start and never leaving; its terms may still change. */
  fixed: boolean;
}

export interface PlannedForum {
  forum: DemoForum;
  members: PlannedMember[];
  /** A voting member the chair may pass to, or null when the chair never changes hands. */
  nextChairKey: string | null;
}

/**
 * When the demo forums took their current form: 36 months before the latest survey month (October 2026), so the
 * decision log, which starts then, has three years of seats to set its power-sharing figures against.
 */
export const SEATS_START = '2023-11-01';
/** Quarter days on which the terms of membership change. */
export const CHANGE_DATES = ['2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01'] as const;

/** Shares of planned seats given each kind of history; at least one chair and one vote change always happen. */
const CHAIR_ROTATION_SHARE = 0.5; // of forums that have a next chair
const VOTE_GIVEN_SHARE = 0.025;
const LEFT_SHARE = 0.06;
const JOINED_LATE_SHARE = 0.08;

/** The calendar day before a yyyy-mm-dd date. */
export function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Not a yyyy-mm-dd date: ${isoDate}`);
  }
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Turns planned membership into dated seats. Some chairs pass to another member and some
 * non-voting members are given a vote (each a chain: the old seat ends the day before the new
 * begins); some members that are not fixed leave, and some join late.
 */
export function seatsWithHistory(faker: Faker, planned: readonly PlannedForum[]): DemoSeat[] {
  const changeDateOf = () => faker.helpers.arrayElement(CHANGE_DATES);
  const seatCount = planned.reduce((sum, { members }) => sum + members.length, 0);
  const shareOf = (share: number, atLeast: number) => Math.max(atLeast, Math.round(share * seatCount));

  const histories = new Map<PlannedMember, DemoSeat[]>();
  const unchanged = (member: PlannedMember) => !histories.has(member);
  const seat = (forum: DemoForum, member: PlannedMember, from: string, to: string | null): DemoSeat => ({
    forumKey: forum.key,
    organisationKey: member.organisationKey,
    voting: member.voting,
    chair: member.chair,
    from,
    to,
  });

  const rotating = planned.filter((plannedForum) => plannedForum.nextChairKey !== null);
  const rotationCount = Math.max(1, Math.round(CHAIR_ROTATION_SHARE * rotating.length));
  for (const { forum, members, nextChairKey } of faker.helpers.arrayElements(rotating, rotationCount)) {
    const outgoing = members.find((member) => member.chair);
    const incoming = members.find((member) => member.organisationKey === nextChairKey);
    if (!outgoing || !incoming || outgoing === incoming) {
      throw new Error(`${forum.name} cannot pass its chair to ${nextChairKey}`);
    }
    const handover = changeDateOf();
    histories.set(outgoing, [
      seat(forum, outgoing, SEATS_START, dayBefore(handover)),
      seat(forum, { ...outgoing, chair: false }, handover, null),
    ]);
    histories.set(incoming, [
      seat(forum, { ...incoming, chair: false }, SEATS_START, dayBefore(handover)),
      seat(forum, { ...incoming, chair: true }, handover, null),
    ]);
  }

  const candidates = (test: (member: PlannedMember) => boolean) =>
    planned.flatMap(({ forum, members }) =>
      members
        .filter((member) => unchanged(member) && !member.fixed && test(member))
        .map((member) => ({ forum, member })),
    );

  for (const { forum, member } of faker.helpers.arrayElements(candidates((member) => !member.voting), shareOf(VOTE_GIVEN_SHARE, 1))) {
    const given = changeDateOf();
    histories.set(member, [
      seat(forum, member, SEATS_START, dayBefore(given)),
      seat(forum, { ...member, voting: true }, given, null),
    ]);
  }
  for (const { forum, member } of faker.helpers.arrayElements(candidates(() => true), shareOf(LEFT_SHARE, 0))) {
    histories.set(member, [seat(forum, member, SEATS_START, dayBefore(changeDateOf()))]);
  }
  for (const { forum, member } of faker.helpers.arrayElements(candidates(() => true), shareOf(JOINED_LATE_SHARE, 0))) {
    histories.set(member, [seat(forum, member, changeDateOf(), null)]);
  }

  return planned.flatMap(({ forum, members }) =>
    members.flatMap((member) => histories.get(member) ?? [seat(forum, member, SEATS_START, null)]),
  );
}
