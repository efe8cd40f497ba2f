/** Text helpers shared by the extractors. Folding keeps string length, so offsets map 1:1 between original and folded text. */

const COMBINING = /[\u0300-\u036f]/g;
const SPECIAL: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ",
  "\u00df": "s", "\u00f8": "o", "\u0142": "l", "\u00e6": "a", "\u0153": "o",
};
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out = SPECIAL[ch] ?? ch.toLowerCase().normalize("NFKD").replace(COMBINING, "");
  if (out.length !== 1) out = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  cache.set(ch, out);
  return out;
}

/** Lower-case, accent-free, ASCII quotes and dashes; same length as the input. */
export function fold(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : text[i];
    else out += foldChar(text[i] ?? "");
  }
  return out;
}

/** Slug for incident keys: "Marks & Spencer" → "marks-spencer". */
export function slugify(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "unknown";
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Comparison key for organisation names (drops "the", legal suffixes, punctuation). */
export function nameKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, " ")
    .split(" ")
    .filter((w) => w && !NAME_STOP.has(w))
    .join(" ");
}
const NAME_STOP = new Set(["the", "inc", "ltd", "plc", "limited", "corp", "corporation", "co", "sa", "ag", "se", "llc", "company", "holdings"]);

/** Word-boundary wrapper for a regex source on folded text. */
export function bounded(source: string): string {
  return `(?<![a-z0-9])(?:${source})(?![a-z0-9]|-[a-z0-9])`;
}
