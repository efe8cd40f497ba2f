import type { Stance } from "../../src/domain/evidence.js";
import { stanceKey, type CountFigure, type FactStances } from "../../src/domain/fact-stance.js";
import type { Fact, FactField, IncidentDetail, Source } from "../../src/domain/incident.js";
import type { SourceTextRecord } from "../../src/store/store.port.js";
import { generateCase, type GeneratedCase } from "../advise/incident.generator.js";

const STANCES: readonly Stance[] = ["confirmed", "reported", "claimed", "inferred"];

/** A generated incident with a stance on every value, two sources, facts quoting their texts, and those texts. */
export interface StancedCase extends GeneratedCase {
  detail: IncidentDetail;
  texts: SourceTextRecord[];
}

const SOURCES: Source[] = [
  { id: "s1", url: "https://news.example.test/first", outlet: "Reuters", title: "First report", publishedAt: new Date("2025-07-02T08:00:00Z"), language: "en", contentHash: "h1", fetchedAt: new Date("2026-12-04T09:00:00Z"), incidentId: "example-2025-01" },
  { id: "s2", url: "https://news.example.test/second", outlet: "The Record", title: "Second report", publishedAt: new Date("2025-07-09T08:00:00Z"), language: "en", contentHash: "h2", fetchedAt: new Date("2026-12-04T09:05:00Z"), incidentId: "example-2025-01" },
];

/** Invented sentences the generated facts quote, plus ones that mention data no fact records. */
const BACKGROUND = ["Home addresses were stored on the same system, one person said.", "Customers were told to watch for suspicious calls."];

/** Gives every value of a generated incident a random stance and the facts and texts behind it. */
export function generateStancedCase(rnd: () => number): StancedCase {
  const base = generateCase(rnd);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const i = { ...base.incident, notExposed: base.incident.notExposed.filter((c) => !base.incident.exposed.includes(c)), detectedAt: rnd() < 0.5 ? "2025-06-30" : null };
  const stances: FactStances = {};
  const lines: string[][] = [["First report"], ["Second report"]];
  const facts: Fact[] = [];
  const add = (field: FactField, value: unknown, stance: Stance, extra: Partial<Fact> = {}) => {
    stances[stanceKey(field, value)] ??= stance;
    const src = pick([0, 1]);
    const text = `Sentence ${facts.length} says ${field} is ${typeof value === "object" ? JSON.stringify(value) : String(value)}.`;
    const start = lines[src]!.join("\n").length + 1;
    lines[src]!.push(text);
    const speaker = stance === "confirmed" ? i.victims[0]! : stance === "claimed" ? "the hackers" : null;
    facts.push({ id: `f${facts.length}`, incidentId: i.id, field, value, sourceId: SOURCES[src]!.id, seenAt: SOURCES[src]!.fetchedAt, publishedAt: SOURCES[src]!.publishedAt, current: true, stance, speaker, unit: null, quotes: [{ text, start, end: start + text.length }], ...extra });
  };
  for (const v of i.victims) add("victims", v, pick(STANCES));
  add("sector", i.sector, "inferred");
  if (i.vendor) add("vendor", i.vendor, pick(STANCES));
  if (i.vector) add("vector", i.vector, pick(STANCES));
  if (i.thirdParty !== null) add("thirdParty", i.thirdParty, pick(STANCES));
  for (const c of i.exposed) add("exposed", c, pick(STANCES));
  for (const c of i.notExposed) add("notExposed", c, "denied");
  for (const a of i.actors) add("actors", a, pick(STANCES));
  for (const r of i.regulators) add("regulators", r, pick(STANCES));
  if (i.detectedAt) add("detected", i.detectedAt, pick(STANCES));
  if (i.disclosedAt) add("disclosed", i.disclosedAt, pick(STANCES));
  const counts: CountFigure[] = [];
  if (i.affectedCount !== null) {
    const stance = pick(STANCES);
    add("affectedCount", i.affectedCount, stance, { unit: "people" });
    counts.push({ value: i.affectedCount, unit: "people", stance, speaker: null, sources: [SOURCES[0]!.url] });
    if (rnd() < 0.4) {
      const claim = i.affectedCount * 3;
      add("affectedCount", claim, "claimed", { unit: "records", speaker: "the hackers" });
      counts.unshift({ value: claim, unit: "records", stance: "claimed", speaker: "the hackers", sources: [SOURCES[1]!.url] });
    }
  }
  lines[0]!.push(...BACKGROUND);
  const detail: IncidentDetail = { ...i, stances, counts, firstReportedAt: SOURCES[0]!.publishedAt, lastReportedAt: SOURCES[1]!.publishedAt, sources: SOURCES, facts, changes: [], campaign: null };
  return { ...base, incident: detail, detail, texts: lines.map((l, k) => ({ sourceId: SOURCES[k]!.id, text: l.join("\n") })) };
}
