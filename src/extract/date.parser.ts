import {
  DAY_ONLY, DAY_SUFFIX, LAST_WEEKDAY_AFTER, LAST_WEEKDAY_BEFORE, MONTHS, PREVIOUS_WEEK_AFTER, PREVIOUS_WEEK_BEFORE, RELATIVE_DAYS, WEEKDAYS,
} from "../knowledge/lexicon/date.lexicon.js";
import { lazy } from "./cue.compiler.js";
import { escapeRegex } from "./text.normalizer.js";

/** A date found in folded text. */
export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/**
 * Stand-in year for a day and month when neither the article's date nor its text gives a year: such dates come out as
 * "4000-MM-DD" (a leap year no article names) and the engine reports them as year-less ("--MM-DD"), never as the clock's year.
 */
export const YEAR_UNKNOWN = 4000;

/** A date found under YEAR_UNKNOWN: its "--MM-DD" form (ISO 8601 month-day), else null. */
export const monthDayOf = (iso: string | null): string | null => (iso && +iso.slice(0, 4) >= YEAR_UNKNOWN ? `--${iso.slice(5)}` : null);

/** What a date without a year (or a relative date) is resolved against. */
export interface DateRef {
  /** Published date (ISO) when known: anchors relative dates and caps inferred years. */
  published: string | null;
  /** Year for day+month dates without a year (the incident's year); YEAR_UNKNOWN when nothing gives one. */
  year: number;
  /** Without a published date: the latest possible date (the clock's today); a day+month after it goes to the year before. */
  latest?: string | undefined;
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
    dayOnly: new RegExp(DAY_ONLY, "g"),
    lastBefore: new RegExp(`(?<![a-z])(?:${LAST_WEEKDAY_BEFORE.join("|")})\\s*$`),
    lastAfter: new RegExp(`^(?:${LAST_WEEKDAY_AFTER.join("|")})(?![a-z])`),
    prevBefore: new RegExp(`(?<![a-z])(?:${PREVIOUS_WEEK_BEFORE.join("|")})\\s*(?:on\\s+|am\\s+|le\\s+|il\\s+|el\\s+)?$`),
    prevAfter: new RegExp(`^,?\\s*(?:${PREVIOUS_WEEK_AFTER.join("|")})(?![a-z])`),
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
  if (ref.year >= YEAR_UNKNOWN) {
    // No year anywhere: a weekday still names it ("Monday, 30 June"): the latest such year up to the latest possible date.
    const top = ref.latest ? +ref.latest.slice(0, 4) : null;
    if (weekday === undefined || top === null) return YEAR_UNKNOWN;
    for (let y = top; y > top - 7; y--) {
      if (valid(y, m, d) && new Date(Date.UTC(y, m - 1, d)).getUTCDay() === weekday && iso(y, m, d) <= ref.latest!) return y;
    }
    return YEAR_UNKNOWN;
  }
  if (weekday !== undefined) {
    for (let y = ref.year; y > ref.year - 7; y--) {
      if (valid(y, m, d) && new Date(Date.UTC(y, m - 1, d)).getUTCDay() === weekday && (!ref.published || iso(y, m, d) <= ref.published)) return y;
    }
  }
  const limit = ref.published ?? ref.latest;
  if (limit && iso(ref.year, m, d) > limit) return ref.year - 1;
  return ref.year;
}

function push(out: FoundDate[], y: number, m: number, d: number, start: number, end: number): void {
  if (valid(y, m, d) && !out.some((x) => start < x.end && x.start < end)) out.push({ iso: iso(y, m, d), start, end });
}

/** Days back from the published date to a weekday: a week back for "last Thursday" said on a Thursday; the previous calendar week for "Thursday of last week". */
function weekdayBack(folded: string, start: number, end: number, wd: number, pub: number): number {
  const c = compiled();
  const before = folded.slice(Math.max(0, start - 30), start);
  const after = folded.slice(end, end + 30);
  if (c.prevBefore.test(before) || c.prevAfter.test(after)) return ((pub + 6) % 7) + 7 - ((wd + 6) % 7);
  const back = (pub - wd + 7) % 7;
  return back === 0 && (c.lastBefore.test(before) || c.lastAfter.test(after.trimStart())) ? 7 : back;
}

/** Weekdays, relative words and a bare day of the month, resolved against the published date. */
function relativeDates(folded: string, published: string, out: FoundDate[]): void {
  const c = compiled();
  const pub = new Date(`${published}T00:00:00Z`).getUTCDay();
  const overlaps = (s: number, e: number) => out.some((x) => s < x.end && x.start < e);
  for (const m of folded.matchAll(c.weekday)) {
    const start = m.index! + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    const back = weekdayBack(folded, start, m.index! + m[0].length, WEEKDAYS[m[1]!]!, pub);
    if (!overlaps(start, end)) out.push({ iso: addDays(published, -back), start, end });
  }
  for (const m of folded.matchAll(c.relative)) {
    if (!overlaps(m.index!, m.index! + m[0].length)) out.push({ iso: addDays(published, RELATIVE_DAYS[m[1]!]!), start: m.index!, end: m.index! + m[0].length });
  }
  const [y, mo, d] = published.split("-").map(Number) as [number, number, number];
  for (const m of folded.matchAll(c.dayOnly)) {
    const day = +(m[1] ?? m[2]!);
    const [yy, mm] = day <= d ? [y, mo] : mo === 1 ? [y - 1, 12] : [y, mo - 1];
    if (!overlaps(m.index!, m.index! + m[0].length)) push(out, yy, mm, day, m.index!, m.index! + m[0].length);
  }
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
  if (ref.published) relativeDates(folded, ref.published, out);
  return out.sort((a, b) => a.start - b.start);
}

/** Four-digit years mentioned in the text (for the incident's year). */
export function yearsIn(folded: string): number[] {
  return [...folded.matchAll(/(?<![\d.,])(19[89]\d|20[0-4]\d)(?![\d])/g)].map((m) => +m[1]!);
}

/**
 * Words before a year that make it background, not the incident's time: the age of a group or company, how far back data
 * goes ("active since 2022", "dating back to 2017", "Rhysida emerged in 2023", "founded in 1990", "back in 2019").
 */
const BACKGROUND_BEFORE = /(?:\b(?:since|dating back to|dates back to|date back to|going back to|as far back as|as early as|back in|emerged in|appeared in|surfaced in|first (?:seen|spotted|observed|appeared|surfaced|emerged|identified|detected) in|founded in|established in|set up in|formed in|created in|launched in|in (?:business|operation) since|depuis|seit|desde|dal|dall'|fondee? en|apparue? en|gegrundet|aufgetaucht|fundad[ao] en|fondat[ao] nel|nat[ao] nel)\s+(?:(?:at least|around|about|early|late|mid-?|the (?:start|end|beginning) of|fin|debut|inizio|fine|anfang|ende|principios de|finales de)\s+)?(?:(?:in\s+)?[a-z]+\s+(?:de\s+|del\s+)?)?)$/;

/** Years of the event itself: `yearsIn` without background years (see BACKGROUND_BEFORE). */
export function eventYearsIn(folded: string): number[] {
  return [...folded.matchAll(/(?<![\d.,])(19[89]\d|20[0-4]\d)(?![\d])/g)]
    .filter((m) => !BACKGROUND_BEFORE.test(folded.slice(Math.max(0, m.index! - 50), m.index!)))
    .map((m) => +m[1]!);
}
