import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PRACTICE_KEYS } from '@stewardship/domain';
import { DEMO_PASSWORD, DemoScale, DemoSurvey, DemoSystem, generateDemoSurvey, generateDemoSystem } from '@stewardship/demo-data';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../auth/auth.service';
import { ResponseWriter } from '../surveys/response-writer';
import { MembershipEntity } from '../auth/membership.entity';
import { UserEntity } from '../auth/user.entity';
import { ForumEntity } from '../forums/forum.entity';
import { SeatEntity } from '../forums/seat.entity';
import { OrganisationPlaceEntity } from '../organisations/organisation-place.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { PlaceEntity } from '../places/place.entity';
import { SystemEntity } from '../systems/system.entity';

/** Loads the generated demo system into the database, once: a system of the same name means it is already there. */
@Injectable()
export class DemoDataService {
  private readonly logger = new Logger(DemoDataService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async loadOnce(options: { seed?: number; scale?: DemoScale } = {}): Promise<{ loaded: boolean; systemName: string }> {
    const demo = generateDemoSystem(options);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    return this.dataSource.transaction(async (tx) => {
      // Two replicas starting together must not both load it.
      await tx.query('select pg_advisory_xact_lock(hashtext($1))', ['stewardship:demo-data']);
      const existing = await tx.getRepository(SystemEntity).createQueryBuilder('s').where('lower(s.name) = lower(:name)', { name: demo.system.name }).getOne();
      if (existing) return { loaded: false, systemName: existing.name };

      const system = await tx.getRepository(SystemEntity).save({ ...demo.system });
      const places = await tx.getRepository(PlaceEntity).save(demo.places.map(({ key: _, ...p }) => ({ ...p, systemId: system.id })));
      const placeIdByKey = new Map(demo.places.map((p, i) => [p.key, places[i].id]));
      const organisations = await tx.getRepository(OrganisationEntity).save(
        demo.organisations.map(({ key: _, placeKeys: __, ...o }) => ({ ...o, systemId: system.id })),
        { chunk: 200 },
      );
      await tx.getRepository(OrganisationPlaceEntity).insert(
        demo.organisations.flatMap((o, i) => o.placeKeys.map((key) => ({ organisationId: organisations[i].id, placeId: placeIdByKey.get(key) as string, systemId: system.id }))),
      );
      const organisationIdByKey = new Map(demo.organisations.map((o, i) => [o.key, organisations[i].id]));
      const forums = await tx.getRepository(ForumEntity).save(
        demo.forums.map(({ key: _, placeKey, ...f }) => ({ ...f, placeId: placeKey ? (placeIdByKey.get(placeKey) as string) : null, systemId: system.id })),
      );
      const forumIdByKey = new Map(demo.forums.map((f, i) => [f.key, forums[i].id]));
      await tx.getRepository(SeatEntity).insert(
        demo.seats.map(({ forumKey, organisationKey, ...seat }) => ({
          ...seat,
          forumId: forumIdByKey.get(forumKey) as string,
          organisationId: organisationIdByKey.get(organisationKey) as string,
          systemId: system.id,
        })),
      );
      await tx.getRepository(PersonEntity).insert(
        demo.people.map(({ key: _, organisationKey, ...person }) => ({ ...person, organisationId: organisationIdByKey.get(organisationKey) as string, systemId: system.id })),
      );
      await this.loadSurvey(tx, demo, system.id, { organisationIdByKey, placeIdByKey });
      for (const demoUser of demo.users) {
        const user = await tx.getRepository(UserEntity).findOneBy({ email: demoUser.email })
          ?? await tx.getRepository(UserEntity).save({ email: demoUser.email, displayName: demoUser.displayName, passwordHash });
        await tx.getRepository(MembershipEntity).insert({
          userId: user.id,
          systemId: system.id,
          role: demoUser.role,
          placeId: demoUser.placeKey ? (placeIdByKey.get(demoUser.placeKey) as string) : null,
        });
      }
      this.logger.log(
        `Loaded demo system ${system.name}: ${places.length} places, ${organisations.length} partners, ${forums.length} forums, ${demo.seats.length} seats, ${demo.people.length} people, ${demo.users.length} users`,
      );
      return { loaded: true, systemName: system.name };
    });
  }

  /**
   * 24 closed monthly rounds of responses and relationship ratings, written a month at a time with unnest. Demo
   * responses, like real ones, carry organisation, sector, places and role group, and nothing naming the person.
   */
  private async loadSurvey(tx: EntityManager, demo: DemoSystem, systemId: string, ids: { organisationIdByKey: Map<string, string>; placeIdByKey: Map<string, string> }) {
    const survey = generateDemoSurvey(demo);
    const people = new Map(demo.people.map((p) => [p.key, p]));
    const organisations = new Map(demo.organisations.map((o) => [o.key, o]));
    for (const round of survey.rounds) {
      const [{ id: roundId }] = await tx.query(
        `insert into survey_rounds (system_id, month, opens_at, closes_at) values ($1, $2, $3, $4) returning id`,
        [systemId, `${round.month}-01`, `${round.opensOn}T00:00:00Z`, `${round.closesOn}T23:59:59Z`],
      );
      const ratingsByPerson = new Map<string, DemoSurvey['ratings']>();
      for (const rating of survey.ratings.filter((r) => r.month === round.month)) ratingsByPerson.set(rating.personKey, [...(ratingsByPerson.get(rating.personKey) ?? []), rating]);
      await new ResponseWriter(tx, systemId).write(
        survey.responses
          .filter((r) => r.month === round.month)
          .map((response) => {
            const person = people.get(response.personKey)!;
            const organisation = organisations.get(person.organisationKey)!;
            return {
              roundId,
              month: `${round.month}-01`,
              organisationId: ids.organisationIdByKey.get(organisation.key)!,
              sector: organisation.sector,
              roleGroup: person.roleGroup,
              placeIds: organisation.placeKeys.map((k) => ids.placeIdByKey.get(k)!),
              direction: response.direction,
              alignment: response.alignment,
              commitment: response.commitment,
              practiceScores: PRACTICE_KEYS.map((practice) => ({ practice, score: response.scores[practice], comment: response.comments[practice] ?? null })),
              ratings: (ratingsByPerson.get(response.personKey) ?? []).map((r) => ({ ...r, organisationId: ids.organisationIdByKey.get(r.organisationKey)! })),
            };
          }),
      );
    }
  }
}
