import type { CliCommand, CliIO } from "./command.js";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { describeTarget, migrationStatus, parseDatabaseUrl, runMigrations } from "../store/index.js";

const USAGE = "Usage: breach-radar db migrate|status";

async function migrate(databaseUrl: string, io: CliIO, logLevel: "debug" | "info" | "warn" | "error" | "silent"): Promise<number> {
  const target = parseDatabaseUrl(databaseUrl);
  const run = await runMigrations(target, createLogger(logLevel === "info" ? "warn" : logLevel));
  io.out(run.applied.length === 0
    ? `${describeTarget(target)}: up to date (${run.alreadyApplied} migration(s) applied earlier).`
    : `${describeTarget(target)}: applied ${run.applied.length} migration(s):\n${run.applied.map((n) => `  ${n}`).join("\n")}`);
  return 0;
}

async function status(databaseUrl: string, io: CliIO): Promise<number> {
  const target = parseDatabaseUrl(databaseUrl);
  const s = await migrationStatus(target);
  const lines = [`${describeTarget(target)}`];
  for (const a of s.applied) lines.push(`  applied  ${a.name}  ${a.appliedAt.toISOString()}${a.checksumMatches ? "" : "  (file changed since it was applied!)"}`);
  for (const p of s.pending) lines.push(`  pending  ${p}`);
  lines.push(s.pending.length === 0 ? "Up to date." : `${s.pending.length} pending; they apply at the next start or with \`breach-radar db migrate\`.`);
  io.out(lines.join("\n"));
  return 0;
}

/** `breach-radar db migrate|status`: migrations also run automatically whenever the store opens. */
export const command: CliCommand = {
  name: "db",
  async run(args, io) {
    if (args.length !== 1) {
      io.err(USAGE);
      return 2;
    }
    const config = loadConfig();
    switch (args[0]) {
      case "migrate": return migrate(config.DATABASE_URL, io, config.LOG_LEVEL);
      case "status": return status(config.DATABASE_URL, io);
      default:
        io.err(USAGE);
        return 2;
    }
  },
};
