import { PROGRAMME_NUMBER_STOPWORDS } from "../knowledge/lexicon/data-class.lexicon.js";
import { lazy } from "./cue.compiler.js";

/** A span of a sentence naming a loyalty programme's member number ("Aeroplan number", "Starwood Preferred Guest account information"). */
export interface ProgrammeSpan {
  start: number;
  end: number;
}

const compiled = lazy(() => ({
  // One to four capitalised words (a brand name) followed by a member-number noun, on the original text.
  number: /(?<![\p{L}\d])((?:\p{Lu}[\p{L}&'’+-]*\s+){0,3}\p{Lu}[\p{L}&'’+-]*)\s+(?:(?:membership|member|account|loyalty|rewards?|card|club)\s+)?(?:numbers?|IDs?|nos?\.|account (?:information|details|numbers?)|membership (?:information|details))(?![\p{L}\d])/gu,
  stop: new Set(PROGRAMME_NUMBER_STOPWORDS),
}));

/**
 * Brand-named loyalty numbers in a sentence's original text: capitalised words before "number/ID/account information"
 * that are not a generic data word ("Social Security number", "Phone number" are left to the lexicon).
 * Offsets are valid in the folded text too (folding keeps length).
 */
export function programmeSpans(text: string): ProgrammeSpan[] {
  const c = compiled();
  const out: ProgrammeSpan[] = [];
  c.number.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.number.exec(text))) {
    const start = brandStart(m[1] ?? "", c.stop);
    if (start >= 0) out.push({ start: m.index + start, end: m.index + m[0].length });
  }
  return out;
}

/** Offset in `brand` of the first word after the last generic word ("Customers' Aeroplan" → "Aeroplan"); -1 when nothing is left. */
function brandStart(brand: string, stop: Set<string>): number {
  const re = /\S+/g;
  let start = 0;
  let last = "";
  let m: RegExpExecArray | null;
  while ((m = re.exec(brand))) {
    last = m[0].toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/['’]s?$/, "");
    if (stop.has(last)) start = m.index + m[0].length + 1;
  }
  return start >= brand.length || stop.has(last) ? -1 : start;
}
