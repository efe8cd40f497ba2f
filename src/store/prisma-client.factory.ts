import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresPrismaClient, Prisma as PostgresPrisma } from "./generated/postgres/index.js";
import { PrismaClient as SqlitePrismaClient, Prisma as SqlitePrisma } from "./generated/sqlite/index.js";
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

/** The JSON null sentinels of the client in use (each generated client has its own runtime). */
export interface JsonNulls {
  JsonNull: unknown;
  DbNull: unknown;
}

/** An opened client; `release()` disconnects it once its last user lets go. */
export interface ClientLease {
  db: Db;
  nulls: JsonNulls;
  release(): Promise<void>;
}

interface Shared { client: { db: Db; nulls: JsonNulls }; users: number }
const sharedSqlite = new Map<string, Shared>();

/**
 * PostgreSQL: a new client (pool) per call. SQLite: ONE client per file per process, shared by
 * every Store opened on it. better-sqlite3 is synchronous, so a second connection in the same
 * process waiting on the busy timeout would block the event loop while the first one holds the
 * write lock, and both would stall until the transaction timeout.
 */
export function acquirePrismaClient(target: DatabaseTarget): ClientLease {
  if (target.kind === "postgres") {
    const client = createPrismaClient(target);
    return { ...client, release: () => client.db.$disconnect() };
  }
  let shared = sharedSqlite.get(target.path);
  if (!shared) {
    shared = { client: createPrismaClient(target), users: 0 };
    sharedSqlite.set(target.path, shared);
  }
  shared.users++;
  const entry = shared;
  let released = false;
  return {
    ...entry.client,
    release: async () => {
      if (released) return;
      released = true;
      entry.users--;
      if (entry.users > 0) return;
      sharedSqlite.delete(target.path);
      await entry.client.db.$disconnect();
    },
  };
}

/**
 * PostgreSQL pool hygiene. A statement the server runs longer than this is cancelled; the client gives
 * up a little later even when the network is stalled (query_timeout); a session left idle inside a
 * transaction (a client that died mid-transaction) is ended by the server; TCP keepalive notices dead
 * peers. The longest legitimate statement (stats over 50,000 incidents) takes well under a second.
 */
export const PG_POOL_SETTINGS = {
  max: 10,
  statement_timeout: 30_000,
  query_timeout: 35_000,
  idle_in_transaction_session_timeout: 60_000,
  idleTimeoutMillis: 30_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
} as const;

/** Builds a Prisma client on the matching driver adapter (no Rust engine, no network download). */
export function createPrismaClient(target: DatabaseTarget): { db: Db; nulls: JsonNulls } {
  if (target.kind === "sqlite") {
    const adapter = new PrismaBetterSQLite3({ url: target.path, timeout: SQLITE_BUSY_TIMEOUT_MS }, { timestampFormat: "unixepoch-ms" });
    return { db: new SqlitePrismaClient({ adapter }) as unknown as Db, nulls: { JsonNull: SqlitePrisma.JsonNull, DbNull: SqlitePrisma.DbNull } };
  }
  const adapter = new PrismaPg({ connectionString: target.url, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS, ...PG_POOL_SETTINGS });
  return { db: new PostgresPrismaClient({ adapter }), nulls: { JsonNull: PostgresPrisma.JsonNull, DbNull: PostgresPrisma.DbNull } };
}
