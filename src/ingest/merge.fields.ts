import type { DataClass } from "../domain/data-class.js";
import { strongerStance, type Stance } from "../domain/evidence.js";
import { elementKey, stanceOf } from "../domain/fact-stance.js";
import { classWords, countWords, UNIT_WORDS, VECTOR_WORDS } from "../domain/field-labels.js";
import type { Conflict, Extraction, FactField, IncidentDetail } from "../domain/incident.js";
import { stancePhrase } from "../domain/stance-wording.js";
import type { FactInput, IncidentWrite, SourceInput, Supersede } from "../store/store.port.js";
import { currentFacts, type SourcedFact } from "./merge.evidence.js";
import { headlineFigure } from "./merge.stances.js";
import { ROLE_RANK, vectorsCompatible } from "./merge.rules.js";

/** The merge in progress: reconciled state, change records and superseded facts. */
export interface MergeDraft {
  incident: IncidentWrite["incident"];
  changes: IncidentWrite["changes"];
  supersedes: Supersede[];
}

export interface MergeContext {
  existing: IncidentDetail;
  extraction: Extraction;
  source: SourceInput;
  /** This source's facts, with their evidence. */
  fresh: FactInput[];
}

export const sourceName = (s: SourceInput): string => s.outlet ?? new URL(s.url).hostname;

/** This source's stance and speaker for one value (what the change text says about it). */
function saidBy(ctx: MergeContext, field: FactField, value: unknown): { stance: Stance; speaker: string | null } {
  const key = elementKey(value);
  const fact = ctx.fresh.find((f) => f.field === field && elementKey(f.value) === key);
  return { stance: fact?.stance ?? (field === "notExposed" ? "denied" : "reported"), speaker: fact?.speaker ?? null };
}

/** " (reported by The Record, not confirmed by the company)": how this source says a value. */
function per(ctx: MergeContext, field: FactField, value: unknown): string {
  const { stance, speaker } = saidBy(ctx, field, value);
  return ` (${stancePhrase(stance, { speaker, outlets: sourceName(ctx.source) })})`;
}

/**
 * Sources (by canonical URL, the source's unique identity; the new source's id is only minted
 * inside the write) whose current facts for `field` satisfy `match`, with the strongest stance they give.
 */
function sourcesSaying(ctx: MergeContext, field: FactField, match: (value: unknown) => boolean): { urls: string[]; stance: Stance | undefined } {
  const facts = currentFacts(ctx.existing, ctx.source, []).filter((f) => f.field === field && match(f.value));
  const stance = facts.length > 0 ? facts.map((f) => f.stance).reduce(strongerStance) : undefined;
  return { urls: [...new Set(facts.map((f) => f.url))], stance };
}

function addConflict(draft: MergeDraft, field: FactField, values: Conflict["values"]): void {
  const key = JSON.stringify(values.map((v) => v.value));
  const same = draft.incident.conflicts.find((c) => c.field === field && JSON.stringify(c.values.map((v) => v.value)) === key);
  if (same) {
    values.forEach((v, i) => {
      const side = same.values[i];
      if (!side) return;
      side.sourceIds.push(...v.sourceIds.filter((s) => !side.sourceIds.includes(s)));
      if (v.stance) side.stance = side.stance ? strongerStance(side.stance, v.stance) : v.stance;
    });
    return;
  }
  draft.incident.conflicts.push({ field, values });
}

const is = (item: string) => (value: unknown): boolean => elementKey(value) === item.toLowerCase();

export function mergeVictims(draft: MergeDraft, { extraction }: MergeContext): void {
  for (const victim of extraction.victims) {
    if (draft.incident.victims.some((v) => v.toLowerCase() === victim.toLowerCase())) continue;
    draft.incident.victims.push(victim);
    draft.changes.push({ kind: "field_set", field: "victims", text: `Victim added: ${victim}` });
  }
}

/** Group, sector and third-party flag: filled in when first known. */
export function mergeScalars(draft: MergeDraft, ctx: MergeContext): void {
  const { extraction } = ctx;
  const inc = draft.incident;
  if (!inc.victimGroup && extraction.victimGroup) {
    inc.victimGroup = extraction.victimGroup;
    draft.changes.push({ kind: "field_set", field: "victimGroup", text: `Parent group: ${extraction.victimGroup}` });
  }
  if (inc.sector === "other" && extraction.sector && extraction.sector !== "other") inc.sector = extraction.sector;
  if (extraction.thirdParty === true && inc.thirdParty !== true) {
    inc.thirdParty = true;
    draft.changes.push({ kind: "field_set", field: "thirdParty", text: `A third-party platform was involved${per(ctx, "thirdParty", true)}` });
  } else if (inc.thirdParty === null && extraction.thirdParty === false) {
    inc.thirdParty = false;
  }
}

function takenConflict(draft: MergeDraft, ctx: MergeContext, cls: DataClass, taken: { urls: string[]; stance?: Stance }, notTaken: { urls: string[] }, newSide: "taken" | "not taken"): void {
  addConflict(draft, "exposed", [
    { value: `${cls} taken`, sourceIds: taken.urls, ...(taken.stance ? { stance: taken.stance } : {}) },
    { value: `${cls} not taken`, sourceIds: notTaken.urls, stance: "denied" },
  ]);
  const earlier = newSide === "taken" ? "earlier stated not taken" : "earlier reported taken";
  draft.changes.push({ kind: "conflict", field: "exposed", text: `Sources disagree on ${classWords(cls)}: ${sourceName(ctx.source)} says ${newSide === "taken" ? "taken" : "not taken"}, ${earlier}` });
}

/** Union of exposed classes; "not taken" statements kept unless another source says taken (a conflict). */
export function mergeExposure(draft: MergeDraft, ctx: MergeContext): void {
  const inc = draft.incident;
  const { extraction, source } = ctx;
  for (const cls of extraction.exposed) {
    if (inc.exposed.includes(cls)) continue;
    inc.exposed.push(cls);
    draft.changes.push({ kind: "new_data_class", field: "exposed", text: `Data taken: ${classWords(cls)}${per(ctx, "exposed", cls)}` });
    const deniers = sourcesSaying(ctx, "notExposed", is(cls));
    if (inc.notExposed.includes(cls) || deniers.urls.length > 0) {
      takenConflict(draft, ctx, cls, { urls: [source.url], stance: saidBy(ctx, "exposed", cls).stance }, deniers, "taken");
    }
  }
  for (const cls of extraction.notExposed) {
    if (inc.exposed.includes(cls)) {
      if (extraction.exposed.includes(cls)) continue;
      const takers = sourcesSaying(ctx, "exposed", is(cls));
      takenConflict(draft, ctx, cls, { urls: takers.urls, stance: takers.stance ?? stanceOf(inc.stances, "exposed", cls) }, { urls: [source.url] }, "not taken");
      continue;
    }
    if (inc.notExposed.includes(cls)) continue;
    inc.notExposed.push(cls);
    const { speaker } = saidBy(ctx, "notExposed", cls);
    draft.changes.push({ kind: "not_exposed_stated", field: "notExposed", text: `Stated not taken: ${classWords(cls)} (${speaker ? `${speaker}, per ` : ""}${sourceName(source)})` });
  }
  inc.notExposed = inc.notExposed.filter((c) => !inc.exposed.includes(c));
}

/** "5.7M people", "6M records", "5.7M affected". */
const figureWords = (value: number, unit: string | null | undefined): string => `${countWords(value)} ${UNIT_WORDS[unit ?? "unknown"] ?? "affected"}`;

/**
 * Counts keep confirmed and claimed figures apart. A newer figure of the same stance revises the
 * older one (its facts are superseded); a figure of another stance is kept beside it. The incident's
 * count is the surest figure (confirmed, then reported, then claimed), people before records.
 */
export function mergeCount(draft: MergeDraft, ctx: MergeContext): void {
  const counts = ctx.fresh.filter((f) => f.field === "affectedCount" && typeof f.value === "number");
  if (counts.length === 0) return;
  const thisDate = (ctx.source.publishedAt ?? ctx.source.fetchedAt).getTime();
  const others = currentFacts(ctx.existing, ctx.source, []).filter((f) => f.field === "affectedCount");
  const revised = new Set<Stance>();
  for (const f of counts) {
    const stance = f.stance ?? "reported";
    const older = others.filter((o) => o.stance === stance && o.value !== f.value && (o.date?.getTime() ?? 0) <= thisDate);
    const newer = others.some((o) => o.stance === stance && o.value !== f.value && (o.date?.getTime() ?? 0) > thisDate);
    if (older.length > 0 && !newer) revised.add(stance);
  }
  if (revised.size > 0) draft.supersedes.push({ field: "affectedCount", stances: [...revised] });
  const after = [...others.filter((o) => !revised.has(o.stance)), ...currentFacts(null, ctx.source, counts)];
  const headline = headlineFigure(after);
  const previous = draft.incident.affectedCount;
  const previousStance = stanceOf(draft.incident.stances, "affectedCount");
  draft.incident.affectedCount = headline?.value ?? previous;
  for (const f of counts) changeForFigure(draft, ctx, f, { previous, previousStance, revised: revised.has(f.stance ?? "reported"), headline: headline?.value === f.value });
}

function changeForFigure(draft: MergeDraft, ctx: MergeContext, f: FactInput, o: { previous: number | null; previousStance: Stance; revised: boolean; headline: boolean }): void {
  const value = f.value as number;
  if (value === o.previous) return;
  const stance = f.stance ?? "reported";
  const words = `${figureWords(value, f.unit)} (${stancePhrase(stance, { speaker: f.speaker, outlets: sourceName(ctx.source) })})`;
  if (o.previous === null && o.headline) {
    draft.changes.push({ kind: "field_set", field: "affectedCount", text: `Number affected: ${words}` });
  } else if (o.headline && (o.revised || stance === o.previousStance)) {
    draft.changes.push({ kind: "count_revised", field: "affectedCount", text: `Count revised ${countWords(o.previous ?? value)} → ${words}` });
  } else if (o.headline) {
    draft.changes.push({ kind: "count_revised", field: "affectedCount", text: `Number affected now ${words}; earlier figure ${countWords(o.previous ?? value)} (${o.previousStance})` });
  } else {
    draft.changes.push({ kind: "field_set", field: "affectedCount", text: `Another figure: ${words}` });
  }
}

/** How a new actor reads by stance: named by the victim, claiming, or linked by reporting. */
const ACTOR_VERB: Record<Stance, string> = {
  confirmed: "Actor named", claimed: "Actor claims responsibility", reported: "Actor linked", inferred: "Actor inferred", denied: "Actor denied",
};

/** Union of actors, each with its strongest role (attributed > claimed > suspected). */
export function mergeActors(draft: MergeDraft, ctx: MergeContext): void {
  for (const actor of ctx.extraction.actors) {
    const known = draft.incident.actors.find((a) => a.name.toLowerCase() === actor.name.toLowerCase());
    const stance = saidBy(ctx, "actors", actor).stance;
    const text = `${ACTOR_VERB[stance]}: ${actor.name}${per(ctx, "actors", actor)}`;
    const kind = actor.role === "attributed" || stance === "confirmed" ? "actor_attributed" : "actor_added";
    if (!known) {
      draft.incident.actors.push({ ...actor });
      draft.changes.push({ kind, field: "actors", text });
    } else if (ROLE_RANK[actor.role] > ROLE_RANK[known.role]) {
      known.role = actor.role;
      draft.changes.push({ kind, field: "actors", text });
    }
  }
}

/** Vendor set when first named; a different vendor later is a conflict, never an overwrite. */
export function mergeVendor(draft: MergeDraft, ctx: MergeContext): void {
  const next = ctx.extraction.vendor;
  const current = draft.incident.vendor;
  if (!next || next === current) return;
  if (!current) {
    draft.incident.vendor = next;
    draft.changes.push({ kind: "vendor_identified", field: "vendor", text: `Vendor named: ${next}${per(ctx, "vendor", next)}` });
    return;
  }
  const earlier = sourcesSaying(ctx, "vendor", (v) => v === current);
  addConflict(draft, "vendor", [
    { value: current, sourceIds: earlier.urls, stance: earlier.stance ?? stanceOf(draft.incident.stances, "vendor") },
    { value: next, sourceIds: [ctx.source.url], stance: saidBy(ctx, "vendor", next).stance },
  ]);
  draft.changes.push({ kind: "conflict", field: "vendor", text: `Sources disagree on the vendor: ${current} (earlier) vs ${next}${per(ctx, "vendor", next)}` });
}

/** Vector set when first known; an incompatible one is recorded as a conflict. */
export function mergeVector(draft: MergeDraft, ctx: MergeContext): void {
  const next = ctx.extraction.vector;
  const current = draft.incident.vector;
  if (!next || next === current) return;
  if (!current) {
    draft.incident.vector = next;
    draft.changes.push({ kind: "field_set", field: "vector", text: `Attack vector: ${VECTOR_WORDS[next]}${per(ctx, "vector", next)}` });
  } else if (!vectorsCompatible(current, next)) {
    const earlier = sourcesSaying(ctx, "vector", (v) => v === current);
    addConflict(draft, "vector", [
      { value: current, sourceIds: earlier.urls, stance: earlier.stance ?? stanceOf(draft.incident.stances, "vector") },
      { value: next, sourceIds: [ctx.source.url], stance: saidBy(ctx, "vector", next).stance },
    ]);
    draft.changes.push({ kind: "conflict", field: "vector", text: `Sources disagree on the attack vector: ${VECTOR_WORDS[current]} (earlier) vs ${VECTOR_WORDS[next]}${per(ctx, "vector", next)}` });
  }
}

export function mergeRegulators(draft: MergeDraft, { extraction }: MergeContext): void {
  for (const regulator of extraction.regulators) {
    if (draft.incident.regulators.includes(regulator)) continue;
    draft.incident.regulators.push(regulator);
    draft.changes.push({ kind: "regulator_notified", field: "regulators", text: `Regulator or authority named: ${regulator}` });
  }
}

/** Earliest detection and disclosure dates win. */
export function mergeDates(draft: MergeDraft, ctx: MergeContext): void {
  const { detected, disclosed } = ctx.extraction;
  const inc = draft.incident;
  if (detected && (!inc.detectedAt || detected < inc.detectedAt)) {
    draft.changes.push({ kind: "field_set", field: "detected", text: `Detection date: ${detected}${inc.detectedAt ? ` (earlier reports said ${inc.detectedAt})` : ""}` });
    inc.detectedAt = detected;
  }
  if (disclosed && (!inc.disclosedAt || disclosed < inc.disclosedAt)) inc.disclosedAt = disclosed;
}

export type { SourcedFact };
