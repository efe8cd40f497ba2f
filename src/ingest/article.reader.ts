import { createHash } from "node:crypto";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

const BLOCK_TAGS = /<\/?(p|div|br|li|ul|ol|h[1-6]|section|article|blockquote|tr|table|header|footer|pre|figure|figcaption)\b[^>]*>/gi;

/** Plain text of an HTML fragment (entities decoded, block elements become line breaks). */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return normaliseText(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html.replace(BLOCK_TAGS, (m) => `\n${m}\n`)}</body></html>`);
  for (const el of [...document.querySelectorAll("script,style,noscript,template")]) el.remove();
  return normaliseText(document.body?.textContent ?? "");
}

/** Collapses runs of spaces, trims lines and drops blank-line runs. */
export function normaliseText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/[\t \u00a0]+/g, " ").trim())
    .filter((l, i, all) => l !== "" || (i > 0 && all[i - 1] !== ""))
    .join("\n")
    .trim();
}

/** sha256 of the whitespace- and case-normalised text: the same article re-served hashes the same. */
export function contentHash(text: string): string {
  const normalised = text.normalize("NFKC").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(normalised).digest("hex");
}

/** The main text of a web page (title + body) via Readability, or null when it finds no article. */
export function readMainText(html: string, url: string): { title: string | null; text: string; published: string | null } | null {
  try {
    const { document } = parseHTML(html);
    const published = pagePublished(document);
    const pageTitle = document.querySelector("title")?.textContent?.trim() || null;
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    const text = article?.content ? htmlToText(article.content) : normaliseText(article?.textContent ?? "");
    if (!text) return null;
    return { title: article?.title?.trim() || pageTitle, text, published };
  } catch {
    void url;
    return null;
  }
}

const PUBLISHED_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[itemprop="datePublished"]',
];

function pagePublished(document: { querySelector(s: string): { getAttribute(n: string): string | null } | null }): string | null {
  for (const selector of PUBLISHED_SELECTORS) {
    const value = document.querySelector(selector)?.getAttribute("content");
    const iso = value ? /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] : undefined;
    if (iso) return iso;
  }
  const time = document.querySelector("time[datetime]")?.getAttribute("datetime");
  return time ? (/^\d{4}-\d{2}-\d{2}/.exec(time)?.[0] ?? null) : null;
}
