import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createHash } from "node:crypto";

/** One migration folder: prisma/migrations/<kind>/<name>/migration.sql */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Where the committed migrations live (prisma/migrations at the repository root). */
export const MIGRATIONS_ROOT = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));

/** The migrations for one database, in name order (names start with a timestamp). */
export function loadMigrations(kind: "sqlite" | "postgres", root: string = MIGRATIONS_ROOT): Migration[] {
  const dir = join(root, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

/** The table the migrator records applied migrations in (same name on both databases). */
export const MIGRATIONS_TABLE = "_breach_radar_migrations";

/** What a migration run did. */
export interface MigrationRun {
  applied: string[];
  alreadyApplied: number;
}

/** What `breach-radar db status` shows. */
export interface MigrationStatus {
  applied: { name: string; appliedAt: Date; checksumMatches: boolean }[];
  pending: string[];
}
