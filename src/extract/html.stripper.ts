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

const DROP_BLOCK = /<(script|style|noscript|nav|header|footer|aside|svg|iframe|template|form|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
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

export function htmlToText(html: string): string {
  const body = /<article\b[\s\S]*<\/article>/i.exec(html)?.[0] ?? html;
  return decodeEntities(
    body
      .replace(/<!--[\s\S]*?-->/g, " ")
      .replace(DROP_BLOCK, " ")
      .replace(BLOCK_TAG, "\n")
      .replace(/<[^>]{0,2000}>/g, " "),
  )
    .replace(/[ \t\f\v]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}
