import { z } from "zod";
import { DATA_CLASS_LABELS } from "../domain/data-class.js";
import { STANCES } from "../domain/evidence.js";
import { ACTOR_ROLES, FACT_FIELDS, SECTORS, SEVERITIES, INCIDENT_STATUSES, ATTACK_VECTORS } from "../domain/incident.js";
import type { ExportIncident } from "../store/store.port.js";
import { actorShape } from "./actor.mapper.js";
import { evidenceOf } from "./evidence.reader.js";
import { incidentStixId } from "./stix.mapper.js";

const Stance = z.enum(STANCES).describe("How sure the record is: confirmed (victim or authority), reported (outlet or third party), claimed (attacker), inferred (derived by Breach Radar), denied (stated not so)");
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Timestamp = z.string().describe("ISO 8601 UTC timestamp");

export const SourceResourceSchema = z.object({
  url: z.string(),
  outlet: z.string().nullable(),
  title: z.string().nullable(),
  published: IsoDate.nullable().describe("The article's publication date"),
  language: z.string().nullable(),
});

const DataClassFact = z.object({ class: z.string(), label: z.string(), stance: Stance });
const NamedFact = z.object({ name: z.string(), stance: Stance });

export const CountResourceSchema = z.object({
  value: z.number().int().nonnegative(),
  unit: z.enum(["people", "records", "accounts", "unknown"]).describe("Records are not people"),
  stance: Stance,
  speaker: z.string().nullable(),
  sources: z.array(z.string()).describe("URLs of the sources that give this figure"),
});

/** An incident as the JSON API and `export --format json` give it. */
export const IncidentResourceSchema = z.object({
  id: z.string().describe("Breach Radar id, e.g. qantas-2025-06"),
  stix_id: z.string().describe("The id of the STIX incident object (UUIDv5 of the id)"),
  title: z.string(),
  victims: z.array(NamedFact),
  victim_group: z.string().nullable(),
  sector: z.enum(SECTORS),
  severity: z.enum(SEVERITIES),
  status: z.enum(INCIDENT_STATUSES),
  third_party: z.boolean().nullable(),
  vendor: NamedFact.nullable(),
  vector: z.object({ value: z.enum(ATTACK_VECTORS), stance: Stance }).nullable(),
  exposed: z.array(DataClassFact),
  not_exposed: z.array(DataClassFact).describe("Data classes a source states were NOT taken"),
  counts: z.array(CountResourceSchema),
  actors: z.array(z.object({ name: z.string(), role: z.enum(ACTOR_ROLES), stance: Stance, stix_type: z.enum(["threat-actor", "intrusion-set"]), stix_id: z.string() })),
  detected: IsoDate.nullable(),
  disclosed: IsoDate.nullable(),
  regulators: z.array(NamedFact),
  campaign: z.object({ id: z.string(), name: z.string() }).nullable(),
  first_seen: Timestamp,
  updated: Timestamp.describe("When the last merge changed it (the STIX `modified`)"),
  sources: z.array(SourceResourceSchema),
});
export type IncidentResource = z.infer<typeof IncidentResourceSchema>;

/** One stored fact with its source: the history behind each value. */
export const EvidenceResourceSchema = z.object({
  incident_id: z.string(),
  facts: z.array(z.object({
    field: z.enum(FACT_FIELDS),
    value: z.unknown(),
    stance: Stance,
    current: z.boolean().describe("False when a later source superseded it"),
    seen_at: Timestamp,
    source: SourceResourceSchema.nullable(),
    quotes: z.array(z.object({ text: z.string(), source: z.string().nullable() })).describe("Verbatim sentences of the source (empty until the store keeps quotes)"),
  })),
});
export type EvidenceResource = z.infer<typeof EvidenceResourceSchema>;

const day = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

export function toSourceResource(s: ExportIncident["sources"][number]): z.infer<typeof SourceResourceSchema> {
  return { url: s.url, outlet: s.outlet, title: s.title, published: day(s.publishedAt), language: s.language };
}

export function toIncidentResource(i: ExportIncident): IncidentResource {
  const ev = evidenceOf(i);
  return {
    id: i.id,
    stix_id: incidentStixId(i.id),
    title: i.title,
    victims: i.victims.map((name) => ({ name, stance: ev.stanceOf("victims", name) })),
    victim_group: i.victimGroup,
    sector: i.sector,
    severity: i.severity,
    status: i.status,
    third_party: i.thirdParty,
    vendor: i.vendor ? { name: i.vendor, stance: ev.stanceOf("vendor") } : null,
    vector: i.vector ? { value: i.vector, stance: ev.stanceOf("vector") } : null,
    exposed: i.exposed.map((c) => ({ class: c, label: DATA_CLASS_LABELS[c], stance: ev.stanceOf("exposed", c) })),
    not_exposed: i.notExposed.map((c) => ({ class: c, label: DATA_CLASS_LABELS[c], stance: ev.stanceOf("notExposed", c) })),
    counts: ev.counts(),
    actors: i.actors.map((a) => {
      const shape = actorShape(a.name);
      return { name: a.name, role: a.role, stance: ev.stanceOf("actors", a.name), stix_type: shape.type, stix_id: shape.id };
    }),
    detected: i.detectedAt,
    disclosed: i.disclosedAt,
    regulators: i.regulators.map((name) => ({ name, stance: ev.stanceOf("regulators", name) })),
    campaign: i.campaign ? { id: i.campaign.id, name: i.campaign.name } : null,
    first_seen: i.firstSeenAt.toISOString(),
    updated: i.updatedAt.toISOString(),
    sources: i.sources.map(toSourceResource),
  };
}

export function toEvidenceResource(i: ExportIncident): EvidenceResource {
  const ev = evidenceOf(i);
  const byId = new Map(i.sources.map((s) => [s.id, s]));
  return {
    incident_id: i.id,
    facts: i.facts.map((f) => {
      const element = Array.isArray(f.value) ? undefined : f.value;
      const stored = f as typeof f & { stance?: string | null; quotes?: { text: string }[] | null };
      const source = f.sourceId ? byId.get(f.sourceId) ?? null : null;
      return {
        field: f.field,
        value: f.value,
        stance: (stored.stance as z.infer<typeof Stance> | null | undefined) ?? ev.stanceOf(f.field, element),
        current: f.current,
        seen_at: f.seenAt.toISOString(),
        source: source ? toSourceResource(source) : null,
        quotes: (stored.quotes ?? []).map((q) => ({ text: q.text, source: source?.url ?? null })),
      };
    }),
  };
}
