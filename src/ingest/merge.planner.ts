import type { Conflict, Extraction, FactField, IncidentDetail, Severity } from "../domain/incident.js";
import type { IncidentWrite, SourceInput } from "../store/store.port.js";
import { formatCount } from "./merge.rules.js";
import { mergeActors, mergeCount, mergeDates, mergeExposure, mergeRegulators, mergeScalars, mergeVendor, mergeVector, mergeVictims, type MergeDraft } from "./merge.fields.js";

/** The reconciled incident state carried by an IncidentWrite. */
export type MergedIncident = IncidentWrite["incident"];

export interface PlanOptions {
  /** Id of the incident to create when `existing` is null (see mintIncidentId). */
  newId?: string;
  /** Title of a new incident (extract's incidentTitle). */
  title?: string;
  /** Severity of the merged state (advise's computeSeverity). Without it the current severity is kept. */
  severityOf?: (incident: MergedIncident) => Severity;
}

/** The facts one source reported: one per field it gave a value for. */
export function factsOf(ex: Extraction): IncidentWrite["facts"] {
  const values: [FactField, unknown][] = [
    ["victims", ex.victims.length ? ex.victims : null],
    ["victimGroup", ex.victimGroup],
    ["sector", ex.sector],
    ["thirdParty", ex.thirdParty],
    ["vendor", ex.vendor],
    ["vector", ex.vector],
    ["exposed", ex.exposed.length ? ex.exposed : null],
    ["notExposed", ex.notExposed.length ? ex.notExposed : null],
    ["affectedCount", ex.affectedCount],
    ["actors", ex.actors.length ? ex.actors : null],
    ["detected", ex.detected],
    ["disclosed", ex.disclosed],
    ["regulators", ex.regulators.length ? ex.regulators : null],
  ];
  return values.filter(([, v]) => v !== null && v !== undefined).map(([field, value]) => ({ field, value }));
}

const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);
const sourceName = (s: SourceInput): string => s.outlet ?? new URL(s.url).hostname;

function createPlan(ex: Extraction, source: SourceInput, now: Date, options: PlanOptions): IncidentWrite {
  if (!options.newId) throw new Error("planMerge: newId is required for a new incident");
  const title = options.title ?? `${ex.victims.join(", ") || ex.victimGroup || "Unknown organisation"} data breach`;
  const incident: MergedIncident = {
    id: options.newId, title, victims: [...ex.victims], victimGroup: ex.victimGroup, sector: ex.sector ?? "other",
    thirdParty: ex.thirdParty, vendor: ex.vendor, vector: ex.vector, exposed: [...ex.exposed],
    notExposed: ex.notExposed.filter((c) => !ex.exposed.includes(c)), affectedCount: ex.affectedCount,
    actors: [...ex.actors], detectedAt: ex.detected, disclosedAt: ex.disclosed ?? isoDay(source.publishedAt),
    regulators: [...ex.regulators], status: "reported", severity: "medium", conflicts: [],
  };
  incident.severity = options.severityOf?.(incident) ?? incident.severity;
  const countNote = ex.affectedCount !== null ? `, ${formatCount(ex.affectedCount)} affected` : "";
  return {
    incident, isNew: true, source, facts: factsOf(ex), supersedes: [], at: now,
    changes: [{ kind: "new_incident", field: null, text: `new incident: ${title}${countNote} (${sourceName(source)})` }],
  };
}

function startDraft(existing: IncidentDetail): MergeDraft {
  const { sources: _s, facts: _f, changes: _c, campaign: _cp, campaignId: _ci, firstSeenAt: _fs, updatedAt: _u, ...state } = existing;
  const conflicts: Conflict[] = existing.conflicts.map((c) => ({ field: c.field, values: c.values.map((v) => ({ ...v, sourceIds: [...v.sourceIds] })) }));
  return {
    incident: { ...state, victims: [...state.victims], exposed: [...state.exposed], notExposed: [...state.notExposed], actors: state.actors.map((a) => ({ ...a })), regulators: [...state.regulators], conflicts },
    changes: [], supersedes: new Set<FactField>(),
  };
}

/**
 * Plans what one article contributes to an incident: the reconciled state, this source's facts,
 * superseded fields and human-readable change records. Pure: no I/O, deterministic for its inputs.
 * `existing` null = a new incident (options.newId required).
 */
export function planMerge(existing: IncidentDetail | null, extraction: Extraction, source: SourceInput, now: Date, options: PlanOptions = {}): IncidentWrite {
  if (!existing) return createPlan(extraction, source, now, options);
  const draft = startDraft(existing);
  const known = existing.sources.some((s) => s.url === source.url);
  if (!known) draft.changes.push({ kind: "new_source", field: null, text: `new source: ${sourceName(source)}` });
  const ctx = { existing, extraction, source };
  mergeVictims(draft, ctx);
  mergeScalars(draft, ctx);
  mergeExposure(draft, ctx);
  mergeCount(draft, ctx);
  mergeActors(draft, ctx);
  mergeVendor(draft, ctx);
  mergeVector(draft, ctx);
  mergeRegulators(draft, ctx);
  mergeDates(draft, ctx);
  draft.incident.severity = options.severityOf?.(draft.incident) ?? draft.incident.severity;
  return {
    incident: draft.incident, isNew: false, source, facts: factsOf(extraction),
    supersedes: [...draft.supersedes], changes: draft.changes, at: now,
  };
}
