/**
 * First start on an empty store: poll the feeds once, showing per-feed progress on a terminal (or
 * debug log lines without one), and load the bundled offline sample when no feed is reachable.
 */
import type { Config } from "../src/config.js";
import type { Ingestor, PollOptions } from "../src/ingest/index.js";
import type { Logger } from "../src/logger.js";
import type { Store } from "../src/store/store.port.js";
import { pollSummary, progressPrinter } from "../src/cli/poll.progress.js";

export interface FirstRunDeps {
  store: Store;
  ingestor: Ingestor;
  config: Pick<Config, "OFFLINE_SAMPLE">;
  logger: Logger;
  /** Writes one progress line to the terminal; null without a terminal (progress goes to debug logs). */
  write: ((line: string) => void) | null;
  /** Aborted at shutdown: no further feed is started. */
  signal?: AbortSignal;
  /** How often a terminal is told which feeds are still being waited for (ms). */
  tickMs?: number;
}

/** Per-feed progress as debug log lines (no terminal). */
function loggedProgress(logger: Logger): PollOptions & { stop(): void } {
  return {
    onStart: (feeds) => logger.debug("first run: reading feeds", { feeds }),
    onFeedDone: ({ done, total, result }) =>
      logger.debug("first run: feed done", { feed: `${done} of ${total}`, url: result.url, status: result.status, articles: result.processed, newIncidents: result.newIncidents.length, error: result.error }),
    stop: () => undefined,
  };
}

/** Returns the line to show the user (null when the store already had data), never throws. */
export async function firstRunData(deps: FirstRunDeps): Promise<string | null> {
  const { store, ingestor, config, logger } = deps;
  try {
    if ((await store.countIncidents()) > 0 || config.OFFLINE_SAMPLE === "never") return null;
    if (config.OFFLINE_SAMPLE === "auto") {
      const progress = deps.write ? progressPrinter(deps.write, { tickMs: deps.tickMs ?? 5_000 }) : loggedProgress(logger);
      const report = await ingestor.pollAllFeeds({ ...progress, signal: deps.signal }).finally(() => progress.stop());
      const count = await store.countIncidents();
      const summary = `First run: ${pollSummary(report)}; ${count} incidents in the store.`;
      if (report.feedsOk > 0 || count > 0) {
        logger.info("first run done", { summary });
        return summary;
      }
      if (deps.signal?.aborted) return null;
      logger.warn("no news feed reachable on first start; loading the bundled offline sample", { failed: report.feedsFailed });
    }
    const loaded = await ingestor.loadOfflineSample();
    const note = `No news feed was reachable, so the bundled offline sample was loaded: ${loaded.incidents} incidents written by the Breach Radar team from public reporting (outlet "Breach Radar sample"), not live news.`;
    logger.info("offline sample loaded", { incidents: loaded.incidents, note });
    return note;
  } catch (error) {
    if (deps.signal?.aborted) {
      logger.debug("first-run data load cut short by shutdown", { error });
      return null;
    }
    logger.error("first-run data load failed", { error });
    return "Could not load first-run data; see the log.";
  }
}
