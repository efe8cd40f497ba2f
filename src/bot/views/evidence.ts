import type { Fact, FactField, IncidentDetail, Source } from "../../domain/incident.js";
import type { ViewLink } from "../../domain/view.js";
import { STANCE_TAG } from "../../domain/stance-wording.js";
import { formatValue, outletOf, sourceNote } from "./format.js";

/** Facts recorded for a field, current ones first; `match` narrows to facts whose value mentions something. */
export function factsFor(detail: IncidentDetail, field: FactField, match?: (value: unknown) => boolean): Fact[] {
  const all = detail.facts.filter((f) => f.field === field && (!match || match(f.value)));
  const current = all.filter((f) => f.current);
  return current.length > 0 ? current : all;
}

/** The distinct sources behind some facts, in the incident's source order. */
export function sourcesOf(detail: IncidentDetail, facts: Fact[]): Source[] {
  const ids = new Set(facts.map((f) => f.sourceId).filter((id): id is string => id !== null));
  return detail.sources.filter((s) => ids.has(s.id));
}

/** Outlet names of sources, "The Record, Reuters". */
export const outlets = (sources: Source[]): string => [...new Set(sources.map(outletOf))].join(", ");

/** Does a fact value (array of strings/objects, string, …) mention this item? */
export function valueHas(value: unknown, item: string): boolean {
  const wanted = item.toLowerCase();
  const one = (v: unknown): boolean => {
    if (typeof v === "string") return v.toLowerCase() === wanted;
    if (v && typeof v === "object" && "name" in v) return String((v as { name: unknown }).name).toLowerCase() === wanted;
    return false;
  };
  return Array.isArray(value) ? value.some(one) : one(value);
}

/** A conflict side's sources: conflicts name sources by id or by canonical URL. */
function sideSources(detail: IncidentDetail, refs: string[]): Source[] {
  const wanted = new Set(refs);
  return detail.sources.filter((s) => wanted.has(s.id) || wanted.has(s.url));
}

/** "6M (The Record, claimed) vs 5.7M (Reuters, confirmed)" when sources disagree about a field, else null. */
export function conflictText(detail: IncidentDetail, field: FactField): string | null {
  const conflict = detail.conflicts.find((c) => c.field === field);
  if (!conflict || conflict.values.length < 2) return null;
  return conflict.values
    .map((v) => {
      const names = [...new Set(sideSources(detail, v.sourceIds).map(outletOf))];
      const bits = [...names, ...(v.stance ? [STANCE_TAG[v.stance]] : [])];
      return bits.length > 0 ? `${formatValue(v.value)} (${bits.join(", ")})` : formatValue(v.value);
    })
    .join(" vs ");
}

/** The sources on either side of a disagreement about a field. */
export function conflictSources(detail: IncidentDetail, field: FactField): Source[] {
  return sideSources(detail, detail.conflicts.filter((c) => c.field === field).flatMap((c) => c.values.flatMap((v) => v.sourceIds)));
}

/** Links for citing sources. */
export function sourceLinks(sources: Source[]): ViewLink[] {
  return sources.map((s) => ({ title: s.title ?? s.url, url: s.url, note: sourceNote(s) }));
}
