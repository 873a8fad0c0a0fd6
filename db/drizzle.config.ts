import { defineConfig } from 'drizzle-kit';

// `npm run db:generate` writes a new SQL migration into db/migrations after a schema change.
// Review every generated file before committing: SQLite table rebuilds (DROP TABLE) can
// cascade-delete child rows; db/migrate.ts guards with foreign_key_check but review anyway.
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
