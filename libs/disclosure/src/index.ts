export { collapseSmallClasses } from './lib/collapse-small-classes';
export { groupDisclosure, planDisclosure, type Atom, type Disclosure, type DisclosurePlan } from './lib/disclosure-plan';
export { recoverableByDifferencing } from './lib/span-attack';
