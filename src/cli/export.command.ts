import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { writeExport, type ExportSummary } from "../export/index.js";
import type { Store } from "../store/store.port.js";
import { withStore } from "./cli.store.js";
import { EXPORT_USAGE, parseExportArgs, type ExportArgs } from "./export.args.js";
import type { CliCommand, CliIO } from "./command.js";

/** Writes to a temporary file next to FILE and renames it at the end, so a failed export never leaves half a file. */
async function toFile(store: Store, args: ExportArgs, file: string): Promise<ExportSummary> {
  const partial = `${file}.partial`;
  const sink = createWriteStream(partial);
  try {
    const summary = await writeExport(store, args.format, { since: args.since, sector: args.sector, incidentIds: args.incidents }, sink);
    sink.end();
    await finished(sink);
    await rename(partial, file);
    return summary;
  } catch (error) {
    sink.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

async function toStdout(store: Store, args: ExportArgs, stdout: Writable): Promise<ExportSummary> {
  return writeExport(store, args.format, { since: args.since, sector: args.sector, incidentIds: args.incidents }, stdout);
}

function describe(summary: ExportSummary, out: string | undefined): string {
  const what = summary.format === "stix" ? `${summary.incidents} incidents as ${summary.objects} STIX 2.1 objects` : `${summary.incidents} incidents as ${summary.format.toUpperCase()}`;
  return `Exported ${what}${out ? ` to ${out}` : ""}.`;
}

/** `breach-radar export`: streams incidents as a STIX 2.1 bundle, JSON or CSV, to a file or stdout. */
export function exportCommand(stdout: Writable = process.stdout): CliCommand {
  return {
    name: "export",
    async run(argv: string[], io: CliIO) {
      const parsed = parseExportArgs(argv, new Date());
      if (parsed.kind === "error") {
        io.err(`${parsed.message}\nUsage: breach-radar ${EXPORT_USAGE}`);
        return 2;
      }
      const { args } = parsed;
      const config = loadConfig();
      const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
      const summary = await withStore(config, logger.child({ part: "store" }), (store) => (args.out ? toFile(store, args, args.out) : toStdout(store, args, stdout)));
      // With stdout carrying the export, the summary goes to stderr.
      (args.out ? io.out : io.err)(describe(summary, args.out));
      return 0;
    },
  };
}

export const command: CliCommand = exportCommand();
