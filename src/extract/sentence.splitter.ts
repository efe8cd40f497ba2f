import { MONTHS } from "../knowledge/lexicon/date.lexicon.js";
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
  /** The line (paragraph) of the body the sentence comes from; the title has none. Absent on sentences rebuilt from storage. */
  paragraph?: number;
}

/** Page furniture that is not part of the story ("Related: …", "Read more", share buttons). */
const BOILERPLATE = /^(?:(?:related(?: articles?| stories| reading| news| content)?|read (?:more|also|next)|see also|also read|more from [\w ]+|recommended(?: for you| reading)?|trending(?: now)?|most popular|latest news|tags?|categories|filed under)\s*[:|\u2013-]|(?:advertisement|share this(?: article)?|subscribe now|sign up for|follow us on|click here)\b)/i;

const LIST_MARK = /^\s*(?:[-*\u2022\u00b7\u25aa\u25cf\u2013\u2014>]|\d{1,2}[.)])\s+/;
const ABBREV = /(?:^|[\s(])(?:mr|mrs|ms|dr|st|no|inc|ltd|co|corp|vs|etc|e\.g|i\.e|u\.s|u\.k|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|approx|ca|bzw|z\.b|ggf|sig|mme|mio|mrd|tsd|mill|bn|nr|inkl|u\.a|d\.h)\.$/i;
const INITIAL = /(?:^|[\s.(])\p{Lu}\.$/u;

/** "am 27. Februar", "3. März 2025": a day number with a dot before a month name is not a sentence end. */
function ordinalDate(line: string, dotEnd: number, nextStart: number): boolean {
  if (!/(?:^|\s)\d{1,2}\.$/.test(line.slice(Math.max(0, dotEnd - 4), dotEnd))) return false;
  const word = fold(/^[\p{L}]+/u.exec(line.slice(nextStart))?.[0] ?? "");
  return word in MONTHS;
}

/** Splits one line of prose into sentences at . ! ? followed by a capital, digit or quote. */
function splitLine(line: string): string[] {
  const out: string[] = [];
  const re = /[.!?]["'\u201d\u2019)\]]*\s+(?=["'\u201c\u2018(\[]?[\p{Lu}\d])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const end = m.index + 1;
    const tail = line.slice(Math.max(start, end - 8), end);
    if (ABBREV.test(tail) || INITIAL.test(tail) || ordinalDate(line, end, m.index + m[0].length)) continue;
    out.push(line.slice(start, m.index + m[0].trimEnd().length).trim());
    start = m.index + m[0].length;
  }
  const rest = line.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

function makeSentence(index: number, text: string, isTitle: boolean, heading: string | null, isListItem: boolean, paragraph?: number): Sentence {
  return { index, text, folded: fold(text), isTitle, heading, isListItem, ...(paragraph !== undefined ? { paragraph } : {}) };
}

/** Title first (when given), then the body's lines and sentences; list items keep their heading. */
export function splitSentences(title: string | null, body: string): Sentence[] {
  const sentences: Sentence[] = [];
  const cleanTitle = title?.trim() ?? "";
  if (cleanTitle) sentences.push(makeSentence(0, cleanTitle, true, null, false));
  let heading: string | null = null;
  let first = true;
  let paragraph = -1;
  for (const rawLine of body.split(/\r?\n/)) {
    const line = rawLine.replace(/\s+/g, " ").trim();
    if (!line || BOILERPLATE.test(line)) continue;
    if (first && cleanTitle && line === cleanTitle) {
      first = false;
      continue;
    }
    first = false;
    paragraph++;
    const isListItem = LIST_MARK.test(rawLine) || (heading !== null && line.length < 90 && !/[.!?]$/.test(line));
    const text = line.replace(LIST_MARK, "");
    if (!isListItem) heading = null;
    for (const part of isListItem ? [text] : splitLine(text)) {
      sentences.push(makeSentence(sentences.length, part, false, isListItem ? heading : null, isListItem, paragraph));
    }
    if (/:\s*$/.test(line) && line.length < 200) heading = fold(line);
  }
  return sentences;
}
