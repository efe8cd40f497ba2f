import type { Article } from "../domain/incident.js";
import { htmlPublished, htmlTitle, htmlToText, looksLikeHtml } from "./html.stripper.js";

const HEADER_LINE = /^(url|title|published|outlet|date|source):[ \t]*(.*)$/i;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Corpus format: `key: value` header lines, a blank line, then the body. Returns null when absent. */
function parseHeader(text: string): { header: Record<string, string>; body: string } | null {
  const lines = text.split(/\r?\n/);
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && i < 12; i++) {
    const line = lines[i] ?? "";
    if (!line.trim()) break;
    const m = HEADER_LINE.exec(line.trim());
    if (!m) return null;
    header[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  if (!Object.keys(header).length) return null;
  return { header, body: lines.slice(i + 1).join("\n") };
}

const known = (v: string | undefined) => (v && v.toLowerCase() !== "unknown" ? v : null);

/** A date from the URL path (/2025/07/10/ or -20250710) when the header has none. */
function dateFromUrl(url: string | null): string | null {
  const m = url ? /\/(20\d{2})[/-](\d{2})[/-](\d{2})(?:\/|-|$)/.exec(url) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Parses a corpus-format file, an HTML page or plain text into an Article. */
export function parseArticleFile(text: string, fileName: string): Article {
  const clean = text.replace(/^\ufeff/, "").replace(/\u0000/g, "");
  const parsed = parseHeader(clean);
  let body = parsed ? parsed.body : clean;
  let title = known(parsed?.header.title);
  let htmlDate: string | null = null;
  if (looksLikeHtml(body)) {
    title ??= htmlTitle(body)?.replace(/\s+[|\u2013\u2014-]\s+[^|\u2013\u2014-]{2,40}$/, "") ?? null;
    htmlDate = htmlPublished(body);
    body = htmlToText(body);
  }
  if (!title) title = body.split(/\n/).find((l) => l.trim())?.trim().slice(0, 300) ?? null;
  const url = known(parsed?.header.url ?? parsed?.header.source);
  const published = known(parsed?.header.published ?? parsed?.header.date);
  return {
    url,
    title,
    published: published && ISO.test(published) ? published : (htmlDate ?? dateFromUrl(url)),
    outlet: known(parsed?.header.outlet) ?? (fileName ? null : null),
    body,
  };
}
