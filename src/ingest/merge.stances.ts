import { stanceStrength, strongerStance, type CountUnit, type Stance } from "../domain/evidence.js";
import { elementKey, stanceKey, type CountFigure, type FactStances } from "../domain/fact-stance.js";
import type { FactField } from "../domain/incident.js";
import type { IncidentWrite } from "../store/store.port.js";
import type { SourcedFact } from "./merge.evidence.js";

type MergedIncident = IncidentWrite["incident"];

/** The incident's value of each scalar fact field. */
const SCALARS: { field: FactField; value: (i: MergedIncident) => unknown }[] = [
  { field: "victimGroup", value: (i) => i.victimGroup },
  { field: "sector", value: (i) => i.sector },
  { field: "thirdParty", value: (i) => i.thirdParty },
  { field: "vendor", value: (i) => i.vendor },
  { field: "vector", value: (i) => i.vector },
  { field: "affectedCount", value: (i) => i.affectedCount },
  { field: "detected", value: (i) => i.detectedAt },
  { field: "disclosed", value: (i) => i.disclosedAt },
];

/** Each list field's elements on the incident. */
const LISTS: { field: FactField; values: (i: MergedIncident) => unknown[] }[] = [
  { field: "victims", values: (i) => i.victims },
  { field: "exposed", values: (i) => i.exposed },
  { field: "notExposed", values: (i) => i.notExposed },
  { field: "actors", values: (i) => i.actors },
  { field: "regulators", values: (i) => i.regulators },
];

const sameScalar = (a: unknown, b: unknown): boolean => a === b || (a !== null && b !== null && String(a) === String(b));

/** The strongest stance among facts; a value with no fact behind it was derived by the program. */
function strongest(facts: SourcedFact[], fallback: Stance): Stance {
  return facts.length === 0 ? fallback : facts.map((f) => f.stance).reduce(strongerStance);
}

/**
 * How sure the record is of each value the merged incident holds: the strongest stance of the
 * current facts that give that value. A value no current fact gives (a disclosure date taken from
 * the article's date) is "inferred". Pure.
 */
export function recordStances(incident: MergedIncident, facts: SourcedFact[]): FactStances {
  const out: FactStances = {};
  for (const { field, value } of SCALARS) {
    const v = value(incident);
    if (v === null || v === undefined) continue;
    out[stanceKey(field)] = strongest(facts.filter((f) => f.field === field && sameScalar(f.value, v)), "inferred");
  }
  for (const { field, values } of LISTS) {
    for (const v of values(incident)) {
      const key = elementKey(v);
      const backing = facts.filter((f) => f.field === field && elementKey(f.value) === key);
      out[stanceKey(field, v)] = strongest(backing, field === "notExposed" ? "denied" : "inferred");
    }
  }
  return out;
}

/** People are what "how many are affected" asks about; records are not people. */
const UNIT_RANK: Record<CountUnit, number> = { people: 3, unknown: 2, accounts: 1, records: 0 };

const unitOf = (f: SourcedFact): CountUnit => f.unit ?? "unknown";
const time = (d: Date | null): number => d?.getTime() ?? 0;

/** Every current count figure: one per value and unit, with its strongest stance and its sources. Largest first. */
export function countFigures(facts: SourcedFact[]): CountFigure[] {
  const figures = new Map<string, CountFigure & { date: number }>();
  for (const f of facts) {
    if (f.field !== "affectedCount" || typeof f.value !== "number") continue;
    const key = `${f.value}|${unitOf(f)}`;
    const known = figures.get(key);
    if (!known) {
      figures.set(key, { value: f.value, unit: unitOf(f), stance: f.stance, speaker: f.speaker ?? null, sources: [f.url], date: time(f.date) });
      continue;
    }
    if (!known.sources.includes(f.url)) known.sources.push(f.url);
    if (stanceStrength(f.stance) > stanceStrength(known.stance)) Object.assign(known, { stance: f.stance, speaker: f.speaker ?? known.speaker });
    known.date = Math.max(known.date, time(f.date));
  }
  return [...figures.values()]
    .sort((a, b) => b.value - a.value || a.unit.localeCompare(b.unit))
    .map(({ date: _date, ...figure }) => figure);
}

/**
 * The figure an incident's "affected" count shows: the surest (confirmed before reported before
 * claimed), then a count of people before one of records, then the most recent source.
 */
export function headlineFigure(facts: SourcedFact[]): { value: number; stance: Stance; unit: CountUnit } | null {
  let best: SourcedFact | null = null;
  const rank = (f: SourcedFact): number[] => [stanceStrength(f.stance), UNIT_RANK[unitOf(f)], time(f.date)];
  for (const f of facts) {
    if (f.field !== "affectedCount" || typeof f.value !== "number") continue;
    if (!best) { best = f; continue; }
    const [a, b] = [rank(f), rank(best)];
    const i = a.findIndex((x, k) => x !== b[k]);
    if (i >= 0 && a[i]! > b[i]!) best = f;
  }
  return best ? { value: best.value as number, stance: best.stance, unit: unitOf(best) } : null;
}
