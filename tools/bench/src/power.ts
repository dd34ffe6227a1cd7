import { powerIndicators } from '@stewardship/power';
import type { Caller } from '../../../apps/api/src/common/request-context';
import { asSystem } from '../../../apps/api/src/database/tenancy';
import type { NormalisedDecision } from '../../../apps/api/src/decisions/decision-input.validation';
import { DecisionWriter } from '../../../apps/api/src/decisions/decision-writer';
import { DecisionsService } from '../../../apps/api/src/decisions/decisions.service';
import { ForumsService } from '../../../apps/api/src/forums/forums.service';
import { OrganisationsService } from '../../../apps/api/src/organisations/organisations.service';
import { PowerService } from '../../../apps/api/src/power/power.service';
import { createSystem } from '../../../apps/api/test/support/fixtures';
import type { TestApp } from '../../../apps/api/test/support/test-app';
import type { FigureGroup, Target } from './figure';
import { Measurement, timed } from './measure';

const DECISIONS = 50_000;
const MONTHS = 36;
const FIRST_MONTH = '2023-12';
const PARTNERS = 200;
const FORUMS = 20;
const SEATS_PER_FORUM = 12;
const PARTICIPANTS = 5;
const BATCH = 5_000;
const PLACES = ['Ashby', 'Brackenford', 'Carrow Vale', 'Dunmere'];

/** A number from 0 to n − 1 that looks random but is the same in every run (Knuth's multiplicative hash). */
const pick = (seed: number, n: number) => (Math.imul(seed + 1, 2654435761) >>> 0) % n;

const monthAfter = (month: string, count: number) => {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1 + count, 1)).toISOString().slice(0, 7);
};
const LAST_MONTH = monthAfter(FIRST_MONTH, MONTHS - 1);
const lastDayOf = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

export const POWER_SYSTEM = `${DECISIONS.toLocaleString('en-GB')} decisions over ${MONTHS} months, ${PARTICIPANTS} participants each, ${FORUMS} forums, ${PARTNERS} partners`;

/** A system with 50,000 decisions spread over 36 months, written through DecisionWriter as the import will. */
async function seed(api: TestApp): Promise<Caller> {
  const fixture = await createSystem(api.dataSource, 'Bench Power ICS', PLACES, []);
  const systemId = fixture.system.id;
  const placeIds = PLACES.map((name) => fixture.placeIds[name]);
  await api.dataSource.query(
    `insert into organisations (system_id, name, kind, sector, weight)
     select $1, 'Bench Power Partner ' || i, (array['VCSE','ACUTE_TRUST','LOCAL_AUTHORITY','SOCIAL_CARE_PROVIDER'])[1 + i % 4],
            (array['VCSE','NHS','LOCAL_GOVERNMENT','INDEPENDENT'])[1 + i % 4], 1 + i % 37
       from generate_series(1, $2) as i`,
    [systemId, PARTNERS],
  );
  const organisations: { id: string }[] = await api.dataSource.query('select id from organisations where system_id = $1 order by name', [systemId]);
  await api.dataSource.query(
    `insert into organisation_places (system_id, organisation_id, place_id) select $1, o, ($3::uuid[])[1 + (n::int % $4)] from unnest($2::uuid[]) with ordinality as x(o, n)`,
    [systemId, organisations.map((o) => o.id), placeIds, placeIds.length],
  );
  const forums: { id: string }[] = await api.dataSource.query(
    `insert into forums (system_id, name, kind, place_id) select $1, 'Bench Power Board ' || i, 'PLACE_BOARD', ($2::uuid[])[1 + i % $3] from generate_series(1, $4) as i returning id`,
    [systemId, placeIds, placeIds.length, FORUMS],
  );
  const seats = forums.flatMap((forum, f) => Array.from({ length: SEATS_PER_FORUM }, (_, s) => ({ forumId: forum.id, organisationId: organisations[(f * SEATS_PER_FORUM + s) % PARTNERS].id, voting: s % 3 !== 2 })));
  await api.dataSource.query(
    `insert into seats (system_id, forum_id, organisation_id, voting, chair, from_date) select $1, f, o, v, false, date '2023-01-01' from unnest($2::uuid[], $3::uuid[], $4::boolean[]) as x(f, o, v)`,
    [systemId, seats.map((s) => s.forumId), seats.map((s) => s.organisationId), seats.map((s) => s.voting)],
  );
  const [{ id: userId }] = await api.dataSource.query('select id from users where email = $1', [fixture.users.LEADER]);
  const decision = (n: number): NormalisedDecision => {
    const forum = pick(n, FORUMS);
    const seatHolders = seats.slice(forum * SEATS_PER_FORUM, (forum + 1) * SEATS_PER_FORUM);
    const month = monthAfter(FIRST_MONTH, Math.floor((n * MONTHS) / DECISIONS));
    return {
      forumId: forums[forum].id,
      date: `${month}-${String(1 + pick(n * 3, 28)).padStart(2, '0')}`,
      title: `Bench decision ${n}`,
      summary: 'A decision for the power bench.',
      proposerId: seatHolders[pick(n * 5, 4)].organisationId,
      outsideForum: pick(n * 7, 10) === 0,
      conflictSurfaced: pick(n * 11, 4) === 0,
      outcome: 'AGREED',
      reopensId: null,
      practices: [],
      evidence: [],
      participants: Array.from({ length: PARTICIPANTS }, (_, p) => {
        const present = pick(n * 13 + p, 5) !== 0;
        const deputy = present && pick(n * 17 + p, 6) === 0;
        return {
          organisationId: seatHolders[(pick(n, SEATS_PER_FORUM) + p) % SEATS_PER_FORUM].organisationId,
          affected: pick(n * 19 + p, 3) !== 0,
          present,
          consulted: pick(n * 23 + p, 2) === 0,
          vote: present && p % 3 !== 2,
          dissented: pick(n * 29 + p, 20) === 0,
          deputy,
          delegatedAuthority: deputy && pick(n * 31 + p, 2) === 0,
        };
      }),
    };
  };
  for (let start = 0; start < DECISIONS; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, DECISIONS - start) }, (_, i) => decision(start + i));
    await api.dataSource.transaction((tx) => new DecisionWriter(tx, systemId).record(batch, userId));
  }
  await api.dataSource.query('analyze');
  return { systemId, userId, role: 'LEADER', placeId: null, systemViewGranted: false, sessionId: '', membershipId: '' };
}

/**
 * The baseline: what a page would do without the set-based read, asking the same areas for each month's rows in turn
 * and computing that month's figures from them.
 */
async function perMonthFetches(api: TestApp, systemId: string): Promise<number> {
  const decisions = api.app.get(DecisionsService);
  const forums = api.app.get(ForumsService);
  const organisations = api.app.get(OrganisationsService);
  let counted = 0;
  for (let m = 0; m < MONTHS; m++) {
    const month = monthAfter(FIRST_MONTH, m);
    const period = { from: `${month}-01`, to: lastDayOf(month) };
    const [orgs, seats, log] = await Promise.all([
      organisations.powerOrganisations(systemId, null),
      forums.powerSeats(systemId, null, period.from, period.to),
      decisions.powerLog(systemId, null, period.from, period.to),
    ]);
    counted += powerIndicators({ organisations: orgs, seats, ...log }, period).decisionCount;
  }
  return counted;
}

const TARGET: Target = { text: 'median <= 1 s', met: ({ median }) => median <= 1000 };

export const powerFigures: FigureGroup = {
  id: 'power',
  title: `Power sharing: ${POWER_SYSTEM}; PowerService over ${FIRST_MONTH} to ${LAST_MONTH}`,
  names: ['power-series', 'power-period'],
  async prepare(api) {
    const caller = await seed(api);
    const power = api.app.get(PowerService);
    const inSystem = <T>(work: () => Promise<T>) => asSystem(caller.systemId, work);
    const counted = await inSystem(() => perMonthFetches(api, caller.systemId));
    if (counted !== DECISIONS) throw new Error(`The per-month baseline counted ${counted} decisions, not ${DECISIONS}`);
    const baseline: Measurement = { name: 'power-per-month-fetches', unit: 'ms', run: () => timed(() => inSystem(() => perMonthFetches(api, caller.systemId))) };
    return [
      {
        measurement: { name: 'power-series', unit: 'ms', run: () => timed(() => inSystem(() => power.series(caller, null, FIRST_MONTH, LAST_MONTH, 6))) },
        description: 'every figure per month with XmR readings and the too-cosy warning, one read of the log',
        baseline,
        target: TARGET,
      },
      {
        measurement: { name: 'power-period', unit: 'ms', run: () => timed(() => inSystem(() => power.indicators(caller, null, `${FIRST_MONTH}-01`, lastDayOf(LAST_MONTH)))) },
        description: 'every figure over the whole 36 months, representation included',
        baseline,
        target: TARGET,
      },
    ];
  },
};
