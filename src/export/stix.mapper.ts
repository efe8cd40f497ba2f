import { AUDIENCE_LABELS, type Advice, type RecommendedAction } from "../domain/advice.js";
import { DATA_CLASS_LABELS, type DataClass } from "../domain/data-class.js";
import type { ExportIncident } from "../store/store.port.js";
import { actionReferences } from "./advice.references.js";
import { evidenceOf, type EvidenceReader } from "./evidence.reader.js";
import { actor, campaign, campaignId, organisation, organisationId } from "./stix.entities.js";
import { DEFINITIONS_CREATED, PRODUCER_ID, withExtension } from "./stix.extension.js";
import { stixId } from "./stix.ids.js";
import { relationship, relationshipOf, sourceReference, STANCE_CONFIDENCE, weakest, type RelationshipInput } from "./stix.relationships.js";
import { stixTime, type StixObject } from "./stix.types.js";
import { MARKING_REFS, SECTOR_INDUSTRIES } from "./stix.vocab.js";

/** The STIX id of an incident: UUIDv5 of its Breach Radar id, so a re-export updates it. */
export const incidentStixId = (incidentId: string): string => stixId("incident", incidentId);

const classes = (list: DataClass[], ev: EvidenceReader, field: "exposed" | "notExposed") =>
  list.map((c) => ({ class: c, label: DATA_CLASS_LABELS[c], stance: ev.stanceOf(field, c) }));

/** The Breach Radar extension of the incident SDO: everything STIX has no property for. */
function incidentFacts(i: ExportIncident, ev: EvidenceReader): Record<string, unknown> {
  const facts: Record<string, unknown> = {
    breach_radar_id: i.id,
    victims: i.victims.map((name) => ({ name, stance: ev.stanceOf("victims", name) })),
    sector: i.sector,
    industries: SECTOR_INDUSTRIES[i.sector],
    severity: i.severity,
    status: i.status,
    exposed: classes(i.exposed, ev, "exposed"),
    not_exposed: classes(i.notExposed, ev, "notExposed"),
    counts: ev.counts(),
    regulators: i.regulators.map((name) => ({ name, stance: ev.stanceOf("regulators", name) })),
    actors: i.actors.map((a) => ({ name: a.name, role: a.role, stance: ev.stanceOf("actors", a.name) })),
    source_languages: [...new Set(i.sources.map((s) => s.language).filter((l): l is string => Boolean(l)))],
  };
  if (i.victimGroup) facts.victim_group = i.victimGroup;
  if (i.vendor) facts.vendor = { name: i.vendor, stance: ev.stanceOf("vendor") };
  if (i.vector) facts.vector = { value: i.vector, stance: ev.stanceOf("vector") };
  if (i.thirdParty !== null) facts.third_party = { value: i.thirdParty, stance: ev.stanceOf("thirdParty") };
  if (i.detectedAt) facts.detected = { date: i.detectedAt, stance: ev.stanceOf("detected") };
  if (i.disclosedAt) facts.disclosed = { date: i.disclosedAt, stance: ev.stanceOf("disclosed") };
  if (i.conflicts.length > 0) facts.conflicts = i.conflicts;
  return facts;
}

function describe(i: ExportIncident): string {
  const parts = [`${i.victims.join(", ") || i.title}: ${i.status} ${i.sector} data-breach incident, severity ${i.severity}.`];
  if (i.vendor) parts.push(`Third-party platform: ${i.vendor}.`);
  if (i.exposed.length > 0) parts.push(`Data exposed: ${i.exposed.map((c) => DATA_CLASS_LABELS[c]).join(", ")}.`);
  if (i.notExposed.length > 0) parts.push(`Stated not exposed: ${i.notExposed.map((c) => DATA_CLASS_LABELS[c]).join(", ")}.`);
  parts.push(`${i.sources.length} source(s); see the extension for how sure each fact is.`);
  return parts.join(" ");
}

function incidentObject(i: ExportIncident, ev: EvidenceReader): StixObject {
  return {
    type: "incident",
    spec_version: "2.1",
    id: incidentStixId(i.id),
    created_by_ref: PRODUCER_ID,
    created: stixTime(i.firstSeenAt),
    modified: stixTime(i.updatedAt < i.firstSeenAt ? i.firstSeenAt : i.updatedAt),
    name: i.title,
    description: describe(i),
    labels: ["data-breach", i.sector],
    external_references: [{ source_name: "breach-radar", external_id: i.id }, ...i.sources.map(sourceReference)],
    object_marking_refs: MARKING_REFS,
    extensions: withExtension(incidentFacts(i, ev)),
  };
}

/**
 * A recommended action as a course-of-action. Its id comes from the rule and the action's text, so
 * the same advice given for many incidents (the same vendor, the same actor) is one object linked to
 * each; why it applies to an incident is on that incident's relationship.
 */
const courseOfActionId = (action: RecommendedAction): string => stixId("course-of-action", `${action.ruleId}|${action.text}`);

function courseOfAction(action: RecommendedAction, id: string): StixObject {
  const refs = actionReferences(action);
  const name = `${AUDIENCE_LABELS[action.audience]}: ${action.text.length > 80 ? `${action.text.slice(0, 79)}…` : action.text}`;
  return {
    type: "course-of-action",
    spec_version: "2.1",
    id,
    created_by_ref: PRODUCER_ID,
    created: DEFINITIONS_CREATED,
    modified: DEFINITIONS_CREATED,
    name,
    description: action.text,
    ...(refs.length > 0 ? { external_references: refs } : {}),
    object_marking_refs: MARKING_REFS,
    extensions: withExtension({ audience: action.audience, rule_id: action.ruleId }),
  };
}

/** One incident's objects: those shared with other incidents (organisations, actors, campaign) and its own. */
export interface IncidentStix {
  shared: StixObject[];
  own: StixObject[];
}

/**
 * One incident as STIX 2.1 objects: the shared objects it references (organisations, actors,
 * campaign), then the incident SDO, its relationships and its recommended actions. Pure and
 * deterministic: the same record and advice always give byte-identical objects.
 */
export function incidentToStix(i: ExportIncident, advice: Advice, known?: ReadonlySet<string>): IncidentStix {
  const ev = evidenceOf(i);
  const created = stixTime(i.firstSeenAt);
  const modified = stixTime(i.updatedAt < i.firstSeenAt ? i.firstSeenAt : i.updatedAt);
  const incidentId = incidentStixId(i.id);
  const shared: StixObject[] = [];
  const own: StixObject[] = [incidentObject(i, ev)];
  const rel = (r: Omit<RelationshipInput, "owner" | "created" | "modified">) => own.push(relationshipOf(i.id, created, modified, r));

  for (const victim of i.victims) {
    if (!known?.has(organisationId(victim))) shared.push(organisation(victim));
    rel({ type: "targets", source: incidentId, target: organisationId(victim), stance: ev.stanceOf("victims", victim), description: `${victim} is a victim of this incident.`, sources: ev.sourcesFor("victims", victim), quotes: ev.quotesFor("victims", victim) });
  }
  if (i.vendor) {
    if (!i.victims.some((v) => organisationId(v) === organisationId(i.vendor!))) shared.push(organisation(i.vendor));
    rel({ type: "related-to", source: incidentId, target: organisationId(i.vendor), stance: ev.stanceOf("vendor"), description: `${i.vendor} is the third-party platform or vendor that held the data.`, sources: ev.sourcesFor("vendor"), quotes: ev.quotesFor("vendor"), facts: { role: "vendor" } });
  }
  for (const a of i.actors) {
    const stance = ev.stanceOf("actors", a.name);
    if (stance === "denied") continue;
    const object = actor(a.name);
    shared.push(object);
    const sources = ev.sourcesFor("actors", a.name);
    const quotes = ev.quotesFor("actors", a.name);
    rel({ type: "attributed-to", source: incidentId, target: object.id, stance, description: `${a.name} is named as behind this incident (${a.role}).`, sources, quotes, facts: { actor_role: a.role } });
    for (const victim of i.victims) {
      rel({ type: "targets", source: object.id, target: organisationId(victim), stance: weakest(stance, ev.stanceOf("victims", victim)), sources, facts: { actor_role: a.role } });
    }
  }
  if (i.campaign) {
    const c = i.campaign;
    shared.push(campaign(c));
    rel({ type: "related-to", source: incidentId, target: campaignId(c), stance: "inferred", description: `Grouped into the campaign "${c.name}" by Breach Radar.` });
    if (c.actor) {
      const object = actor(c.actor);
      shared.push(object);
      shared.push(relationship({ owner: c.id, type: "attributed-to", source: campaignId(c), target: object.id, stance: "inferred", created: stixTime(c.firstSeenAt), modified: stixTime(c.updatedAt < c.firstSeenAt ? c.firstSeenAt : c.updatedAt) }));
    }
  }
  for (const action of advice.actions) {
    const id = courseOfActionId(action);
    // A stream that already emitted this shared object does not need it built again.
    if (!known?.has(id)) shared.push(courseOfAction(action, id));
    rel({ type: "related-to", source: id, target: incidentId, stance: "inferred", description: `Why: ${action.reason}`, facts: { priority: action.priority, audience: action.audience } });
  }
  return { shared: dedupe(shared), own };
}

/** Shared objects first, so every reference points backwards. */
export const stixObjectsOf = (s: IncidentStix): StixObject[] => [...s.shared, ...s.own];

function dedupe(objects: StixObject[]): StixObject[] {
  const seen = new Set<string>();
  return objects.filter((o) => (seen.has(o.id) ? false : (seen.add(o.id), true)));
}

export { STANCE_CONFIDENCE };
