import { afterEach, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSqliteSchema, POSTGRES_SCHEMA_PATH, SQLITE_SCHEMA_PATH } from "../../prisma/build-sqlite-schema.js";
import { parseDatabaseUrl, runMigrations } from "../../src/store/index.js";
import { silentLogger } from "../../src/logger.js";
import { postgresScratch, storeKinds } from "../helpers/test-store.js";
import { describePostgres, describeSqlite, execPostgres, execSqlite, sqlForSchema } from "./schema-introspect.js";

/**
 * Drift guard: the SQLite schema must be what the generator makes of the PostgreSQL one, and the
 * committed migrations of each database must build exactly the schema Prisma derives from the
 * current models. On failure: `npm run db:schema`, then add a migration (see prisma/README.md).
 */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

describe("schema drift", () => {
  it("schema.sqlite.prisma is generated from schema.postgres.prisma (run `npm run db:schema`)", () => {
    expect(readFileSync(SQLITE_SCHEMA_PATH, "utf8")).toBe(buildSqliteSchema(readFileSync(POSTGRES_SCHEMA_PATH, "utf8")));
  });

  it("the generator turns enums into strings and scalar lists into Json, and keeps relation lists", () => {
    const out = buildSqliteSchema(`enum Level {\n  low\n  high\n}\n\nmodel A {\n  id    String   @id @db.VarChar(10)\n  level Level    @default(low)\n  tags  String[]\n  bs    B[]\n}\n`);
    expect(out).toContain('provider = "sqlite"');
    expect(out).not.toContain("enum Level");
    expect(out).toMatch(/level\s+String\s+@default\("low"\)/);
    expect(out).toMatch(/tags\s+Json\n/);
    expect(out).toMatch(/bs\s+B\[\]/);
    expect(out).not.toContain("@db.");
  });

  it("the SQLite migrations produce the current SQLite schema", async () => {
    const dir = await mkdtemp(join(tmpdir(), "br-drift-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const migrated = join(dir, "migrated.db");
    const expected = join(dir, "expected.db");
    await runMigrations(parseDatabaseUrl(`file:${migrated}`), silentLogger);
    execSqlite(expected, await sqlForSchema("prisma/schema.sqlite.prisma"));
    expect(describeSqlite(migrated)).toEqual(describeSqlite(expected));
  });

  it.runIf(storeKinds().includes("postgres"))("the PostgreSQL migrations produce the current PostgreSQL schema", async () => {
    const migrated = await postgresScratch();
    const expected = await postgresScratch();
    cleanups.push(migrated.drop, expected.drop);
    await runMigrations(parseDatabaseUrl(migrated.url), silentLogger);
    await execPostgres(expected.url, await sqlForSchema("prisma/schema.postgres.prisma"));
    expect(await describePostgres(migrated.url)).toEqual(await describePostgres(expected.url));
  });
});
