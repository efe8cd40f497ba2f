import { loadConfig } from "../config.js";
import { createLogger } from "../logger.js";
import { withStore } from "./cli.store.js";
import type { FeedRecord, Store } from "../store/store.port.js";
import { parseHttpUrl } from "../ingest/url.canonicalizer.js";
import type { CliCommand, CliIO } from "./command.js";

/** Feed titles, URLs and errors are untrusted: drop terminal control characters before printing. */
const clean = (text: string): string => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, "");

const USAGE = "Usage: breach-radar feeds list | feeds add URL | feeds remove URL";

const when = (d: Date | null) => (d ? d.toISOString().replace(/\.\d+Z$/, "Z") : "never");

function describe(feed: FeedRecord): string {
  const state = feed.enabled ? (feed.consecutiveFailures > 0 ? `failing ×${feed.consecutiveFailures}` : "ok") : "disabled";
  const lines = [`${feed.url}${feed.title ? `  (${feed.title})` : ""}`, `    ${state} · last success ${when(feed.lastSuccessAt)} · next poll ${feed.nextPollAt ? when(feed.nextPollAt) : "on schedule"}`];
  if (feed.lastError) lines.push(`    last error: ${feed.lastError}`);
  return clean(lines.join("\n"));
}

async function runAction(store: Store, action: string, arg: string | undefined, io: CliIO): Promise<number> {
  if (action === "list") {
    const feeds = await store.listFeeds();
    io.out(feeds.length ? feeds.map(describe).join("\n") : "No feeds configured (the defaults are added on the first `ingest` or `start`).");
    return 0;
  }
  if (!arg) {
    io.err(USAGE);
    return 2;
  }
  const url = parseHttpUrl(arg).href;
  if (action === "add") {
    const feed = await store.addFeed(url);
    io.out(`Added feed ${feed.url}`);
    return 0;
  }
  if (action === "remove") {
    const removed = await store.removeFeed(url);
    io.out(removed ? `Removed feed ${url}` : `No such feed: ${url}`);
    return removed ? 0 : 1;
  }
  io.err(`Unknown action: ${action}\n${USAGE}`);
  return 2;
}

export const command: CliCommand = {
  name: "feeds",
  usage: "feeds list|add URL|remove URL",
  summary: "Manage the news feeds that are polled",
  async run(args, io) {
    const [action = "list", arg] = args;
    const config = loadConfig();
    return withStore(config, createLogger(config.LOG_LEVEL).child({ part: "store" }), (store) => runAction(store, action, arg, io));
  },
};
