import { isAbsolute, resolve } from "node:path";
import { BreachRadarError } from "../domain/errors.js";

/** Where the store lives, parsed from DATABASE_URL. */
export type DatabaseTarget =
  | { kind: "sqlite"; path: string }
  | { kind: "postgres"; url: string; host: string; port: number; database: string };

/**
 * `file:./data/x.db` (relative to `cwd`) or `file:/abs/x.db` → SQLite;
 * `postgres://` / `postgresql://` → PostgreSQL. Anything else is CONFIG_INVALID.
 */
export function parseDatabaseUrl(databaseUrl: string, cwd: string = process.cwd()): DatabaseTarget {
  if (databaseUrl.startsWith("file:")) {
    const raw = decodeURIComponent(databaseUrl.slice("file:".length).replace(/^\/\/(?=\/)/, "").split("?")[0] ?? "");
    if (!raw) throw new BreachRadarError("CONFIG_INVALID", "DATABASE_URL: a file: URL needs a path, e.g. file:./data/breach-radar.db");
    return { kind: "sqlite", path: isAbsolute(raw) ? raw : resolve(cwd, raw) };
  }
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    let url: URL;
    try {
      url = new URL(databaseUrl);
    } catch (cause) {
      throw new BreachRadarError("CONFIG_INVALID", "DATABASE_URL: not a valid postgres:// URL", { cause });
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "postgres";
    return { kind: "postgres", url: databaseUrl, host: url.hostname || "localhost", port: Number(url.port || 5432), database };
  }
  throw new BreachRadarError("CONFIG_INVALID", "DATABASE_URL must start with file: (SQLite) or postgres:// (PostgreSQL)");
}

/** "PostgreSQL at 127.0.0.1:5432/test" or "SQLite file /abs/x.db" (never includes a password). */
export function describeTarget(target: DatabaseTarget): string {
  return target.kind === "sqlite" ? `SQLite file ${target.path}` : `PostgreSQL at ${target.host}:${target.port}/${target.database}`;
}
