import type { Role } from '@stewardship/domain';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  /** Set only for a place-based lead, whose default view is their own place. */
  placeKey: string | null;
}

/** Shared by every demo account; the demo holds no real data, so a published password is fine. */
export const DEMO_PASSWORD = 'northshire-demo';

/** One account per role, with fixed names and addresses so that sign-in help can list them. */
export function demoUsers(placeLeadPlaceKey: string): DemoUser[] {
  return [
    { email: 'admin@northshire.example', displayName: 'Priya Raman', role: 'ADMIN', placeKey: null },
    { email: 'leader@northshire.example', displayName: 'Helen Armstrong', role: 'LEADER', placeKey: null },
    { email: 'placelead@northshire.example', displayName: 'Tom Whitfield', role: 'PLACE_LEAD', placeKey: placeLeadPlaceKey },
    { email: 'ned@northshire.example', displayName: 'Margaret Okafor', role: 'NON_EXECUTIVE', placeKey: null },
    { email: 'viewer@northshire.example', displayName: 'Jamie Clarke', role: 'VIEWER', placeKey: null },
  ];
}
