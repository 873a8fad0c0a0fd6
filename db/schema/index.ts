// Every table of the Caseport database. drizzle-kit reads this file to generate migrations.
export * from './clients';
