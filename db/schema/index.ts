// Every table of the Caseport database. drizzle-kit reads this file to generate migrations.
export * from './applications';
export * from './audit';
export * from './checklists';
export * from './clients';
export * from './deadlines';
export * from './dependants';
export * from './documents';
export * from './events';
export * from './imports';
export * from './launch-windows';
export * from './preferences';
export * from './users';
