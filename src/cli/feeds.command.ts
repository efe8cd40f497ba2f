import { loadConfig, type Config } from "../config.js";
import { isBreachRadarError } from "../domain/errors.js";
import { createLogger } from "../logger.js";
import { createIngestor } from "../ingest/index.js";
import { withStore } from "./cli.store.js";
import type { FeedRecord, Store } from "../store/store.port.js";
import { parseUserUrl } from "../ingest/feed-url.check.js";
import { parseArgs, USAGE_ERROR } from "./cli.args.js";
import { CLI_SPECS } from "./cli.specs.js";
import type { CliCommand, CliIO } from "./command.js";
import { clean, nextTryText } from "./poll.progress.js";

const USAGE = `Usage: breach-radar ${CLI_SPECS.feeds.usage}`;

const when = (d: Date | null) => (d ? d.toISOString().replace(/\.\d+Z$/, "Z") : "never");

function describe(feed: FeedRecord, now: Date): string {
  const state = feed.enabled ? (feed.consecutiveFailures > 0 ? `failing ×${feed.consecutiveFailures}` : "ok") : "disabled";
  const next = feed.nextPollAt && feed.nextPollAt > now ? `backing off, next try ${nextTryText(feed.nextPollAt, now)}` : "next poll on schedule";
  const lines = [`${feed.url}${feed.title ? `  (${feed.title})` : ""}`, `    ${state} · last success ${when(feed.lastSuccessAt)} · ${next}`];
  if (feed.lastError) lines.push(`    last error: ${feed.lastError}`);
  return clean(lines.join("\n"));
}

/** With FEEDS set, the table is rebuilt from it at every start: changing it here would be silently undone. */
function refuseUnderFeeds(config: Config, action: string, io: CliIO): number | null {
  if (!config.FEEDS) return null;
  io.err(`FEEDS is set, so it is the feed list (applied at every start and ingest): ${action} the URL in FEEDS instead.`);
  return 1;
}

async function add(store: Store, config: Config, raw: string, io: CliIO): Promise<number> {
  const ingestor = createIngestor({ store, config, logger: createLogger("silent") });
  try {
    const outcome = await ingestor.addFeed(raw);
    const url = clean(outcome.feed.url);
    if (outcome.status === "duplicate") io.out(`Already a feed (duplicate, nothing changed): ${url}`);
    else if (outcome.status === "re-enabled") io.out(`Re-enabled feed ${url}`);
    else io.out(`Added feed ${url}${outcome.note ? `\n  note: ${clean(outcome.note)}` : ""}`);
    return 0;
  } catch (error) {
    if (isBreachRadarError(error, "INVALID_INPUT") || isBreachRadarError(error, "FETCH_BLOCKED")) {
      io.err(clean(`[${error.code}] ${error.message}`));
      return 1;
    }
    throw error;
  }
}

async function runAction(store: Store, config: Config, action: string, arg: string | undefined, io: CliIO): Promise<number> {
  if (action === "list") {
    const feeds = await store.listFeeds();
    const now = new Date();
    io.out(feeds.length ? feeds.map((f) => describe(f, now)).join("\n") : "No feeds configured (the defaults, or FEEDS, are applied at the next `ingest` or `start`).");
    return 0;
  }
  if (action !== "add" && action !== "remove") {
    io.err(`Unknown action: ${clean(action.slice(0, 60))}\n${USAGE}`);
    return USAGE_ERROR;
  }
  if (!arg) {
    io.err(`feeds ${action} needs a URL\n${USAGE}`);
    return USAGE_ERROR;
  }
  const refused = refuseUnderFeeds(config, action === "add" ? "add" : "remove", io);
  if (refused !== null) return refused;
  if (action === "add") return add(store, config, arg, io);
  const url = parseUserUrl(arg).href;
  const removed = await store.removeFeed(url);
  if (removed) io.out(`Removed feed ${clean(url)}`);
  else io.err(`No such feed: ${clean(url)}`);
  return removed ? 0 : 1;
}

export const command: CliCommand = {
  name: "feeds",
  async run(args, io) {
    const parsed = parseArgs(CLI_SPECS.feeds, args);
    if ("error" in parsed || parsed.positionals.length > 2) {
      io.err(`${"error" in parsed ? parsed.error : "Too many arguments"}\n${USAGE}`);
      return USAGE_ERROR;
    }
    const [action = "list", arg] = parsed.positionals;
    const config = loadConfig();
    return withStore(config, createLogger(config.LOG_LEVEL).child({ part: "store" }), (store) => runAction(store, config, action, arg, io));
  },
};
