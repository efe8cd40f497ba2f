/**
 * Adds a migration for BOTH databases after a model change:
 *   npm run db:schema && npm run db:migration -- add_feed_notes
 * It diffs the schemas committed at git HEAD against the working tree with
 * `prisma migrate diff --script` and writes prisma/migrations/<db>/<timestamp>_<name>/migration.sql.
 * Review the SQL; test/store/drift.test.ts proves the migrations reach the current schema.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PRISMA_DIR } from "./build-sqlite-schema.js";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  process.stderr.write("usage: npm run db:migration -- NAME\n");
  process.exit(2);
}
const ROOT = join(PRISMA_DIR, "..");
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const scratch = mkdtempSync(join(tmpdir(), "br-migration-"));

for (const kind of ["postgres", "sqlite"] as const) {
  const schema = `prisma/schema.${kind}.prisma`;
  let from = ["--from-empty"];
  try {
    const old = execFileSync("git", ["show", `HEAD:${schema}`], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const oldPath = join(scratch, `${kind}.prisma`);
    writeFileSync(oldPath, old);
    from = ["--from-schema-datamodel", oldPath];
  } catch {
    // not committed yet: diff from an empty database
  }
  const cli = join(ROOT, "node_modules", "prisma", "build", "index.js");
  const sql = execFileSync(process.execPath, [cli, "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], { cwd: ROOT, encoding: "utf8" });
  if (!/\b(CREATE|ALTER|DROP|INSERT|UPDATE|PRAGMA)\b/i.test(sql)) {
    process.stdout.write(`${kind}: no changes\n`);
    continue;
  }
  const dir = join(PRISMA_DIR, "migrations", kind, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "migration.sql"), sql);
  process.stdout.write(`${kind}: wrote ${dir}/migration.sql\n`);
}
