export { DEFAULT_DEMO_SEED, generateDemoSystem } from './lib/generate-demo-system';
export type {
  DemoForum,
  DemoOrganisation,
  DemoPerson,
  DemoPlace,
  DemoScale,
  DemoSeat,
  DemoSystem,
} from './lib/demo-system';
export { DEMO_PASSWORD, type DemoUser } from './lib/demo-users';
