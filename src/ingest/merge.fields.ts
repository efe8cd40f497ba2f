import type { Conflict, Extraction, FactField, IncidentDetail } from "../domain/incident.js";
import type { IncidentWrite, SourceInput } from "../store/store.port.js";
import { ROLE_RANK, formatCount, vectorsCompatible } from "./merge.rules.js";

/** The merge in progress: reconciled state, change records and superseded fields. */
export interface MergeDraft {
  incident: IncidentWrite["incident"];
  changes: IncidentWrite["changes"];
  supersedes: Set<FactField>;
}

export interface MergeContext {
  existing: IncidentDetail;
  extraction: Extraction;
  source: SourceInput;
}

/**
 * Sources (by canonical URL, the source's unique identity; the new source's id is only minted
 * inside the write) whose current facts for `field` satisfy `match`.
 */
function sourcesSaying(ctx: MergeContext, field: FactField, match: (value: unknown) => boolean): string[] {
  const urls = ctx.existing.facts
    .filter((f) => f.field === field && f.current && match(f.value))
    .map((f) => ctx.existing.sources.find((s) => s.id === f.sourceId)?.url)
    .filter((u): u is string => Boolean(u));
  return [...new Set(urls)];
}

function addConflict(draft: MergeDraft, field: FactField, values: Conflict["values"]): void {
  const key = JSON.stringify(values.map((v) => v.value));
  const same = draft.incident.conflicts.find((c) => c.field === field && JSON.stringify(c.values.map((v) => v.value)) === key);
  if (same) {
    values.forEach((v, i) => same.values[i]?.sourceIds.push(...v.sourceIds.filter((s) => !same.values[i]?.sourceIds.includes(s))));
    return;
  }
  draft.incident.conflicts.push({ field, values });
}

const includes = (value: unknown, item: string) => Array.isArray(value) && value.includes(item);

export function mergeVictims(draft: MergeDraft, { extraction }: MergeContext): void {
  for (const victim of extraction.victims) {
    if (draft.incident.victims.some((v) => v.toLowerCase() === victim.toLowerCase())) continue;
    draft.incident.victims.push(victim);
    draft.changes.push({ kind: "field_set", field: "victims", text: `victim added: ${victim}` });
  }
}

/** Group, sector and third-party flag: filled in when first known. */
export function mergeScalars(draft: MergeDraft, { extraction }: MergeContext): void {
  const inc = draft.incident;
  if (!inc.victimGroup && extraction.victimGroup) {
    inc.victimGroup = extraction.victimGroup;
    draft.changes.push({ kind: "field_set", field: "victimGroup", text: `group: ${extraction.victimGroup}` });
  }
  if (inc.sector === "other" && extraction.sector && extraction.sector !== "other") inc.sector = extraction.sector;
  if (extraction.thirdParty === true && inc.thirdParty !== true) {
    inc.thirdParty = true;
    draft.changes.push({ kind: "field_set", field: "thirdParty", text: "third-party platform involved" });
  } else if (inc.thirdParty === null && extraction.thirdParty === false) {
    inc.thirdParty = false;
  }
}

/** Union of exposed classes; "not taken" statements kept unless another source says taken (a conflict). */
export function mergeExposure(draft: MergeDraft, ctx: MergeContext): void {
  const inc = draft.incident;
  const { extraction, source } = ctx;
  for (const cls of extraction.exposed) {
    if (inc.exposed.includes(cls)) continue;
    inc.exposed.push(cls);
    draft.changes.push({ kind: "new_data_class", field: "exposed", text: `new data class: ${cls}` });
    const deniers = sourcesSaying(ctx, "notExposed", (v) => includes(v, cls));
    if (inc.notExposed.includes(cls) || deniers.length > 0) {
      addConflict(draft, "exposed", [{ value: `${cls} taken`, sourceIds: [source.url] }, { value: `${cls} not taken`, sourceIds: deniers }]);
      draft.changes.push({ kind: "conflict", field: "exposed", text: `conflict: ${cls} reported taken, earlier stated not taken` });
    }
  }
  for (const cls of extraction.notExposed) {
    if (inc.exposed.includes(cls)) {
      if (extraction.exposed.includes(cls)) continue;
      addConflict(draft, "exposed", [{ value: `${cls} taken`, sourceIds: sourcesSaying(ctx, "exposed", (v) => includes(v, cls)) }, { value: `${cls} not taken`, sourceIds: [source.url] }]);
      draft.changes.push({ kind: "conflict", field: "exposed", text: `conflict: ${cls} stated not taken, earlier reported taken` });
      continue;
    }
    if (inc.notExposed.includes(cls)) continue;
    inc.notExposed.push(cls);
    draft.changes.push({ kind: "not_exposed_stated", field: "notExposed", text: `stated not taken: ${cls}` });
  }
  inc.notExposed = inc.notExposed.filter((c) => !inc.exposed.includes(c));
}

function countSourceDate(ctx: MergeContext): Date | null {
  const fact = ctx.existing.facts.filter((f) => f.field === "affectedCount" && f.current).at(-1);
  const src = fact ? ctx.existing.sources.find((s) => s.id === fact.sourceId) : undefined;
  return src ? (src.publishedAt ?? src.fetchedAt) : null;
}

/** A revised count replaces the old one when this source is at least as recent; the old fact is superseded. */
export function mergeCount(draft: MergeDraft, ctx: MergeContext): void {
  const next = ctx.extraction.affectedCount;
  const current = draft.incident.affectedCount;
  if (next === null || next === current) return;
  if (current === null) {
    draft.incident.affectedCount = next;
    draft.changes.push({ kind: "field_set", field: "affectedCount", text: `affected count: ${formatCount(next)}` });
    return;
  }
  const previousDate = countSourceDate(ctx);
  const thisDate = ctx.source.publishedAt ?? ctx.source.fetchedAt;
  if (previousDate && thisDate.getTime() < previousDate.getTime()) return;
  draft.incident.affectedCount = next;
  draft.supersedes.add("affectedCount");
  draft.changes.push({ kind: "count_revised", field: "affectedCount", text: `count revised ${formatCount(current)} → ${formatCount(next)}` });
}

/** Union of actors, each with its strongest role (attributed > claimed > suspected). */
export function mergeActors(draft: MergeDraft, { extraction }: MergeContext): void {
  for (const actor of extraction.actors) {
    const known = draft.incident.actors.find((a) => a.name.toLowerCase() === actor.name.toLowerCase());
    if (!known) {
      draft.incident.actors.push({ ...actor });
      const kind = actor.role === "attributed" ? "actor_attributed" : "actor_added";
      draft.changes.push({ kind, field: "actors", text: `actor ${actor.role}: ${actor.name}` });
    } else if (ROLE_RANK[actor.role] > ROLE_RANK[known.role]) {
      known.role = actor.role;
      const kind = actor.role === "attributed" ? "actor_attributed" : "actor_added";
      draft.changes.push({ kind, field: "actors", text: `actor ${actor.role}: ${actor.name}` });
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
    draft.changes.push({ kind: "vendor_identified", field: "vendor", text: `vendor identified: ${next}` });
    return;
  }
  addConflict(draft, "vendor", [
    { value: current, sourceIds: sourcesSaying(ctx, "vendor", (v) => v === current) },
    { value: next, sourceIds: [ctx.source.url] },
  ]);
  draft.changes.push({ kind: "conflict", field: "vendor", text: `conflict: vendor ${current} vs ${next}` });
}

/** Vector set when first known; an incompatible one is recorded as a conflict. */
export function mergeVector(draft: MergeDraft, ctx: MergeContext): void {
  const next = ctx.extraction.vector;
  const current = draft.incident.vector;
  if (!next || next === current) return;
  if (!current) {
    draft.incident.vector = next;
    draft.changes.push({ kind: "field_set", field: "vector", text: `attack vector: ${next}` });
  } else if (!vectorsCompatible(current, next)) {
    addConflict(draft, "vector", [
      { value: current, sourceIds: sourcesSaying(ctx, "vector", (v) => v === current) },
      { value: next, sourceIds: [ctx.source.url] },
    ]);
    draft.changes.push({ kind: "conflict", field: "vector", text: `conflict: vector ${current} vs ${next}` });
  }
}

export function mergeRegulators(draft: MergeDraft, { extraction }: MergeContext): void {
  for (const regulator of extraction.regulators) {
    if (draft.incident.regulators.includes(regulator)) continue;
    draft.incident.regulators.push(regulator);
    draft.changes.push({ kind: "regulator_notified", field: "regulators", text: `regulator notified: ${regulator}` });
  }
}

/** Earliest detection and disclosure dates win. */
export function mergeDates(draft: MergeDraft, ctx: MergeContext): void {
  const { detected, disclosed } = ctx.extraction;
  const inc = draft.incident;
  if (detected && (!inc.detectedAt || detected < inc.detectedAt)) {
    draft.changes.push({ kind: "field_set", field: "detected", text: `detected: ${detected}${inc.detectedAt ? ` (was ${inc.detectedAt})` : ""}` });
    inc.detectedAt = detected;
  }
  if (disclosed && (!inc.disclosedAt || disclosed < inc.disclosedAt)) inc.disclosedAt = disclosed;
}
