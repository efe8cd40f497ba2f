/** Time-zone arithmetic on top of Intl, correct across DST changes (no dependency needed). */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `timeZone` at instant `at`. */
export function localParts(at: Date, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** YYYY-MM-DD of the local calendar day at `at` in `timeZone`. */
export function localDate(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** Offset of `timeZone` from UTC at instant `at`, in minutes (e.g. +120 for Paris in summer). */
function offsetMinutes(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date` `hh:mm`.
 * Like Temporal's "compatible" disambiguation: a time skipped by a spring-forward change is
 * shifted forward by the gap (02:30 → 03:30); a time repeated by a fall-back change resolves
 * to its first occurrence.
 */
export function zonedInstant(date: string, hhmm: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = hhmm.split(":").map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // Two candidate offsets: the ones in force a day before and a day after cover any DST edge.
  const candidates = [...new Set([offsetMinutes(new Date(wall - 86_400_000), timeZone), offsetMinutes(new Date(wall + 86_400_000), timeZone)])]
    .map((off) => wall - off * 60_000)
    .filter((t) => { const p = localParts(new Date(t), timeZone); return p.hour === hh && p.minute === mm && p.day === d; })
    .sort((a, b) => a - b);
  if (candidates.length > 0) return new Date(candidates[0]!);
  // Skipped wall time (spring forward): read it with the offset in force before the jump.
  const before = offsetMinutes(new Date(wall - 86_400_000), timeZone);
  return new Date(wall - before * 60_000);
}

/** Adds `days` to a YYYY-MM-DD calendar date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The most recent scheduled digest occurrence at or before `now`: its local date and instant.
 * After downtime this is still ONE occurrence (today's, or yesterday's if today's time is not yet due).
 */
export function latestDueOccurrence(now: Date, hhmm: string, timeZone: string): { date: string; at: Date } {
  const today = localDate(now, timeZone);
  const todayAt = zonedInstant(today, hhmm, timeZone);
  if (todayAt.getTime() <= now.getTime()) return { date: today, at: todayAt };
  const yesterday = addDays(today, -1);
  return { date: yesterday, at: zonedInstant(yesterday, hhmm, timeZone) };
}
