import type { Article, Extraction } from "../domain/incident.js";
import { fold, nameKey, slugify } from "./text.normalizer.js";
import { eventYearsIn } from "./date.parser.js";

import { groupOf } from "./gazetteer.matcher.js";
import { yearlessMonth } from "./yearless.dates.js";

/** Reports this close in time about the same victim are always one incident. */
const SAME_EVENT_MONTHS = 2;

const YEAR = /(?<![\d.,])((?:19[89]|20[0-4])\d)(?![\d])/g;

/** Years an article itself states: in its URL, headline or text (up to now's year), background years left out. */
function statedYears(a: Article | undefined, now: Date): number[] {
  const text = `${a?.title ?? ""} ${a?.body.slice(0, 20_000) ?? ""}`;
  const url = [...(a?.url ?? "").matchAll(YEAR)].map((m) => +m[1]!);
  return [...url, ...eventYearsIn(fold(text))].filter((y) => y <= now.getUTCFullYear());
}

/** The article has no date and names no year: any year in its dates is a guess from the clock. */
function yearIsGuess(a: Article | undefined, now: Date): boolean {
  return !a?.published && statedYears(a, now).length === 0;
}

/**
 * The date an extraction's event is anchored to: detected, else disclosed, else the article's date, else the latest year
 * it names. With no year at all, a stand-in: the clock's year with the month of its year-less date (only the month of
 * such a report is compared, see `monthOfYearGap`), never shown as a date.
 */
function eventDate(x: Extraction, a: Article | undefined, now: Date): string {
  const known = x.detected ?? x.disclosed ?? a?.published;
  if (known) return known;
  const years = statedYears(a, now);
  if (years.length) return `${Math.max(...years)}-06-15`;
  const month = yearlessMonth(x);
  return month ? `${now.getUTCFullYear()}-${String(month).padStart(2, "0")}-15` : now.toISOString().slice(0, 10);
}

const monthIndex = (iso: string) => +iso.slice(0, 4) * 12 + +iso.slice(5, 7) - 1;

interface Node {
  i: number;
  victims: Set<string>;
  month: number;
  vendor: string | null;
  vector: string | null;
  thirdParty: boolean | null;
  /** Its year is only the clock's guess (no date, no year in the article). */
  guess: boolean;
}

const differ = <T>(a: T | null, b: T | null) => a !== null && b !== null && a !== b;

/** Enough shared victims: one, or two when either report names many victims (a leak-site roundup). */
function sharesVictims(a: Node, b: Node): boolean {
  const shared = [...a.victims].filter((v) => b.victims.has(v)).length;
  const many = Math.max(a.victims.size, b.victims.size) >= 3;
  const needed = many ? Math.min(2, a.victims.size, b.victims.size) : 1;
  return shared >= needed && !(many && Math.min(a.victims.size, b.victims.size) < 2);
}

/** Nothing tells the two events apart (vector, vendor, own systems versus third-party platform). */
const compatible = (a: Node, b: Node) => !differ(a.vector, b.vector) && !differ(a.vendor, b.vendor) && !differ(a.thirdParty, b.thirdParty);

/**
 * Same incident: a shared victim and close in time; or the same year with nothing that tells the events
 * apart (a different vector, vendor, or own-systems versus third-party platform).
 */
function sameIncident(a: Node, b: Node): boolean {
  if (!sharesVictims(a, b)) return false;
  const gap = Math.abs(a.month - b.month);
  if (gap <= SAME_EVENT_MONTHS) return true;
  if (Math.floor(a.month / 12) !== Math.floor(b.month / 12)) return false;
  return compatible(a, b);
}

/** Distance in months within a year, ignoring the year (for an article whose year is a guess). */
const monthOfYearGap = (a: number, b: number) => Math.min(Math.abs((a % 12) - (b % 12)), 12 - Math.abs((a % 12) - (b % 12)));

/** Batch clustering result: a key per item, and for an item whose year was a guess the year of the incident it joined. */
export interface BatchKeys {
  keys: (string | null)[];
  /** Year of a dated report of the same incident, for items with no year of their own; null otherwise. */
  years: (number | null)[];
}

/**
 * Clusters a batch: dated reports first; then each report whose year is only a guess joins the compatible cluster
 * of the same victim (closest month of the year, then the latest); the rest cluster among themselves.
 */
export function clusterIncidents(items: Extraction[], articles: Article[], now: Date = new Date()): BatchKeys {
  const nodes: Node[] = items.map((x, i) => ({ i, victims: new Set(x.victims.map(nameKey)), month: monthIndex(eventDate(x, articles[i], now)), vendor: x.vendor, vector: x.vector, thirdParty: x.thirdParty, guess: yearIsGuess(articles[i], now) }));
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const live = nodes.filter((n) => items[n.i]!.isBreachReport);
  const dated = live.filter((n) => !n.guess);
  const undated = live.filter((n) => n.guess);
  for (const [k, a] of dated.entries()) for (const b of dated.slice(k + 1)) if (sameIncident(a, b)) parent[find(b.i)] = find(a.i);
  const joined = new Set<number>();
  for (const a of undated) {
    const best = dated.filter((b) => sharesVictims(a, b) && compatible(a, b)).sort((x, y) => monthOfYearGap(a.month, x.month) - monthOfYearGap(a.month, y.month) || y.month - x.month)[0];
    if (best) (parent[a.i] = find(best.i)), joined.add(a.i);
  }
  const rest = undated.filter((n) => !joined.has(n.i));
  for (const [k, a] of rest.entries()) for (const b of rest.slice(k + 1)) if (sameIncident(a, b)) parent[find(b.i)] = find(a.i);
  const clusters = new Map<number, number[]>();
  for (const n of live) clusters.set(find(n.i), [...(clusters.get(find(n.i)) ?? []), n.i]);
  return nameClusters([...clusters.values()], items, nodes);
}

/** Keys for clusters: "<base>-<yyyy>", or "<base>-<yyyy>-<mm>" when the same base and year hold several events. */
function nameClusters(groups: number[][], items: Extraction[], nodes: Node[]): BatchKeys {
  const keys: (string | null)[] = items.map(() => null);
  const years: (number | null)[] = items.map(() => null);
  const prepared = groups.map((members) => {
    const known = members.filter((m) => !nodes[m]!.guess);
    return { members, known: known.length > 0, base: clusterBase(members.map((m) => items[m]!)), month: Math.min(...(known.length ? known : members).map((m) => nodes[m]!.month)) };
  });
  const baseCount = new Map<string, number>();
  const tag = (c: { base: string; month: number }) => `${c.base}-${Math.floor(c.month / 12)}`;
  for (const c of prepared) baseCount.set(tag(c), (baseCount.get(tag(c)) ?? 0) + 1);
  for (const c of prepared) {
    const year = Math.floor(c.month / 12);
    const month = String((c.month % 12) + 1).padStart(2, "0");
    const key = (baseCount.get(tag(c)) ?? 0) > 1 ? `${c.base}-${year}-${month}` : `${c.base}-${year}`;
    for (const m of c.members) {
      keys[m] = key;
      if (c.known && nodes[m]!.guess) years[m] = year;
    }
  }
  return { keys, years };
}

/**
 * Incident keys for a batch: articles about the same incident share a key ("qantas-2025"); another
 * event at the same victim (months apart, different vector, other year) gets "<victim>-<yyyy>-<mm>".
 */
export function assignIncidentKeys(items: Extraction[], articles: Article[], now: Date = new Date()): (string | null)[] {
  return clusterIncidents(items, articles, now).keys;
}

/** Moves a date whose year was guessed into the incident's year ("23 June" in an undated article → the dated reports' year). */
export function withIncidentYear(date: string | null, year: number | null): string | null {
  if (!date || year === null) return date;
  const moved = `${year}${date.slice(4)}`;
  return Number.isNaN(Date.parse(`${moved}T00:00:00Z`)) || new Date(`${moved}T00:00:00Z`).toISOString().slice(0, 10) !== moved ? date : moved;
}

/** Slug for a cluster: its group when several victims share one, else its most named victim. */
function clusterBase(xs: Extraction[]): string {
  const group = xs.map((x) => x.victimGroup).find((g) => g && xs.some((x) => x.victims.length > 1));
  if (group) return slugify(group);
  const multi = xs.find((x) => x.victims.length > 1);
  const shared = multi && new Set(multi.victims.map(groupOf));
  if (shared?.size === 1 && [...shared][0]) return slugify([...shared][0] as string);
  const tally = new Map<string, number>();
  for (const x of xs) for (const v of x.victims) tally.set(v, (tally.get(v) ?? 0) + 1);
  const best = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
  return slugify(best ?? "unknown");
}

/** Key for a single extraction on its own (no batch context). */
export function incidentKeyOf(x: Extraction, a: Article, now: Date = new Date()): string | null {
  return assignIncidentKeys([x], [a], now)[0] ?? null;
}
