import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient } from "./generated/postgres/index.js";
import { PrismaClient as SqlitePrismaClient } from "./generated/sqlite/index.js";
import type { Prisma } from "./generated/postgres/index.js";
import type { DatabaseTarget } from "./database-url.js";
import { PG_CONNECT_TIMEOUT_MS } from "./postgres.migrator.js";
import { SQLITE_BUSY_TIMEOUT_MS } from "./sqlite.migrator.js";

/**
 * The store's code is typed against the PostgreSQL client. The SQLite client is generated from the
 * same models with enums as strings and scalar lists as Json, which read and write the same JS
 * values at run time (string, string[]), so it is used through the same type. Queries must not use
 * list- or enum-specific filters (`has`, `hasSome`); victims go through the VictimName table.
 */
export type Db = PostgresPrismaClient;
export type { Prisma } from "./generated/postgres/index.js";
/** The client handed to `$transaction(async (tx) => …)` callbacks. */
export type Tx = Prisma.TransactionClient;

/** Builds a Prisma client on the matching driver adapter (no Rust engine, no network download). */
export function createPrismaClient(target: DatabaseTarget): Db {
  if (target.kind === "sqlite") {
    const adapter = new PrismaBetterSQLite3({ url: target.path, timeout: SQLITE_BUSY_TIMEOUT_MS }, { timestampFormat: "unixepoch-ms" });
    return new SqlitePrismaClient({ adapter }) as unknown as Db;
  }
  const adapter = new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS, max: 10 });
  return new PostgresPrismaClient({ adapter });
}
