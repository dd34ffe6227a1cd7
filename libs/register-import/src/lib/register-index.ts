import { type ForumKind, normaliseCode, odsCodeProblem, onsCodeProblem, type OrganisationKind, type RoleGroup, type Sector } from '@stewardship/domain';

/** The existing rows of one system, which the API reads and passes in so that this lib stays pure. */
export interface ImportContext {
  places: { id: string; name: string; localAuthority: string | null; onsCode: string | null; externalId: string | null; archived: boolean }[];
  organisations: {
    id: string;
    name: string;
    odsCode: string | null;
    kind: OrganisationKind;
    sector: Sector;
    placeIds: string[];
    weight: number | null;
    externalId: string | null;
    archived: boolean;
  }[];
  forums: { id: string; name: string; kind: ForumKind; placeId: string | null; externalId: string | null; archived: boolean }[];
  seats: { id: string; forumId: string; organisationId: string; voting: boolean; chair: boolean; from: string; to: string | null }[];
  people: { id: string; name: string; email: string; organisationId: string; roleGroup: RoleGroup; externalId: string | null; archived: boolean }[];
  /** The decision log as it stands (each decision's current version); read for a decisions import only, empty otherwise. */
  decisions: { id: string; forumId: string; date: string; title: string }[];
}

export type ExistingPlace = ImportContext['places'][number];
export type ExistingOrganisation = ImportContext['organisations'][number];
export type ExistingForum = ImportContext['forums'][number];
export type ExistingSeat = ImportContext['seats'][number];
export type ExistingPerson = ImportContext['people'][number];
export type ExistingDecision = ImportContext['decisions'][number];

/** Names are unique ignoring case and runs of spaces, as the register's unique indexes on lower(name) treat them. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function seatKey(forumId: string, organisationId: string, from: string): string {
  return `${forumId}|${organisationId}|${from}`;
}

/** What a cell referring to an existing row found: its id, or why it found nothing usable. */
export type Reference = { id: string } | { problem: string };

function indexBy<T>(rows: readonly T[], keyOf: (row: T) => string | null): Map<string, T> {
  const index = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key !== null && !index.has(key)) index.set(key, row);
  }
  return index;
}

/** What a lookup found; `archivedToo` for the decision log, whose history names forums and partners since archived. */
function found(noun: string, written: string, row: { id: string; name: string; archived: boolean } | undefined, advice: string, archivedToo = false): Reference {
  if (!row) return { problem: `Unknown ${noun} "${written}": ${advice}` };
  if (row.archived && !archivedToo) return { problem: `${noun[0].toUpperCase()}${noun.slice(1)} "${row.name}" is archived: restore it in the register first` };
  return { id: row.id };
}

/** Lookups over the context, each built on first use (an import of people never needs the place indexes). */
export class RegisterIndex {
  private placesByOns?: Map<string, ExistingPlace>;
  private placesByName?: Map<string, ExistingPlace>;
  private organisationsByOds?: Map<string, ExistingOrganisation>;
  private organisationsByName?: Map<string, ExistingOrganisation>;
  private placesById?: Map<string, ExistingPlace>;
  private organisationsById?: Map<string, ExistingOrganisation>;
  private seatsByKey?: Map<string, ExistingSeat>;
  private forumsByExternalId?: Map<string, ExistingForum>;
  private forumsByName?: Map<string, ExistingForum>;

  constructor(readonly context: ImportContext) {}

  /** A place by ONS code, else by name; archived places are refused, as the register's forms refuse them. */
  findPlace(written: string): Reference {
    this.placesByOns ??= indexBy(this.context.places, (place) => place.onsCode);
    this.placesByName ??= indexBy(this.context.places, (place) => nameKey(place.name));
    const byCode = onsCodeProblem(written) === null ? this.placesByOns.get(normaliseCode(written)) : undefined;
    return found('place', written, byCode ?? this.placesByName.get(nameKey(written)), 'use the name or ONS code of a place already in the register');
  }

  /** An organisation by ODS code, else by name ("Bolton" looks like an ODS code but is tried as a name too). */
  findOrganisation(written: string, archivedToo = false): Reference {
    this.organisationsByOds ??= indexBy(this.context.organisations, (organisation) => organisation.odsCode);
    this.organisationsByName ??= indexBy(this.context.organisations, (organisation) => nameKey(organisation.name));
    const byCode = odsCodeProblem(written) === null ? this.organisationsByOds.get(normaliseCode(written)) : undefined;
    return found(
      'organisation',
      written,
      byCode ?? this.organisationsByName.get(nameKey(written)),
      'use the ODS code or exact name of an organisation already in the register',
      archivedToo,
    );
  }

  /** A forum by external ID, else by name; archived ones too, since decisions are history (recording accepts them as well). */
  findForum(written: string): Reference {
    this.forumsByExternalId ??= indexBy(this.context.forums, (forum) => forum.externalId);
    this.forumsByName ??= indexBy(this.context.forums, (forum) => nameKey(forum.name));
    const forum = this.forumsByExternalId.get(written) ?? this.forumsByName.get(nameKey(written));
    return found('forum', written, forum, 'use the name or external ID of a forum already in the register', true);
  }

  organisationName(id: string): string {
    this.organisationsById ??= indexBy(this.context.organisations, (organisation) => organisation.id);
    return this.organisationsById.get(id)?.name ?? id;
  }

  placeName(id: string): string {
    this.placesById ??= indexBy(this.context.places, (place) => place.id);
    return this.placesById.get(id)?.name ?? id;
  }

  findSeat(forumId: string, organisationId: string, from: string): ExistingSeat | undefined {
    this.seatsByKey ??= indexBy(this.context.seats, (seat) => seatKey(seat.forumId, seat.organisationId, seat.from));
    return this.seatsByKey.get(seatKey(forumId, organisationId, from));
  }
}
