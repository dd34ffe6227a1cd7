export * from './lib/sectors';
export * from './lib/organisation-kinds';
export * from './lib/roles';
export * from './lib/practices';
export * from './lib/codes';
export * from './lib/organisation-fields';
export * from './lib/forum-kinds';
export * from './lib/role-groups';
