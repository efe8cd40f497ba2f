import { readFile } from "node:fs/promises";
import { loadConfig, type Config } from "../config.js";
import { createLogger } from "../logger.js";
import { withStore } from "./cli.store.js";
import { parseArticleFile } from "../extract/index.js";
import { createIngestor } from "../ingest/index.js";
import type { Ingestor, IngestResult, PollReport } from "../ingest/ingest.types.js";
import { nextCronTime, parseCron } from "../schedule/cron.syntax.js";
import { parseArgs, USAGE_ERROR } from "./cli.args.js";
import { CLI_SPECS } from "./cli.specs.js";
import type { CliCommand, CliIO } from "./command.js";
import { clean, nextTryText, pollSummary, progressPrinter, skippedLines } from "./poll.progress.js";

function describeResult(label: string, r: IngestResult): string {
  if (!r.isBreachReport) return `  ${clean(label)}: not a breach report (recorded as seen)`;
  const head = `  ${label}: ${r.incidentId}${r.isNew ? " (new)" : ""}${r.changed ? "" : " (no change)"}`;
  return clean([head, ...r.changes.map((c) => `      · ${c}`)].join("\n"));
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
      const code = (error as { code?: unknown }).code;
      io.err(clean(`  ${input}: ${typeof code === "string" ? `[${code}] ` : ""}${(error as Error).message}`));
    }
  }
  await ingestor.relinkCampaigns();
  return failures > 0 ? 1 : 0;
}

/** One poll with live per-feed progress, then the skipped feeds and a summary line. */
async function pollOnce(ingestor: Ingestor, io: CliIO, force: boolean, signal?: AbortSignal): Promise<PollReport> {
  const progress = progressPrinter((line) => io.out(line), { tickMs: 5_000 });
  try {
    const report = await ingestor.pollAllFeeds({ ...progress, force, signal });
    for (const line of skippedLines(report)) io.out(line);
    io.out(pollSummary(report));
    return report;
  } finally {
    progress.stop();
  }
}

/** Waits until `at` or until `signal` aborts; the timer keeps the process alive meanwhile. */
function sleepUntil(at: Date, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, Math.max(0, at.getTime() - Date.now()));
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
    signal.addEventListener("abort", done, { once: true });
  });
}

/** Polls on FEED_POLL_CRON until SIGINT / SIGTERM; a second signal quits at once. */
async function pollLoop(ingestor: Ingestor, config: Config, io: CliIO, force: boolean): Promise<number> {
  const parsed = parseCron(config.FEED_POLL_CRON);
  if (!parsed.ok) throw new Error(`FEED_POLL_CRON: ${parsed.error}`);
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.aborted) process.exit(130);
    io.err(`${signal} received: stopping after the feeds being read now (again to quit at once).`);
    stop.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    io.out(`Polling the feeds on FEED_POLL_CRON (${config.FEED_POLL_CRON}, UTC) until stopped (Ctrl-C); --once polls once.`);
    let first = true;
    while (!stop.signal.aborted) {
      await pollOnce(ingestor, io, force && first, stop.signal);
      first = false;
      const next = nextCronTime(parsed.schedule, new Date());
      if (!next) throw new Error(`FEED_POLL_CRON (${config.FEED_POLL_CRON}) never fires again`);
      if (stop.signal.aborted) break;
      io.out(`Next poll ${nextTryText(next)}.`);
      await sleepUntil(next, stop.signal);
    }
    io.out("Stopped.");
    return 0;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

async function describeSync(ingestor: Ingestor, io: CliIO): Promise<void> {
  const sync = await ingestor.syncFeeds();
  if (sync.added.length + sync.removed.length === 0) return;
  const what = sync.source === "FEEDS" ? "Feed list set from FEEDS" : "No feeds were configured; added the defaults";
  io.out(clean(`${what}: ${sync.added.length} added, ${sync.removed.length} removed.`));
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(CLI_SPECS.ingest, args);
  if ("error" in parsed) {
    io.err(`${parsed.error}\nUsage: breach-radar ${CLI_SPECS.ingest.usage}`);
    return USAGE_ERROR;
  }
  const { once, force } = parsed.options;
  const inputs = parsed.positionals;
  if (inputs.length > 0 && (once || force)) {
    io.err(`--once and --force apply to feed polling, not to FILE/URL arguments.\nUsage: breach-radar ${CLI_SPECS.ingest.usage}`);
    return USAGE_ERROR;
  }
  const config = loadConfig();
  // The progress lines already report every feed; structured logs add only errors unless LOG_LEVEL asks for more.
  const logger = createLogger(config.LOG_LEVEL === "info" ? "error" : config.LOG_LEVEL);
  return withStore(config, logger.child({ part: "store" }), async (store) => {
    const ingestor = createIngestor({ store, config, logger: logger.child({ part: "ingest" }) });
    if (inputs.length > 0) return await ingestInputs(ingestor, inputs, io);
    await describeSync(ingestor, io);
    if (!once) return pollLoop(ingestor, config, io, force === true);
    const report = await pollOnce(ingestor, io, force === true);
    if (report.feeds.length === 0) return 0;
    if (report.feedsOk === 0 && report.feedsSkipped > 0 && report.feedsFailed === 0) io.err("Every feed is backing off after failures; `breach-radar ingest --once --force` polls them now.");
    return report.feedsOk > 0 ? 0 : 1;
  });
}

export const command: CliCommand = { name: "ingest", run };
