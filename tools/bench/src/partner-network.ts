import { networkMetrics, organisationTies, type ContactFrequency } from '@stewardship/network';
import type { Caller } from '../../../apps/api/src/common/request-context';
import { asSystem } from '../../../apps/api/src/database/tenancy';
import type { NormalisedDecision } from '../../../apps/api/src/decisions/decision-input.validation';
import { DecisionWriter } from '../../../apps/api/src/decisions/decision-writer';
import { NetworkService } from '../../../apps/api/src/network/network.service';
import { createSystem } from '../../../apps/api/test/support/fixtures';
import type { TestApp } from '../../../apps/api/test/support/test-app';
import type { FigureGroup, Target } from './figure';
import { Measurement, timed } from './measure';

const PARTNERS = 1_000;
/** Each partner's one respondent a month rates this many partners: 20,000 ratings and as many directed ties a month. */
const RATED = 20;
const MONTHS = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
export const LAST = MONTHS[MONTHS.length - 1];
const DECISIONS = 2_000;
const PLACES = ['Ashby', 'Brackenford', 'Carrow Vale', 'Dunmere'];
const CONTACT: ContactFrequency[] = ['WEEKLY', 'MONTHLY', 'QUARTERLY', 'RARELY'];

export const NETWORK_SYSTEM = `${PARTNERS.toLocaleString('en-GB')} partners in ${PLACES.length} places, ${(PARTNERS * RATED).toLocaleString('en-GB')} ratings (directed ties) a month for ${MONTHS.length} months, ${DECISIONS.toLocaleString('en-GB')} decisions`;

/**
 * A system of 1,000 partners, partner i in place i mod 4, each rating 20 partners a month: 18 in its own place and 2
 * in the next, the partners shifting a little each month. Ratings are written with set-based SQL (one response per
 * partner a month); decisions through DecisionWriter, each affecting four partners of one place.
 */
export async function seedPartnerNetwork(api: TestApp): Promise<{ caller: Caller; placeId: string; organisationId: string; leaderEmail: string }> {
  const fixture = await createSystem(api.dataSource, 'Bench Network ICS', PLACES, []);
  const systemId = fixture.system.id;
  const placeIds = PLACES.map((name) => fixture.placeIds[name]);
  const organisations: { id: string }[] = await api.dataSource.query(
    `insert into organisations (system_id, name, kind, sector)
     select $1, 'Bench Network Partner ' || lpad(i::text, 4, '0'), (array['VCSE','ACUTE_TRUST','LOCAL_AUTHORITY','SOCIAL_CARE_PROVIDER'])[1 + (i / 4) % 4],
            (array['VCSE','NHS','LOCAL_GOVERNMENT','INDEPENDENT'])[1 + (i / 4) % 4]
       from generate_series(0, $2 - 1) as i order by i returning id`,
    [systemId, PARTNERS],
  );
  const ids = organisations.map((o) => o.id);
  await api.dataSource.query(
    `insert into organisation_places (system_id, organisation_id, place_id) select $1, o, ($3::uuid[])[1 + ((n - 1) % 4)::int] from unnest($2::uuid[]) with ordinality as x(o, n)`,
    [systemId, ids, placeIds],
  );
  for (const [m, month] of MONTHS.entries()) {
    const [{ id: roundId }] = await api.dataSource.query(
      `insert into survey_rounds (system_id, month, opens_at, closes_at) values ($1, $2::date, $2::date, $2::date + 20) returning id`,
      [systemId, `${month}-01`],
    );
    await api.dataSource.query(
      `with responses as (
         insert into survey_responses (system_id, round_id, month, organisation_id, sector, role_group, place_ids)
         select $1, $2, $3::date, o, 'NHS', 'EXECUTIVE', '{}' from unnest($4::uuid[]) as o returning id, organisation_id
       ), numbered as (
         select r.id, r.organisation_id, p.n - 1 as i from responses r join unnest($4::uuid[]) with ordinality as p(o, n) on p.o = r.organisation_id
       )
       insert into relationship_ratings (system_id, response_id, month, from_organisation_id, to_organisation_id, trust, value, contact_frequency, type)
       select $1, x.id, $3::date, x.organisation_id, ($4::uuid[])[1 + t.j], 1 + (x.i * 7 + k * 3 + $5) % 5, 1 + (x.i * 11 + k + $5) % 5,
              ($6::text[])[1 + (x.i + k) % 4], 'INFORMAL'
         from numbered x cross join generate_series(1, $7) as k
         cross join lateral (select (x.i + case when k <= 2 then 1 else 0 end + 4 * (1 + (k * 7 + $5 * 3 + x.i) % 249))::int % $8 as j) t`,
      [systemId, roundId, `${month}-01`, ids, m, CONTACT, RATED, PARTNERS],
    );
  }
  const [forum] = await api.dataSource.query(`insert into forums (system_id, name, kind, place_id) values ($1, 'Bench Network Board', 'PLACE_BOARD', $2) returning id`, [systemId, placeIds[0]]);
  const [{ id: userId }] = await api.dataSource.query('select id from users where email = $1', [fixture.users.LEADER]);
  const decision = (n: number): NormalisedDecision => ({
    forumId: forum.id,
    date: `2026-${String(1 + (n % 10)).padStart(2, '0')}-15`,
    title: `Bench network decision ${n}`,
    summary: 'A decision for the partner network bench.',
    proposerId: null,
    outsideForum: false,
    conflictSurfaced: false,
    outcome: 'AGREED',
    reopensId: null,
    practices: [],
    evidence: [],
    // Four distinct partners of the first place (partner 4k is in it).
    participants: Array.from({ length: 4 }, (_, p) => ({
      organisationId: ids[4 * ((n + 37 * p) % (PARTNERS / 4))],
      affected: true, present: true, consulted: false, vote: false, dissented: false, deputy: false, delegatedAuthority: false,
    })),
  });
  await api.dataSource.transaction((tx) => new DecisionWriter(tx, systemId).record(Array.from({ length: DECISIONS }, (_, n) => decision(n)), userId));
  await api.dataSource.query('analyze');
  return {
    caller: { systemId, userId, role: 'LEADER', placeId: null, systemViewGranted: false, sessionId: '', membershipId: '' },
    placeId: placeIds[0],
    organisationId: ids[0],
    leaderEmail: fixture.users.LEADER,
  };
}

const TARGET: Target = { text: 'median <= 1 s', met: ({ median }) => median <= 1000 };

export const partnerNetworkFigures: FigureGroup = {
  id: 'partner-network',
  title: `Partner network: ${NETWORK_SYSTEM}; NetworkService for ${LAST}`,
  names: ['partner-network-first-view', 'partner-network-kept', 'partner-network-place', 'partner-network-position'],
  async prepare(api) {
    const { caller, placeId, organisationId } = await seedPartnerNetwork(api);
    const network = api.app.get(NetworkService);
    const inSystem = <T>(work: () => Promise<T>) => asSystem(caller.systemId, work);
    const forget = async () => {
      for (const table of ['network_layouts', 'network_metrics', 'network_views']) await api.dataSource.query(`delete from ${table} where system_id = $1`, [caller.systemId]);
    };

    // The baseline: libs/network's figures alone, on the month's ties as the API builds them.
    const ratings: { from: string; to: string; trust: number; value: number; contactFrequency: ContactFrequency }[] = await api.dataSource.query(
      `select from_organisation_id as "from", to_organisation_id as "to", trust, value, contact_frequency as "contactFrequency" from relationship_ratings where system_id = $1 and month = $2::date`,
      [caller.systemId, `${LAST}-01`],
    );
    const nodes: { id: string; sector: string }[] = await api.dataSource.query('select id, sector from organisations where system_id = $1 order by name', [caller.systemId]);
    const ties = organisationTies(ratings).map((tie) => ({ source: tie.source, target: tie.target, weight: tie.strength }));
    const baseline: Measurement = { name: 'partner-network-lib-metrics', unit: 'ms', run: () => timed(async () => networkMetrics(nodes, ties)) };
    const shown = () => inSystem(() => network.network(caller, LAST, null));
    return [
      {
        measurement: { name: 'partner-network-first-view', unit: 'ms', run: async () => (await forget(), timed(shown)) },
        description: 'the whole system, nothing kept: this month and the last computed, the map laid out, all kept',
        baseline,
      },
      {
        measurement: { name: 'partner-network-kept', unit: 'ms', run: () => timed(shown) },
        description: 'the whole system again: the kept network read back after checking what it was built from',
        baseline,
        target: TARGET,
      },
      {
        measurement: { name: 'partner-network-place', unit: 'ms', run: () => timed(() => inSystem(() => network.network(caller, LAST, placeId))) },
        description: "one place's network (250 partners), kept",
        baseline,
        target: TARGET,
      },
      {
        measurement: { name: 'partner-network-position', unit: 'ms', run: () => timed(() => inSystem(() => network.position(caller, organisationId, MONTHS[0], LAST))) },
        description: `a partner's degree, strength and betweenness over ${MONTHS.length} months in the whole system, kept months`,
        baseline,
        target: TARGET,
      },
    ];
  },
};
