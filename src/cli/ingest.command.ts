import { readFile } from "node:fs/promises";
import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { withStore } from "./cli.store.js";
import { parseArticleFile } from "../extract/index.js";
import { createIngestor } from "../ingest/index.js";
import type { Ingestor, IngestResult, PollReport } from "../ingest/ingest.types.js";
import { pollIntervalMs } from "../ingest/poll.interval.js";
import type { CliCommand, CliIO } from "./command.js";

/** Feed titles, URLs and errors are untrusted: drop terminal control characters before printing. */
const clean = (text: string): string => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "");

function describeResult(label: string, r: IngestResult): string {
  if (!r.isBreachReport) return `  ${label}: not a breach report (recorded as seen)`;
  const head = `  ${label}: ${r.incidentId}${r.isNew ? " (new)" : ""}${r.changed ? "" : " (no change)"}`;
  return clean([head, ...r.changes.map((c) => `      · ${c}`)].join("\n"));
}

function describePoll(report: PollReport): string {
  const lines = report.feeds.map((f) => `  ${f.status.padEnd(12)} ${f.url}${f.error ? `  — ${f.error}` : ""}${f.processed ? `  (${f.processed} new items)` : ""}`);
  lines.push(`${report.feedsOk} feeds ok, ${report.feedsFailed} failed, ${report.feedsSkipped} skipped · ${report.newIncidents.length} new incidents, ${report.updatedIncidents.length} updated`);
  return clean(lines.join("\n"));
}

async function ingestInputs(ingestor: Ingestor, inputs: string[], io: CliIO): Promise<number> {
  let failures = 0;
  for (const input of inputs) {
    try {
      const result = /^https?:\/\//i.test(input)
        ? await ingestor.ingestUrl(input, { userSupplied: false })
        : await ingestor.ingestArticle(parseArticleFile(await readFile(input, "utf8"), input));
      io.out(describeResult(input, result));
    } catch (error) {
      failures++;
      io.err(clean(`  ${input}: ${(error as Error).message}`));
    }
  }
  await ingestor.relinkCampaigns();
  return failures > 0 ? 1 : 0;
}

async function pollLoop(ingestor: Ingestor, intervalMs: number, io: CliIO): Promise<void> {
  let stopping = false;
  let wake: () => void = () => undefined;
  const stop = () => {
    stopping = true;
    wake();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  while (!stopping) {
    io.out(describePoll(await ingestor.pollAllFeeds()));
    await new Promise<void>((resolve) => {
      wake = resolve;
      setTimeout(resolve, intervalMs).unref();
    });
  }
}

export const command: CliCommand = {
  name: "ingest",
  usage: "ingest [--once] [FILE|URL...]",
  summary: "Poll the configured feeds (or ingest the given files/URLs) into the store",
  async run(args, io) {
    const once = args.includes("--once");
    const inputs = args.filter((a) => a !== "--once");
    const config = loadConfig();
    const logger = createLogger(config.LOG_LEVEL);
    return withStore(config, logger.child({ part: "store" }), async (store) => {
      const ingestor = createIngestor({ store, config, logger: logger.child({ part: "ingest" }) });
      if (inputs.length > 0) return await ingestInputs(ingestor, inputs, io);
      await ingestor.seedFeedsIfEmpty();
      if (once) {
        const report = await ingestor.pollAllFeeds();
        io.out(describePoll(report));
        return report.feedsOk > 0 || report.feeds.length === 0 ? 0 : 1;
      }
      await pollLoop(ingestor, pollIntervalMs(config.FEED_POLL_CRON), io);
      return 0;
    });
  },
};
