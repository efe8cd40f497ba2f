import { afterEach, describe, expect, it } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createServer } from "node:net";
import { createStore, migrationStatus, parseDatabaseUrl, runMigrations } from "../../src/store/index.js";
import { loadMigrations } from "../../src/store/migrations.loader.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, postgresScratch, storeKinds } from "../helpers/test-store.js";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function scratchUrl(kind: "sqlite" | "postgres"): Promise<string> {
  if (kind === "postgres") {
    const scratch = await postgresScratch();
    cleanups.push(scratch.drop);
    return scratch.url;
  }
  const dir = await mkdtemp(join(tmpdir(), "br-migrate-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return `file:${join(dir, "nested", "folder", "store.db")}`;
}

describe.each(storeKinds())("migrations (%s)", (kind) => {
  it("migrates an empty database, then applies nothing on the next open", async () => {
    const url = await scratchUrl(kind);
    const target = parseDatabaseUrl(url);
    const all = loadMigrations(kind).map((m) => m.name);
    expect(all.length).toBeGreaterThan(0);
    expect(await runMigrations(target, silentLogger)).toEqual({ applied: all, alreadyApplied: 0 });
    expect(await runMigrations(target, silentLogger)).toEqual({ applied: [], alreadyApplied: all.length });
    const store = await createStore({ databaseUrl: url });
    cleanups.push(() => store.close());
    expect(await store.countIncidents()).toBe(0);
    const status = await migrationStatus(target);
    expect(status.pending).toEqual([]);
    expect(status.applied.map((a) => [a.name, a.checksumMatches])).toEqual(all.map((n) => [n, true]));
  });

  it("lets two stores start at once on a fresh database", async () => {
    const url = await scratchUrl(kind);
    const [a, b] = await Promise.all([createStore({ databaseUrl: url }), createStore({ databaseUrl: url })]);
    cleanups.push(() => a.close(), () => b.close());
    expect(await a.ping()).toBe(true);
    expect(await b.ping()).toBe(true);
    expect((await migrationStatus(parseDatabaseUrl(url))).applied).toHaveLength(loadMigrations(kind).length);
  });
});

describe("sqlite files", () => {
  it("creates the parent folder and file for a path relative to the working directory", async () => {
    const dir = await mkdtemp(join(tmpdir(), "br-relative-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const file = join(dir, "data", "radar.db");
    const store = await createStore({ databaseUrl: `file:./${relative(process.cwd(), file)}` });
    cleanups.push(() => store.close());
    expect(existsSync(file)).toBe(true);
    expect(store.kind).toBe("sqlite");
    expect(await store.ping()).toBe(true);
  });

  it("rejects a URL that is neither file: nor postgres://", () => {
    expect(() => parseDatabaseUrl("mysql://x")).toThrow(/DATABASE_URL/);
  });
});

describe("database down", () => {
  it("fails fast with DB_UNAVAILABLE naming the host and port", async () => {
    const port = await closedPort();
    const started = Date.now();
    const error = await createStore({ databaseUrl: `postgres://postgres@127.0.0.1:${port}/test` }).catch((e: unknown) => e);
    expect(isBreachRadarError(error, "DB_UNAVAILABLE")).toBe(true);
    expect((error as Error).message).toContain(`PostgreSQL at 127.0.0.1:${port}`);
    expect((error as Error).message).toContain("not reachable");
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it.runIf(storeKinds().includes("postgres"))("maps a database that disappears under an open store to DB_UNAVAILABLE", async () => {
    const store = await openTestStore("postgres");
    cleanups.push(() => store.cleanup());
    await store.countIncidents();
    const pg = (await import("pg")).default;
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const name = new URL(store.databaseUrl).pathname.slice(1);
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [name]);
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    expect(await store.ping()).toBe(false);
    const error = await store.countIncidents().catch((e: unknown) => e);
    expect(isBreachRadarError(error, "DB_UNAVAILABLE")).toBe(true);
  });
});

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
