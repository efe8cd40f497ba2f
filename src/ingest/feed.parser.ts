import { parseFeed } from "feedsmith";
import { BreachRadarError } from "../domain/errors.js";

/** One item of a feed, whatever its format. Text fields are untrusted and may hold HTML. */
export interface FeedItem {
  link: string | null;
  title: string | null;
  /** Publication (or update) time, or null when absent/unparseable. */
  published: Date | null;
  /** Full content when the feed carries it (HTML or text). */
  content: string | null;
  /** Short description/summary. */
  summary: string | null;
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "json";
  title: string | null;
  items: FeedItem[];
}

type AnyText = string | { value?: string } | undefined | null;
const text = (t: AnyText): string | null => {
  const v = typeof t === "string" ? t : t?.value;
  return v && v.trim() ? v.trim() : null;
};

function toDate(value: unknown): Date | null {
  if (typeof value !== "string" && !(value instanceof Date)) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Parses RSS 2.0, Atom, RDF or JSON Feed text into neutral items. Throws FEED_MALFORMED. */
export function parseFeedText(body: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    const trimmed = body.trim();
    parsed = parseFeed(trimmed.startsWith("{") ? JSON.parse(trimmed) : trimmed);
  } catch (cause) {
    throw new BreachRadarError("FEED_MALFORMED", `Not a valid RSS, Atom or JSON feed: ${(cause as Error).message}`, { cause });
  }
  switch (parsed.format) {
    case "rss":
    case "rdf": {
      const items = (parsed.feed.items ?? []).map((i) => ({
        link: text(i.link),
        title: text(i.title),
        published: toDate("pubDate" in i ? i.pubDate : undefined) ?? toDate(i.dc?.dates?.[0]),
        content: text(i.content?.encoded),
        summary: text(i.description),
      }));
      return { format: parsed.format, title: text(parsed.feed.title), items };
    }
    case "atom": {
      const items = (parsed.feed.entries ?? []).map((e) => {
        const links = e.links ?? [];
        const link = links.find((l) => !l.rel || l.rel === "alternate") ?? links[0];
        return {
          link: text(link?.href),
          title: text(e.title),
          published: toDate(e.published) ?? toDate(e.updated),
          content: text(e.content?.value),
          summary: text(e.summary),
        };
      });
      return { format: "atom", title: text(parsed.feed.title), items };
    }
    case "json": {
      const items = (parsed.feed.items ?? []).map((i) => ({
        link: text(i.url ?? i.external_url ?? (/^https?:/i.test(String(i.id)) ? String(i.id) : undefined)),
        title: text(i.title),
        published: toDate(i.date_published) ?? toDate(i.date_modified),
        content: text(i.content_html ?? i.content_text),
        summary: text(i.summary),
      }));
      return { format: "json", title: text(parsed.feed.title), items };
    }
  }
}
