import Database from "better-sqlite3";
import pg from "pg";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { join } from "node:path";
import { MIGRATIONS_TABLE } from "../../src/store/migrations.loader.js";

const run = promisify(execFile);
export const REPO_ROOT = join(import.meta.dirname, "..", "..");

/** `prisma migrate diff --from-empty --to-schema-datamodel SCHEMA --script`: the SQL the schema wants. */
export async function sqlForSchema(schemaPath: string): Promise<string> {
  const cli = join(REPO_ROOT, "node_modules", "prisma", "build", "index.js");
  const { stdout } = await run(process.execPath, [cli, "migrate", "diff", "--from-empty", "--to-schema-datamodel", schemaPath, "--script"], {
    cwd: REPO_ROOT,
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    maxBuffer: 10_000_000,
  });
  return stdout;
}

type Row = Record<string, unknown>;

/** Tables, columns, indexes and foreign keys of a SQLite file, as comparable plain data. */
export function describeSqlite(path: string): Row {
  const db = new Database(path);
  try {
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> ? ORDER BY name").all(MIGRATIONS_TABLE) as { name: string }[]).map((t) => t.name);
    const out: Row = {};
    for (const t of tables) {
      const indexes = (db.pragma(`index_list("${t}")`) as { name: string; unique: number }[])
        .map((i) => ({ unique: i.unique, columns: (db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name) }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      out[t] = {
        columns: db.pragma(`table_info("${t}")`),
        indexes,
        foreignKeys: (db.pragma(`foreign_key_list("${t}")`) as Row[]).map(({ id: _id, seq: _seq, ...rest }) => rest),
      };
    }
    return out;
  } finally {
    db.close();
  }
}

/** Tables, columns, indexes, constraints and enums of a PostgreSQL database's public schema. */
export async function describePostgres(url: string): Promise<Row> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql, [MIGRATIONS_TABLE])).rows;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length, datetime_precision
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> $1 ORDER BY table_name, column_name`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1 ORDER BY tablename, indexname`),
      constraints: await q(`SELECT c.conrelid::regclass::text AS tbl, c.conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
        JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'public' AND c.conrelid::regclass::text <> quote_ident($1) ORDER BY 1, 2`),
      enums: await q(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND $1 <> '' ORDER BY 1, 3`),
    };
  } finally {
    await client.end();
  }
}

/** Runs a multi-statement SQL script on PostgreSQL. */
export async function execPostgres(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Runs a multi-statement SQL script on a SQLite file. */
export function execSqlite(path: string, sql: string): void {
  const db = new Database(path);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}
