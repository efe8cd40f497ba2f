import { fold } from "./text.normalizer.js";

/** One sentence (or list item / heading line) of an article. */
export interface Sentence {
  index: number;
  text: string;
  folded: string;
  isTitle: boolean;
  /** Folded text of the heading line ending in ":" that this list item belongs to, if any. */
  heading: string | null;
  isListItem: boolean;
}

const LIST_MARK = /^\s*(?:[-*\u2022\u00b7\u25aa\u25cf\u2013\u2014>]|\d{1,2}[.)])\s+/;
const ABBREV = /(?:\b(?:mr|mrs|ms|dr|st|no|inc|ltd|co|corp|vs|etc|e\.g|i\.e|u\.s|u\.k|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|ca|bzw|z\.b|ggf|sig|mme)\.|\b[A-Z]\.)$/i;

/** Splits one line of prose into sentences at . ! ? followed by a capital, digit or quote. */
function splitLine(line: string): string[] {
  const out: string[] = [];
  const re = /[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const end = m.index + 1;
    if (ABBREV.test(line.slice(Math.max(start, end - 8), end))) continue;
    out.push(line.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function makeSentence(index: number, text: string, isTitle: boolean, heading: string | null, isListItem: boolean): Sentence {
  return { index, text, folded: fold(text), isTitle, heading, isListItem };
}

/** Title first (when given), then the body's lines and sentences; list items keep their heading. */
export function splitSentences(title: string | null, body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const cleanTitle = title?.trim() ?? "";
  if (cleanTitle) sentences.push(makeSentence(0, cleanTitle, true, null, false));
  let heading: string | null = null;
  let first = true;
  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+/g, " ").trim();
    if (!line) continue;
    if (first && cleanTitle && line === cleanTitle) {
      first = false;
      continue;
    }
    first = false;
    const isListItem = LIST_MARK.test(rawLine) || (heading !== null && line.length < 90 && !/[.!?]$/.test(line));
    const text = line.replace(LIST_MARK, "");
    if (!isListItem) heading = null;
    for (const part of isListItem ? [text] : splitLine(text)) {
      sentences.push(makeSentence(sentences.length, part, false, isListItem ? heading : null, isListItem));
    }
    if (/:\s*$/.test(line) && line.length < 200) heading = fold(line);
  }
  return sentences;
}
