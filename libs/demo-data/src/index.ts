export {
  DEFAULT_DEMO_SEED,
  type DemoOrganisation,
  type DemoPlace,
  type DemoScale,
  type DemoSystem,
  generateDemoSystem,
} from './lib/generate-demo-system';
export { DEMO_PASSWORD, type DemoUser } from './lib/demo-users';
