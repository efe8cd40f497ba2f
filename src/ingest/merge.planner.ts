import { stanceOf } from "../domain/fact-stance.js";
import { countWords } from "../domain/field-labels.js";
import type { Conflict, Extraction, IncidentDetail, Severity } from "../domain/incident.js";
import { STANCE_TAG } from "../domain/stance-wording.js";
import type { FactInput, IncidentWrite, SourceInput, Supersede } from "../store/store.port.js";
import { currentFacts, factsOf, type SourcedFact } from "./merge.evidence.js";
import { mergeActors, mergeCount, mergeDates, mergeExposure, mergeRegulators, mergeScalars, mergeVendor, mergeVector, mergeVictims, sourceName, type MergeDraft } from "./merge.fields.js";
import { countFigures, headlineFigure, recordStances } from "./merge.stances.js";

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

export { factsOf } from "./merge.evidence.js";

const isoDay = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Event time of a source: its publication date, else the incident date it reports (disclosed,
 * detected), else — only when nothing else is known — the time we fetched it.
 */
export function sourceEventDate(ex: Extraction, source: SourceInput): Date {
  if (source.publishedAt) return source.publishedAt;
  const day = ex.disclosed ?? ex.detected;
  return day ? new Date(`${day}T00:00:00Z`) : source.fetchedAt;
}

/** Does a supersede entry drop this fact? */
function dropped(supersedes: Supersede[]): (f: SourcedFact) => boolean {
  return (f) => supersedes.some((s) => (typeof s === "string" ? s === f.field : s.field === f.field && s.stances.includes(f.stance)));
}

/** Stances and count figures of the merged state, from the facts current after this write. */
function settle(incident: MergedIncident, existing: IncidentDetail | null, source: SourceInput, fresh: FactInput[], supersedes: Supersede[]): void {
  const facts = currentFacts(existing, source, fresh, dropped(supersedes));
  incident.stances = recordStances(incident, facts);
  incident.counts = countFigures(facts);
}

function createPlan(ex: Extraction, source: SourceInput, now: Date, options: PlanOptions, fresh: FactInput[]): IncidentWrite {
  if (!options.newId) throw new Error("planMerge: newId is required for a new incident");
  const title = options.title ?? `${ex.victims.join(", ") || ex.victimGroup || "Unknown organisation"} data breach`;
  const headline = headlineFigure(currentFacts(null, source, fresh));
  const incident: MergedIncident = {
    id: options.newId, title, victims: [...ex.victims], victimGroup: ex.victimGroup, sector: ex.sector ?? "other",
    thirdParty: ex.thirdParty, vendor: ex.vendor, vector: ex.vector, exposed: [...ex.exposed],
    notExposed: ex.notExposed.filter((c) => !ex.exposed.includes(c)), affectedCount: headline?.value ?? ex.affectedCount,
    actors: [...ex.actors], detectedAt: ex.detected, disclosedAt: ex.disclosed ?? isoDay(source.publishedAt),
    regulators: [...ex.regulators], status: "reported", severity: "medium", conflicts: [],
  };
  settle(incident, null, source, fresh, []);
  incident.severity = options.severityOf?.(incident) ?? incident.severity;
  const count = incident.affectedCount !== null ? `, ${countWords(incident.affectedCount)} affected (${STANCE_TAG[stanceOf(incident.stances, "affectedCount")]})` : "";
  return {
    incident, isNew: true, source, facts: fresh, supersedes: [], at: now, reportedAt: sourceEventDate(ex, source), sourceText: ex.text || undefined,
    changes: [{ kind: "new_incident", field: null, text: `First report: ${title}${count} (${sourceName(source)})` }],
  };
}

function startDraft(existing: IncidentDetail): MergeDraft {
  const { sources: _s, facts: _f, changes: _c, campaign: _cp, campaignId: _ci, firstSeenAt: _fs, updatedAt: _u, firstReportedAt: _fr, lastReportedAt: _lr, ...state } = existing;
  const conflicts: Conflict[] = existing.conflicts.map((c) => ({ field: c.field, values: c.values.map((v) => ({ ...v, sourceIds: [...v.sourceIds] })) }));
  return {
    incident: {
      ...state, victims: [...state.victims], exposed: [...state.exposed], notExposed: [...state.notExposed], actors: state.actors.map((a) => ({ ...a })),
      regulators: [...state.regulators], conflicts, stances: { ...(state.stances ?? {}) }, counts: [...(state.counts ?? [])],
    },
    changes: [], supersedes: [],
  };
}

/**
 * Plans what one article contributes to an incident: the reconciled state, this source's facts,
 * superseded fields and human-readable change records. Pure: no I/O, deterministic for its inputs.
 * `existing` null = a new incident (options.newId required).
 */
export function planMerge(existing: IncidentDetail | null, extraction: Extraction, source: SourceInput, now: Date, options: PlanOptions = {}): IncidentWrite {
  const fresh = factsOf(extraction);
  if (!existing) return createPlan(extraction, source, now, options, fresh);
  const draft = startDraft(existing);
  const known = existing.sources.some((s) => s.url === source.url);
  if (!known) draft.changes.push({ kind: "new_source", field: null, text: `New report: ${sourceName(source)}${source.title ? ` — "${source.title}"` : ""}` });
  const ctx = { existing, extraction, source, fresh };
  mergeVictims(draft, ctx);
  mergeScalars(draft, ctx);
  mergeExposure(draft, ctx);
  mergeCount(draft, ctx);
  mergeActors(draft, ctx);
  mergeVendor(draft, ctx);
  mergeVector(draft, ctx);
  mergeRegulators(draft, ctx);
  mergeDates(draft, ctx);
  settle(draft.incident, existing, source, fresh, draft.supersedes);
  draft.incident.severity = options.severityOf?.(draft.incident) ?? draft.incident.severity;
  return {
    incident: draft.incident, isNew: false, source, facts: fresh, supersedes: [...draft.supersedes], changes: draft.changes, at: now,
    reportedAt: sourceEventDate(extraction, source), sourceText: extraction.text || undefined,
  };
}
