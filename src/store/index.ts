/**
 * The store module: `createStore` opens SQLite (`file:` URLs) or PostgreSQL (`postgres://`),
 * applies pending migrations, and returns the Store port. The only code importing Prisma.
 */
import { silentLogger, type Logger } from "../logger.js";
import type { Store } from "./store.port.js";
import { describeTarget, parseDatabaseUrl } from "./database-url.js";
import { mapDbError } from "./db-errors.js";
import { runMigrations } from "./migrator.js";
import { acquirePrismaClient } from "./prisma-client.factory.js";
import { createPrismaStore } from "./prisma.store.js";

export type { Store } from "./store.port.js";
export { parseDatabaseUrl, describeTarget, type DatabaseTarget } from "./database-url.js";
export { runMigrations, migrationStatus } from "./migrator.js";
export { normaliseVictimName } from "./incident.mapper.js";

export interface CreateStoreOptions {
  /** `file:./data/breach-radar.db` (relative to process.cwd()) or `postgres://user@host:5432/db`. */
  databaseUrl: string;
  logger?: Logger;
}

/**
 * Opens the store, creating the SQLite file (and folder) on first start and applying pending
 * migrations. Throws BreachRadarError DB_UNAVAILABLE (unreachable database), DB_MIGRATION_FAILED
 * or CONFIG_INVALID (bad URL).
 */
export async function createStore(options: CreateStoreOptions): Promise<Store> {
  const logger = (options.logger ?? silentLogger).child({ component: "store" });
  const target = parseDatabaseUrl(options.databaseUrl);
  await runMigrations(target, logger);
  const lease = acquirePrismaClient(target);
  try {
    await lease.db.$connect();
  } catch (error) {
    await lease.release().catch(() => undefined);
    throw mapDbError(error, target);
  }
  logger.debug("store opened", { db: describeTarget(target) });
  return createPrismaStore(lease, target, logger);
}
