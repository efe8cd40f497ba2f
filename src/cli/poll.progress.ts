import type { FeedPollResult, PollOptions, PollReport } from "../ingest/ingest.types.js";

/** Feed titles, URLs and errors are untrusted: drop terminal control characters before printing. */
export const clean = (text: string): string => text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "");

const shortUrl = (url: string): string => clean(url.length > 100 ? `${url.slice(0, 99)}…` : url);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "2026-12-04 17:55 UTC (in 5 min)": when a backing-off feed is tried next. */
export function nextTryText(at: Date, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.round((at.getTime() - now.getTime()) / 60_000));
  const inText = minutes < 1 ? "in under a minute" : minutes < 120 ? `in ${minutes} min` : `in ${Math.round(minutes / 60)} h`;
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC (${inText})`;
}

/** One line for a polled feed: "[3/10] URL  ok · 12 articles read, 2 new incidents (4.2 s)". */
export function feedLine(progress: { done: number; total: number; result: FeedPollResult }, ms: number | null, now = new Date()): string {
  const r = progress.result;
  const counter = `[${progress.done}/${progress.total}]`;
  const took = ms === null ? "" : ` (${(ms / 1000).toFixed(1)} s)`;
  if (r.status === "failed") {
    return `  ${counter} ${shortUrl(r.url)}  FAILED · ${clean(r.error ?? "unknown error")}${r.nextPollAt ? ` · next try ${nextTryText(r.nextPollAt, now)}` : ""}${took}`;
  }
  if (r.status === "not_modified") return `  ${counter} ${shortUrl(r.url)}  not modified since the last poll${took}`;
  const news = [plural(r.newIncidents.length, "new incident"), ...(r.updatedIncidents.length ? [`${r.updatedIncidents.length} updated`] : [])];
  return `  ${counter} ${shortUrl(r.url)}  ok · ${plural(r.items, "item")}, ${plural(r.processed, "article")} read, ${news.join(", ")}${took}`;
}

/** Feeds the poll skipped (backing off, disabled), with when each is tried next. */
export function skippedLines(report: PollReport, now = new Date()): string[] {
  return report.feeds
    .filter((f) => f.status === "backing_off" || f.status === "disabled")
    .map((f) => `  skipped ${shortUrl(f.url)}  ${f.status === "disabled" ? "disabled" : `backing off after failures · next try ${f.nextPollAt ? nextTryText(f.nextPollAt, now) : "at the next poll"}`}`);
}

/** The one-line summary of a poll. */
export function pollSummary(report: PollReport): string {
  const polled = report.feedsOk + report.feedsFailed;
  const articles = report.feeds.reduce((n, f) => n + f.processed, 0);
  const parts = [
    `${report.feedsOk} of ${polled} ${polled === 1 ? "feed" : "feeds"} read${report.feedsFailed ? ` (${report.feedsFailed} failed)` : ""}`,
    ...(report.feedsSkipped ? [`${report.feedsSkipped} skipped`] : []),
    `${plural(articles, "article")} read`,
    `${plural(report.newIncidents.length, "new incident")}, ${report.updatedIncidents.length} updated`,
    `${((report.finishedAt.getTime() - report.startedAt.getTime()) / 1000).toFixed(1)} s`,
  ];
  return parts.join(" · ");
}

/**
 * Poll options that print progress as feeds finish: "Reading N feeds…", one line per feed, and
 * (every `tickMs`) which feeds are still being waited for, so a feed that never answers is visible.
 */
export function progressPrinter(write: (line: string) => void, options: { tickMs?: number; now?: () => Date } = {}): PollOptions & { stop(): void } {
  const now = options.now ?? (() => new Date());
  const inFlight = new Map<string, number>();
  let ticker: ReturnType<typeof setInterval> | null = null;
  const tick = () => {
    if (inFlight.size === 0) return;
    const oldest = Math.min(...inFlight.values());
    const names = [...inFlight.keys()].slice(0, 3).map(shortUrl).join(", ");
    write(`  … still waiting for ${names}${inFlight.size > 3 ? ` and ${inFlight.size - 3} more` : ""} (${Math.round((Date.now() - oldest) / 1000)} s)`);
  };
  return {
    onStart(feeds) {
      write(feeds === 0 ? "No feed is due right now." : `Reading ${plural(feeds, "news feed")} (each may take up to the fetch timeout)…`);
      if (options.tickMs && feeds > 0) ticker = setInterval(tick, options.tickMs);
      ticker?.unref?.();
    },
    onFeedStart(url) {
      inFlight.set(url, Date.now());
    },
    onFeedDone(progress) {
      const started = inFlight.get(progress.result.url);
      inFlight.delete(progress.result.url);
      write(feedLine(progress, started === undefined ? null : Date.now() - started, now()));
    },
    stop() {
      if (ticker) clearInterval(ticker);
      ticker = null;
    },
  };
}
