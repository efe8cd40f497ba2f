import { dirname } from "node:path";
import { BreachRadarError, isBreachRadarError } from "../domain/errors.js";
import { describeTarget, type DatabaseTarget } from "./database-url.js";

/** Error codes and messages that mean "the database cannot be reached", across pg, Prisma and SQLite. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "EPIPE",
  "P1001", "P1002", "P1003", "P1017", "57P01", "57P03", "3D000", "28P01", "28000",
  "SQLITE_CANTOPEN", "SQLITE_NOTADB", "SQLITE_READONLY", "SQLITE_IOERR", "SQLITE_FULL",
]);
const UNREACHABLE_TEXT = /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|Can't reach database|DatabaseNotReachable|Connection terminated|Server has closed the connection|Query read timeout|Client has encountered a connection error|timeout exceeded when trying to connect|database .* does not exist|authentication failed|unable to open database/i;

function codesOf(error: unknown): string[] {
  const out: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const rec = e as { code?: unknown; errno?: unknown; kind?: unknown; originalCode?: unknown; cause?: unknown; errors?: unknown };
    for (const v of [rec.code, rec.kind, rec.originalCode]) if (typeof v === "string") out.push(v);
    if (Array.isArray(rec.errors)) for (const inner of rec.errors) out.push(...codesOf(inner));
    e = rec.cause;
  }
  return out;
}

function messagesOf(error: unknown): string {
  const parts: string[] = [];
  let e: unknown = error;
  for (let depth = 0; e && depth < 6; depth++) {
    parts.push(e instanceof Error ? e.message : String(e));
    e = typeof e === "object" ? (e as { cause?: unknown }).cause : undefined;
  }
  return parts.join(" | ");
}

/** True when the error says the database is down, unreachable or refuses us. */
export function isUnreachable(error: unknown): boolean {
  return codesOf(error).some((c) => UNREACHABLE_CODES.has(c)) || UNREACHABLE_TEXT.test(messagesOf(error));
}

/** File-system and SQLite codes that mean "this process may not create or write the database file or its folder". */
const SQLITE_ACCESS_CODES = /^(EACCES|EPERM|EROFS|SQLITE_READONLY\w*|SQLITE_CANTOPEN\w*)$/;

/** A SQLite file or folder this process cannot create or write, with the path and what to do. */
function sqliteAccessError(error: unknown, target: DatabaseTarget): BreachRadarError | null {
  if (target.kind !== "sqlite") return null;
  const code = codesOf(error).find((c) => SQLITE_ACCESS_CODES.test(c));
  if (!code) return null;
  const uid = typeof process.getuid === "function" ? ` (user id ${process.getuid()})` : "";
  return new BreachRadarError(
    "DB_UNAVAILABLE",
    `Cannot create or write the SQLite database ${target.path}: the folder ${dirname(target.path)} is missing, read-only or not writable by this process${uid} [${code}]. ` +
      "Make the folder writable by this user (e.g. chown the mounted volume), or point DATABASE_URL at a writable path, e.g. DATABASE_URL=file:/var/lib/breach-radar/breach-radar.db.",
    { cause: error },
  );
}

/** Maps "cannot reach the database" errors to DB_UNAVAILABLE (with a hint for SQLite permissions); other errors pass through untouched. */
export function mapDbError(error: unknown, target: DatabaseTarget): unknown {
  if (isBreachRadarError(error)) return error;
  const access = sqliteAccessError(error, target);
  if (access) return access;
  if (!isUnreachable(error)) return error;
  const what = describeTarget(target);
  const message = target.kind === "postgres" ? `${what} is not reachable (${firstLine(messagesOf(error))})` : `${what} cannot be opened (${firstLine(messagesOf(error))})`;
  return new BreachRadarError("DB_UNAVAILABLE", message, { cause: error });
}

/** A unique-constraint violation (Prisma P2002, PostgreSQL 23505, SQLite UNIQUE/PRIMARY KEY). */
export function isUniqueViolation(error: unknown): boolean {
  const codes = codesOf(error);
  if (codes.some((c) => c === "P2002" || c === "23505" || c === "UniqueConstraintViolation" || c.startsWith("SQLITE_CONSTRAINT_UNIQUE") || c === "SQLITE_CONSTRAINT_PRIMARYKEY")) return true;
  return /Unique constraint failed|duplicate key value violates unique constraint|UNIQUE constraint failed/i.test(messagesOf(error));
}

/** The line that says what happened: Prisma puts it last, after a call-site excerpt that can be huge. */
function firstLine(text: string): string {
  const line = text.split("\n").map((l) => l.trim()).filter(Boolean).at(-1) ?? "unknown error";
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
