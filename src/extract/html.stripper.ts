/** HTML → readable text in linear time: drops script/style/nav/head blocks and tags, decodes entities. */

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "\u2019", lsquo: "\u2018", rdquo: "\u201d", ldquo: "\u201c", ndash: "\u2013", mdash: "\u2014",
  hellip: "\u2026", eacute: "\u00e9", egrave: "\u00e8", agrave: "\u00e0", ouml: "\u00f6", uuml: "\u00fc", auml: "\u00e4", szlig: "\u00df", ccedil: "\u00e7", euro: "\u20ac", pound: "\u00a3", copy: "\u00a9",
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : " ";
    }
    return NAMED[code.toLowerCase()] ?? all;
  });
}

const DROP_TAGS = ["script", "style", "noscript", "nav", "header", "footer", "aside", "svg", "iframe", "template", "form", "head"];
const DROP_OPEN = new RegExp(`<(${DROP_TAGS.join("|")})\\b`, "gi");

/** Removes whole blocks (scripts, navigation…) in one left-to-right pass; an unclosed block drops the rest. */
function dropBlocks(html: string): string {
  const lower = html.toLowerCase();
  let out = "";
  let pos = 0;
  DROP_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DROP_OPEN.exec(lower))) {
    if (m.index < pos) continue;
    out += html.slice(pos, m.index) + " ";
    const close = lower.indexOf(`</${m[1]}`, m.index + 1);
    if (close < 0) return out;
    const end = lower.indexOf(">", close);
    pos = end < 0 ? html.length : end + 1;
    DROP_OPEN.lastIndex = pos;
  }
  return out + html.slice(pos);
}
const BLOCK_TAG = /<\/?(?:p|div|br|h[1-6]|li|ul|ol|tr|table|section|article|blockquote|pre|hr|title)\b[^>]*>/gi;

/** True when the text looks like an HTML document or fragment. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<head[\s>]/.test(head) || (text.match(/<\/?(?:p|div|span|a|br|script)\b/gi)?.length ?? 0) > 5;
}

/** The page title (`<title>` or first `<h1>`), decoded, or null. */
export function htmlTitle(html: string): string | null {
  const m = /<title[^>]*>([\s\S]{1,500}?)<\/title>/i.exec(html) ?? /<h1[^>]*>([\s\S]{1,500}?)<\/h1>/i.exec(html);
  return m ? decodeEntities(m[1]!.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim() || null : null;
}

/** Removes `<!-- … -->` comments in one pass; an unclosed comment drops the rest. */
function dropComments(html: string): string {
  let out = "";
  let pos = 0;
  for (;;) {
    const open = html.indexOf("<!--", pos);
    if (open < 0) return out + html.slice(pos);
    out += html.slice(pos, open) + " ";
    const close = html.indexOf("-->", open + 4);
    if (close < 0) return out;
    pos = close + 3;
  }
}

/** The `<article>` element when the page has one, else the whole page (indexOf, not a backtracking regex). */
function articlePart(html: string): string {
  const lower = html.toLowerCase();
  const start = lower.search(/<article[\s>]/);
  const end = lower.lastIndexOf("</article>");
  return start >= 0 && end > start ? html.slice(start, end + 10) : html;
}

export function htmlToText(html: string): string {
  return decodeEntities(
    dropBlocks(dropComments(articlePart(html)))
      .replace(BLOCK_TAG, "\n")
      .replace(/<[^>]{0,2000}>/g, " "),
  )
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}

/** Publication date from meta tags, JSON-LD or a <time datetime>, as YYYY-MM-DD, else null. */
export function htmlPublished(html: string): string | null {
  const head = html.slice(0, 300_000);
  const m =
    /(?:article:published_time|datePublished|pubdate|publish(?:ed)?[-_]?date|dc\.date)["']?\s*(?:content\s*=\s*|:\s*)["'](\d{4}-\d{2}-\d{2})/i.exec(head) ??
    /<time[^>]{0,200}datetime=["'](\d{4}-\d{2}-\d{2})/i.exec(head);
  return m?.[1] ?? null;
}
