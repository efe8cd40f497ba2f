import type { Article, Extraction } from "../domain/incident.js";
import { nameKey, slugify } from "./text.normalizer.js";

import { groupOf } from "./gazetteer.matcher.js";

/** Reports this close in time about the same victim are always one incident. */
const SAME_EVENT_MONTHS = 2;

/** The date an extraction's event is anchored to: detected, else disclosed, else the article's date, else the latest year it names. */
function eventDate(x: Extraction, a: Article | undefined, now: Date): string {
  const known = x.detected ?? x.disclosed ?? a?.published;
  if (known) return known;
  const cap = now.getUTCFullYear();
  const years = [...`${a?.title ?? ""} ${a?.body.slice(0, 20_000) ?? ""}`.matchAll(/(?<![\d.,])(20[0-4]\d)(?![\d])/g)].map((m) => +m[1]!).filter((y) => y <= cap);
  return years.length ? `${Math.max(...years)}-06-15` : now.toISOString().slice(0, 10);
}

const monthIndex = (iso: string) => +iso.slice(0, 4) * 12 + +iso.slice(5, 7) - 1;

interface Node {
  i: number;
  victims: Set<string>;
  month: number;
  vendor: string | null;
  vector: string | null;
  thirdParty: boolean | null;
}

const differ = <T>(a: T | null, b: T | null) => a !== null && b !== null && a !== b;

/**
 * Same incident: a shared victim and close in time; or the same year with nothing that tells the events
 * apart (a different vector, vendor, or own-systems versus third-party platform).
 */
function sameIncident(a: Node, b: Node): boolean {
  const shared = [...a.victims].filter((v) => b.victims.has(v)).length;
  // A report naming many victims (a leak-site roundup) must not pull single-victim incidents together.
  const needed = Math.max(a.victims.size, b.victims.size) >= 3 ? Math.min(2, a.victims.size, b.victims.size) : 1;
  if (shared < needed || (Math.max(a.victims.size, b.victims.size) >= 3 && Math.min(a.victims.size, b.victims.size) < 2)) return false;
  const gap = Math.abs(a.month - b.month);
  if (gap <= SAME_EVENT_MONTHS) return true;
  if (Math.floor(a.month / 12) !== Math.floor(b.month / 12)) return false;
  return !differ(a.vector, b.vector) && !differ(a.vendor, b.vendor) && !differ(a.thirdParty, b.thirdParty);
}

/**
 * Incident keys for a batch: articles about the same incident share a key ("qantas-2025"); another
 * event at the same victim (months apart, different vector, other year) gets "<victim>-<yyyy>-<mm>".
 */
export function assignIncidentKeys(items: Extraction[], articles: Article[], now: Date = new Date()): (string | null)[] {
  const nodes: Node[] = items.map((x, i) => ({ i, victims: new Set(x.victims.map(nameKey)), month: monthIndex(eventDate(x, articles[i], now)), vendor: x.vendor, vector: x.vector, thirdParty: x.thirdParty }));
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < nodes.length; i++) {
    if (!items[i]!.isBreachReport) continue;
    for (let j = i + 1; j < nodes.length; j++) if (items[j]!.isBreachReport && sameIncident(nodes[i]!, nodes[j]!)) parent[find(j)] = find(i);
  }
  const clusters = new Map<number, number[]>();
  nodes.forEach((n) => items[n.i]!.isBreachReport && clusters.set(find(n.i), [...(clusters.get(find(n.i)) ?? []), n.i]));
  const keys: (string | null)[] = items.map(() => null);
  const baseCount = new Map<string, number>();
  const prepared = [...clusters.values()].map((members) => ({ members, base: clusterBase(members.map((m) => items[m]!)), month: Math.min(...members.map((m) => nodes[m]!.month)) }));
  for (const c of prepared) baseCount.set(`${c.base}-${Math.floor(c.month / 12)}`, (baseCount.get(`${c.base}-${Math.floor(c.month / 12)}`) ?? 0) + 1);
  for (const c of prepared) {
    const year = Math.floor(c.month / 12);
    const month = String((c.month % 12) + 1).padStart(2, "0");
    const key = (baseCount.get(`${c.base}-${year}`) ?? 0) > 1 ? `${c.base}-${year}-${month}` : `${c.base}-${year}`;
    for (const m of c.members) keys[m] = key;
  }
  return keys;
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
