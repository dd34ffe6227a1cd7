import type { OrganisationKind, Role, Sector } from '@stewardship/domain';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/auth/auth.service';
import { MembershipEntity } from '../../src/auth/membership.entity';
import { UserEntity } from '../../src/auth/user.entity';
import { OrganisationPlaceEntity } from '../../src/organisations/organisation-place.entity';
import { OrganisationEntity } from '../../src/organisations/organisation.entity';
import { PlaceEntity } from '../../src/places/place.entity';
import { SystemEntity } from '../../src/systems/system.entity';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export interface FixtureOrganisation {
  name: string;
  kind?: OrganisationKind;
  sector?: Sector;
  odsCode?: string | null;
  places?: string[];
}

export interface FixtureSystem {
  system: SystemEntity;
  placeIds: Record<string, string>;
  organisations: OrganisationEntity[];
  /** Email of the member with each role, e.g. users.ADMIN. */
  users: Record<Role, string>;
}

/**
 * A small system written straight to the database: places by name, organisations, and one user per role
 * (emails `<role>@<slug>.test`; the place lead leads the first place).
 */
export async function createSystem(
  dataSource: DataSource,
  name: string,
  placeNames: string[],
  organisations: FixtureOrganisation[],
): Promise<FixtureSystem> {
  const system = await dataSource.getRepository(SystemEntity).save({ name, odsCode: null, region: null });
  const places = await dataSource.getRepository(PlaceEntity).save(placeNames.map((placeName) => ({ name: placeName, systemId: system.id })));
  const placeIds = Object.fromEntries(places.map((p) => [p.name, p.id]));
  const saved = await dataSource.getRepository(OrganisationEntity).save(
    organisations.map((o) => ({ name: o.name, kind: o.kind ?? 'VCSE', sector: o.sector ?? 'VCSE', odsCode: o.odsCode ?? null, weight: null, systemId: system.id })),
  );
  const links = organisations.flatMap((o, i) => (o.places ?? []).map((p) => ({ organisationId: saved[i].id, placeId: placeIds[p], systemId: system.id })));
  if (links.length) await dataSource.getRepository(OrganisationPlaceEntity).insert(links);

  passwordHash ??= hashPassword(PASSWORD);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const roles: Role[] = ['ADMIN', 'LEADER', 'PLACE_LEAD', 'NON_EXECUTIVE', 'VIEWER'];
  const users = {} as Record<Role, string>;
  for (const role of roles) {
    const email = `${role.toLowerCase().replace('_', '-')}@${slug}.test`;
    const user = await dataSource.getRepository(UserEntity).save({ email, displayName: `${role} of ${name}`, passwordHash: await passwordHash });
    await dataSource.getRepository(MembershipEntity).insert({ userId: user.id, systemId: system.id, role, placeId: role === 'PLACE_LEAD' ? places[0].id : null });
    users[role] = email;
  }
  return { system, placeIds, organisations: saved, users };
}

/** Row counts of the register tables, to show that a refused change changed nothing. */
export async function registerCounts(dataSource: DataSource) {
  const [row] = await dataSource.query(
    `select (select count(*) from organisations)::int as organisations,
            (select count(*) from organisation_places)::int as "organisationPlaces",
            (select count(*) from places)::int as places`,
  );
  return row as { organisations: number; organisationPlaces: number; places: number };
}
