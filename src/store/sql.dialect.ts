/**
 * Raw SQL shared by both databases is written once with PostgreSQL's numbered placeholders ($1, $2, …).
 * SQLite (better-sqlite3 through Prisma binds positionally) gets one `?` per occurrence, with the
 * arguments repeated in occurrence order. PostgreSQL-only clauses are wrapped in `/*pg:…*\/`.
 */
export type Dialect = "sqlite" | "postgres";

const PLACEHOLDER = /\$(\d+)/g;
const PG_ONLY = /\/\*pg:([\s\S]*?)\*\//g;

/** The SQL text and argument list for `dialect`. */
export function forDialect(dialect: Dialect, sql: string, args: unknown[]): { sql: string; args: unknown[] } {
  if (dialect === "postgres") return { sql: sql.replace(PG_ONLY, "$1"), args };
  const ordered: unknown[] = [];
  const text = sql.replace(PG_ONLY, "").replace(PLACEHOLDER, (_, n: string) => {
    ordered.push(args[Number(n) - 1]);
    return "?";
  });
  return { sql: text, args: ordered };
}

/** `$from, $from+1, …` for `count` values (an IN list). */
export function placeholders(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => `$${from + i}`).join(", ");
}
