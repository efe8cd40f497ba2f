import { DAY_SUFFIX, MONTHS, RELATIVE_DAYS, WEEKDAYS } from "../knowledge/lexicon/date.lexicon.js";
import { lazy } from "./cue.compiler.js";
import { escapeRegex } from "./text.normalizer.js";

/** A date found in folded text. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** What a date without a year (or a relative date) is resolved against. */
export interface DateRef {
  /** Published date (ISO) when known: anchors relative dates and caps inferred years. */
  published: string | null;
  /** Year for day+month dates without a year (the incident's year). */
  year: number;
}

const alt = (o: Record<string, number>) => Object.keys(o).sort((a, b) => b.length - a.length).map(escapeRegex).join("|");

const compiled = lazy(() => {
  const month = `(${alt(MONTHS)})\\.?`;
  const wd = `(?:(${alt(WEEKDAYS)}),?\\s+(?:the\\s+)?)?`;
  return {
    iso: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    numeric: /(?<![\d.])(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})(?![\d])/g,
    dayMonth: new RegExp(`(?<![a-z0-9])${wd}(\\d{1,2})${DAY_SUFFIX}\\s+(?:de\\s+|of\\s+)?${month}(?:,?\\s+(?:de\\s+)?(\\d{4}))?(?![a-z])`, "g"),
    monthDay: new RegExp(`(?<![a-z0-9])${wd}${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:,?\\s+(\\d{4}))?`, "g"),
    weekday: new RegExp(`(?<![a-z])(?:on|last|this past|am|lunedi|il|le|el|lundi)?\\s*(${alt(WEEKDAYS)})(?:abend|morgen|nachmittag|vormittag|nacht|mittag|sabend|smorgen)?(?![a-z])`, "g"),
    relative: new RegExp(`(?<![a-z])(${alt(RELATIVE_DAYS)})(?![a-z])`, "g"),
  };
});

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function valid(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function addDays(isoDate: string, days: number): string {
  const dt = new Date(`${isoDate}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

/** Year for a day+month: the weekday when given picks the matching year; else the ref year, moved back if after publication. */
function inferYear(m: number, d: number, weekday: number | undefined, ref: DateRef): number {
  if (weekday !== undefined) {
    for (let y = ref.year; y > ref.year - 7; y--) {
      if (valid(y, m, d) && new Date(Date.UTC(y, m - 1, d)).getUTCDay() === weekday && (!ref.published || iso(y, m, d) <= ref.published)) return y;
    }
  }
  if (ref.published && iso(ref.year, m, d) > ref.published) return ref.year - 1;
  return ref.year;
}

function push(out: FoundDate[], y: number, m: number, d: number, start: number, end: number): void {
  if (valid(y, m, d) && !out.some((x) => start < x.end && x.start < end)) out.push({ iso: iso(y, m, d), start, end });
}

/** All absolute and relative dates in folded text, resolved against `ref`. */
export function findDates(folded: string, ref: DateRef): FoundDate[] {
  const c = compiled();
  const out: FoundDate[] = [];
  for (const m of folded.matchAll(c.iso)) push(out, +m[1]!, +m[2]!, +m[3]!, m.index!, m.index! + m[0].length);
  for (const m of folded.matchAll(c.numeric)) {
    const y = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!;
    push(out, y, +m[2]!, +m[1]!, m.index!, m.index! + m[0].length);
  }
  for (const m of folded.matchAll(c.dayMonth)) {
    const mon = MONTHS[m[3]!]!;
    const wd = m[1] ? WEEKDAYS[m[1]] : undefined;
    push(out, m[4] ? +m[4] : inferYear(mon, +m[2]!, wd, ref), mon, +m[2]!, m.index!, m.index! + m[0].length);
  }
  for (const m of folded.matchAll(c.monthDay)) {
    const mon = MONTHS[m[2]!]!;
    const wd = m[1] ? WEEKDAYS[m[1]] : undefined;
    push(out, m[4] ? +m[4] : inferYear(mon, +m[3]!, wd, ref), mon, +m[3]!, m.index!, m.index! + m[0].length);
  }
  if (ref.published) {
    const pub = new Date(`${ref.published}T00:00:00Z`).getUTCDay();
    for (const m of folded.matchAll(c.weekday)) {
      const back = (pub - WEEKDAYS[m[1]!]! + 7) % 7;
      const date = addDays(ref.published, -back);
      const start = m.index! + m[0].indexOf(m[1]!);
      if (!out.some((x) => start < x.end && x.start < start + m[1]!.length)) out.push({ iso: date, start, end: start + m[1]!.length });
    }
    for (const m of folded.matchAll(c.relative)) out.push({ iso: addDays(ref.published, RELATIVE_DAYS[m[1]!]!), start: m.index!, end: m.index! + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Four-digit years mentioned in the text (for the incident's year). */
export function yearsIn(folded: string): number[] {
  return [...folded.matchAll(/(?<![\d.,])(19[89]\d|20[0-4]\d)(?![\d])/g)].map((m) => +m[1]!);
}
