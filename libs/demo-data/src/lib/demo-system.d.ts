import type { ForumKind, OrganisationKind, RoleGroup, Sector } from '@stewardship/domain';
import type { DemoUser } from './demo-users';

/** The rows a demo system is made of; rows refer to each other by key. */

export interface DemoPlace {
  key: string;
  name: string;
  localAuthority: string;
  onsCode: string;
}

export interface DemoOrganisation {
  /** Slug of the name; forums, seats and people refer to organisations by it. */
  key: string;
  name: string;
  odsCode: string | null;
  kind: OrganisationKind;
  sector: Sector;
  placeKeys: string[];
  /** Annual budget in £ million, or null when not known. */
  weight: number | null;
}

export interface DemoForum {
  /** Slug of the name. */
  key: string;
  name: string;
  kind: ForumKind;
  /** The place a place board or place-led programme serves; null for system-wide forums. */
  placeKey: string | null;
}

/**
 * One organisation's seat on a forum over one period. When the terms of a seat change (a vote
 * given, the chair passing on), the old seat ends the day before the new one begins.
 */
export interface DemoSeat {
  forumKey: string;
  organisationKey: string;
  voting: boolean;
  chair: boolean;
  /** yyyy-mm-dd, inclusive. */
  from: string;
  /** yyyy-mm-dd, inclusive; null while the seat is held. */
  to: string | null;
}

export interface DemoPerson {
  /** Slug of the name; names are unique across the system. */
  key: string;
  name: string;
  email: string;
  organisationKey: string;
  roleGroup: RoleGroup;
}

export interface DemoSystem {
  /** Which profile built it (absent: standard); the survey and the decision log size themselves by it. */
  scale?: DemoScale;
  system: { name: string; odsCode: string; region: string };
  places: DemoPlace[];
  organisations: DemoOrganisation[];
  forums: DemoForum[];
  seats: DemoSeat[];
  people: DemoPerson[];
  users: DemoUser[];
}

export type DemoScale = 'standard' | 'large';
