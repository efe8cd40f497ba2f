import { strongerStance, type Evidence, type Quote, type Stance } from "../domain/evidence.js";
import { elementKey, LIST_FIELDS } from "../domain/fact-stance.js";
import type { Extraction, FactField, IncidentDetail } from "../domain/incident.js";
import type { FactInput, SourceInput } from "../store/store.port.js";

/** Stance of a value the extraction gives without evidence: never stronger than a news report. */
const DEFAULT_STANCE: Partial<Record<FactField, Stance>> = { notExposed: "denied", sector: "inferred" };
/** An actor listed as claiming the attack, without a sentence to read the stance from, is a claim. */
const defaultStance = (field: FactField, value?: unknown): Stance =>
  field === "actors" && (value as { role?: unknown } | undefined)?.role === "claimed" ? "claimed" : DEFAULT_STANCE[field] ?? "reported";

/** Does an evidence value name this fact value (an actor's name, a class, a number)? */
function sameValue(field: FactField, evidenceValue: unknown, value: unknown): boolean {
  if (LIST_FIELDS.has(field)) return elementKey(evidenceValue) === elementKey(value);
  return evidenceValue === value || String(evidenceValue) === String(value);
}

/** One fact with the evidence entries that support it merged: all their quotes, the strongest stance. */
function withEvidence(field: FactField, value: unknown, entries: Evidence[]): FactInput {
  if (entries.length === 0) return { field, value, stance: defaultStance(field, value), quotes: [], speaker: null, unit: null };
  const quotes: Quote[] = [];
  for (const e of entries) for (const q of e.quotes) if (!quotes.some((k) => k.start === q.start && k.end === q.end)) quotes.push(q);
  const best = entries.reduce((a, b) => (strongerStance(a.stance, b.stance) === a.stance ? a : b));
  return { field, value, stance: best.stance, quotes, speaker: best.speaker ?? null, unit: best.unit ?? null };
}

/** The values an extraction gives, field by field: one per list element, one per scalar. */
function valuesOf(ex: Extraction): [FactField, unknown[]][] {
  const one = (v: unknown): unknown[] => (v === null || v === undefined ? [] : [v]);
  return [
    ["victims", ex.victims], ["victimGroup", one(ex.victimGroup)], ["sector", one(ex.sector)], ["thirdParty", one(ex.thirdParty)],
    ["vendor", one(ex.vendor)], ["vector", one(ex.vector)], ["exposed", ex.exposed], ["notExposed", ex.notExposed],
    ["affectedCount", one(ex.affectedCount)], ["actors", ex.actors], ["detected", one(ex.detected)], ["disclosed", one(ex.disclosed)],
    ["regulators", ex.regulators],
  ];
}

/**
 * The facts one source reported, each with its evidence (stance, quotes, speaker, unit): one per
 * list element and scalar value, plus every further count the article gives (an attacker's claimed
 * figure beside the company's confirmed one). Pure.
 */
export function factsOf(ex: Extraction): FactInput[] {
  const evidence = ex.evidence ?? [];
  const facts: FactInput[] = [];
  const used = new Set<Evidence>();
  for (const [field, values] of valuesOf(ex)) {
    for (const value of values) {
      const entries = evidence.filter((e) => e.field === field && sameValue(field, e.value, value));
      entries.forEach((e) => used.add(e));
      facts.push(withEvidence(field, value, entries));
    }
  }
  // Further figures: counts the article gives besides its headline one.
  const extraCounts = evidence.filter((e) => e.field === "affectedCount" && !used.has(e) && typeof e.value === "number" && Number.isFinite(e.value));
  for (const value of [...new Set(extraCounts.map((e) => e.value as number))]) {
    facts.push(withEvidence("affectedCount", value, extraCounts.filter((e) => e.value === value)));
  }
  return facts;
}

/** A fact as the merge sees it: which source (canonical URL) gave it and when (event time). */
export interface SourcedFact extends FactInput {
  stance: Stance;
  url: string;
  /** The source's publication date, null when undated. */
  date: Date | null;
}

/** Facts stored before evidence existed hold whole lists: one SourcedFact per element. */
function elements(field: FactField, value: unknown): unknown[] {
  return LIST_FIELDS.has(field) && Array.isArray(value) ? value : [value];
}

/**
 * The facts current after this write: the existing incident's current facts from OTHER sources
 * (this source's earlier facts are replaced), minus those `superseded` drops, plus this source's.
 */
export function currentFacts(existing: IncidentDetail | null, source: SourceInput, fresh: FactInput[], superseded: (f: SourcedFact) => boolean = () => false): SourcedFact[] {
  const out: SourcedFact[] = [];
  const byId = new Map((existing?.sources ?? []).map((s) => [s.id, s]));
  for (const f of existing?.facts ?? []) {
    const src = f.sourceId ? byId.get(f.sourceId) : undefined;
    if (!f.current || !src || src.url === source.url) continue;
    for (const value of elements(f.field, f.value)) {
      const fact: SourcedFact = {
        field: f.field, value, stance: f.stance ?? defaultStance(f.field, value), quotes: f.quotes ?? [], speaker: f.speaker ?? null,
        unit: f.unit ?? null, url: src.url, date: src.publishedAt ?? f.publishedAt ?? null,
      };
      if (!superseded(fact)) out.push(fact);
    }
  }
  for (const f of fresh) out.push({ ...f, stance: f.stance ?? defaultStance(f.field, f.value), url: source.url, date: source.publishedAt });
  return out;
}

/**
 * The extraction a title may be written from: the platform and the way in only when a source
 * confirms them (a headline never states a reported or inferred fact as what happened).
 */
export function titleFacts(ex: Extraction): Extraction {
  const facts = factsOf(ex);
  const confirmed = (field: FactField): boolean => facts.some((f) => f.field === field && f.stance === "confirmed");
  const taken = facts.some((f) => f.field === "exposed" && (f.stance === "confirmed" || f.stance === "reported"));
  return {
    ...ex,
    vendor: confirmed("vendor") ? ex.vendor : null,
    vector: confirmed("vector") ? ex.vector : null,
    thirdParty: confirmed("thirdParty") ? ex.thirdParty : null,
    exposed: taken ? ex.exposed : [],
  };
}
