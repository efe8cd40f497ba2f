import type { Logger } from "../logger.js";
import type { DatabaseTarget } from "./database-url.js";
import { mapDbError } from "./db-errors.js";
import { loadMigrations, type MigrationRun, type MigrationStatus } from "./migrations.loader.js";
import { migratePostgres, postgresStatus } from "./postgres.migrator.js";
import { migrateSqlite, sqliteStatus } from "./sqlite.migrator.js";

/**
 * Brings the database up to the committed migrations (prisma/migrations/<kind>/). Runs inside
 * createStore; safe to call again (applies nothing) and from two replicas at once.
 * Throws DB_UNAVAILABLE when the database cannot be reached, DB_MIGRATION_FAILED when SQL fails.
 */
export async function runMigrations(target: DatabaseTarget, logger: Logger, migrationsRoot?: string): Promise<MigrationRun> {
  const migrations = loadMigrations(target.kind, migrationsRoot);
  try {
    const run = target.kind === "sqlite" ? migrateSqlite(target.path, migrations, logger) : await migratePostgres(target.url, migrations, logger);
    if (run.applied.length > 0) logger.info("database migrated", { db: target.kind, applied: run.applied });
    return run;
  } catch (error) {
    throw mapDbError(error, target);
  }
}

/** Applied and pending migrations, for `breach-radar db status`. */
export async function migrationStatus(target: DatabaseTarget, migrationsRoot?: string): Promise<MigrationStatus> {
  const migrations = loadMigrations(target.kind, migrationsRoot);
  try {
    return target.kind === "sqlite" ? sqliteStatus(target.path, migrations) : await postgresStatus(target.url, migrations);
  } catch (error) {
    throw mapDbError(error, target);
  }
}
