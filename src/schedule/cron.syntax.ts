/**
 * Cron expressions as the scheduler (node-cron) reads them, checked without node-cron so that the
 * one config schema can reject a bad FEED_POLL_CRON at start-up with the variable's name, and the
 * stand-alone `ingest` loop can tell when the next poll is due.
 *
 * Supported: 5 fields (minute hour day-of-month month day-of-week) or 6 (seconds first); `*`,
 * numbers, ranges `a-b`, steps `* /n` and `a-b/n`, lists `a,b`, `?` in the day fields, month and
 * week-day names (jan…dec, sun…sat, also in full), and the nicknames below. Not supported (refused
 * with a message): `L`, `W` and `#` forms.
 */

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  /** Names allowed in place of numbers (index + min, or an explicit value). */
  names?: Record<string, number>;
  /** Accepts `?` as "any". */
  question?: boolean;
}

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const nameTable = (names: string[], first: number): Record<string, number> =>
  Object.fromEntries(names.flatMap((n, i) => [[n, i + first], [n.slice(0, 3), i + first]]));

/** The six fields, seconds first (a 5-field expression gets seconds = 0). */
const FIELDS: FieldSpec[] = [
  { name: "second", min: 0, max: 59 },
  { name: "minute", min: 0, max: 59 },
  { name: "hour", min: 0, max: 23 },
  { name: "day of month", min: 1, max: 31, question: true },
  { name: "month", min: 1, max: 12, names: nameTable(MONTHS, 1) },
  { name: "day of week", min: 0, max: 7, names: nameTable(WEEKDAYS, 0), question: true },
];

/** node-cron's nicknames. */
export const CRON_NICKNAMES: Record<string, string> = {
  "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
};

/** A parsed expression: the allowed values of each field (day of week 7 folded into 0). */
export interface CronSchedule {
  seconds: Set<number>;
  minutes: Set<number>;
  hours: Set<number>;
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  /** Both day fields restricted: cron matches a day when EITHER matches. */
  dayOr: boolean;
}

export type CronParse = { ok: true; schedule: CronSchedule } | { ok: false; error: string };

function value(text: string, spec: FieldSpec): number | string {
  const named = spec.names?.[text.toLowerCase()];
  if (named !== undefined) return named;
  if (!/^\d+$/.test(text)) return `"${text}" is not a number${spec.names ? " or a name" : ""}`;
  const n = Number(text);
  return n < spec.min || n > spec.max ? `${n} is outside ${spec.min}–${spec.max}` : n;
}

/** One comma-separated item: `*`, `?`, `n`, `a-b`, each with an optional `/step`. */
function expandItem(item: string, spec: FieldSpec, out: Set<number>): string | null {
  const [range = "", stepText, extra] = item.split("/");
  if (extra !== undefined || range === "") return `"${item}" is not a valid item`;
  let step = 1;
  if (stepText !== undefined) {
    if (!/^\d+$/.test(stepText) || Number(stepText) < 1) return `step "${stepText}" must be a whole number of at least 1`;
    step = Number(stepText);
  }
  let from = spec.min;
  let to = spec.max;
  if (range === "?" && !spec.question) return `"?" is only allowed in the day fields`;
  if (range !== "*" && range !== "?") {
    const [a = "", b, more] = range.split("-");
    if (more !== undefined) return `"${range}" is not a valid range`;
    const start = value(a, spec);
    if (typeof start === "string") return start;
    const end = b === undefined ? (stepText !== undefined ? spec.max : start) : value(b, spec);
    if (typeof end === "string") return end;
    if (end < start) return `range ${range} runs backwards`;
    from = start;
    to = end;
  }
  for (let v = from; v <= to; v += step) out.add(v);
  return null;
}

function parseField(text: string, spec: FieldSpec): Set<number> | string {
  if (/[LW#]/i.test(text.replace(/[a-z]{3,}/gi, ""))) return `${spec.name} "${text}": L, W and # forms are not supported`;
  const out = new Set<number>();
  for (const item of text.split(",")) {
    const error = expandItem(item, spec, out);
    if (error) return `${spec.name}: ${error}`;
  }
  return out;
}

/** Parses a cron expression; never throws. */
export function parseCron(expression: string): CronParse {
  const resolved = CRON_NICKNAMES[expression.trim().toLowerCase()] ?? expression;
  const fields = resolved.trim().split(/\s+/).filter(Boolean);
  if (fields.length !== 5 && fields.length !== 6) {
    return { ok: false, error: `expected 5 fields (minute hour day month weekday) or 6 (with seconds first), got ${fields.length}, e.g. "*/15 * * * *"` };
  }
  const six = fields.length === 5 ? ["0", ...fields] : fields;
  const sets: Set<number>[] = [];
  for (const [i, spec] of FIELDS.entries()) {
    const parsed = parseField(six[i] ?? "", spec);
    if (typeof parsed === "string") return { ok: false, error: parsed };
    sets.push(parsed);
  }
  const [seconds, minutes, hours, daysOfMonth, months, daysOfWeek] = sets as [Set<number>, Set<number>, Set<number>, Set<number>, Set<number>, Set<number>];
  if (daysOfWeek.delete(7)) daysOfWeek.add(0);
  const restricted = (text: string | undefined) => text !== "*" && text !== "?";
  return { ok: true, schedule: { seconds, minutes, hours, daysOfMonth, months, daysOfWeek, dayOr: restricted(six[3]) && restricted(six[5]) } };
}

/** The error text for a bad expression, or null when it is valid. */
export function cronError(expression: string): string | null {
  const parsed = parseCron(expression);
  return parsed.ok ? null : parsed.error;
}

function dayMatches(s: CronSchedule, d: Date): boolean {
  const dom = s.daysOfMonth.has(d.getUTCDate());
  const dow = s.daysOfWeek.has(d.getUTCDay());
  return s.dayOr ? dom || dow : dom && dow;
}

/**
 * The first time strictly after `after` (UTC, whole seconds) the expression fires, searching up to
 * about four years ahead; null when it never fires (e.g. 30 February).
 */
export function nextCronTime(schedule: CronSchedule, after: Date): Date | null {
  const t = new Date(Math.floor(after.getTime() / 1000) * 1000 + 1000);
  const limit = after.getTime() + 4 * 366 * 86_400_000;
  while (t.getTime() <= limit) {
    if (!schedule.months.has(t.getUTCMonth() + 1) || !dayMatches(schedule, t)) {
      t.setUTCHours(0, 0, 0, 0);
      t.setUTCDate(t.getUTCDate() + 1);
    } else if (!schedule.hours.has(t.getUTCHours())) {
      t.setUTCMinutes(0, 0, 0);
      t.setUTCHours(t.getUTCHours() + 1);
    } else if (!schedule.minutes.has(t.getUTCMinutes())) {
      t.setUTCSeconds(0, 0);
      t.setUTCMinutes(t.getUTCMinutes() + 1);
    } else if (!schedule.seconds.has(t.getUTCSeconds())) {
      t.setUTCSeconds(t.getUTCSeconds() + 1);
    } else {
      return t;
    }
  }
  return null;
}
