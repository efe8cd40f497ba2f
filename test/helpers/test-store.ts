/**
 * Test helpers for every engineer: a real, freshly migrated store per test (SQLite always,
 * PostgreSQL when TEST_DATABASE_URL is set), e.g.
 *
 *   describe.each(storeKinds())("thing (%s)", (kind) => {
 *     let store: TestStore;
 *     beforeEach(async () => { store = await openTestStore(kind); });
 *     afterEach(async () => { await store.cleanup(); });
 *   });
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { createStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/store.port.js";
import type { Logger } from "../../src/logger.js";

export type StoreKind = "sqlite" | "postgres";
export type TestStore = Store & { cleanup(): Promise<void>; readonly databaseUrl: string };

/** The kinds to run store-backed tests on: SQLite always, PostgreSQL only with TEST_DATABASE_URL. */
export function storeKinds(): StoreKind[] {
  return process.env.TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

/** A fresh, migrated store. SQLite: a new file in a temp dir. PostgreSQL: a new scratch database. */
export async function openTestStore(kind: StoreKind, options: { logger?: Logger } = {}): Promise<TestStore> {
  const scratch = kind === "sqlite" ? await sqliteScratch() : await postgresScratch();
  try {
    const store = await createStore({ databaseUrl: scratch.url, logger: options.logger });
    return withCleanup(store, scratch);
  } catch (error) {
    await scratch.drop();
    throw error;
  }
}

/** Another Store on the same database as `store` (a second "replica"); closing it is the caller's job. */
export function openSecondStore(store: TestStore, options: { logger?: Logger } = {}): Promise<Store> {
  return createStore({ databaseUrl: store.databaseUrl, logger: options.logger });
}

interface Scratch { url: string; drop(): Promise<void> }

async function sqliteScratch(): Promise<Scratch> {
  const dir = await mkdtemp(join(tmpdir(), "breach-radar-test-"));
  return { url: `file:${join(dir, "test.db")}`, drop: () => rm(dir, { recursive: true, force: true }) };
}

/** Creates `br_test_<random>` next to the TEST_DATABASE_URL database. */
export async function postgresScratch(): Promise<Scratch> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const name = `br_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  await adminQuery(base, `CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(base, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(connectionString: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function withCleanup(store: Store, scratch: Scratch): TestStore {
  let done = false;
  const cleanup = async () => {
    if (done) return;
    done = true;
    await store.close();
    await scratch.drop();
  };
  // createStore returns a plain object of closures, so a spread copy keeps working.
  return { ...store, cleanup, databaseUrl: scratch.url };
}
