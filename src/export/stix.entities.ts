import type { ExportIncident } from "../store/store.port.js";
import { actorShape } from "./actor.mapper.js";
import { DEFINITIONS_CREATED, PRODUCER_ID } from "./stix.extension.js";
import { nameKey, stixId } from "./stix.ids.js";
import { stixTime, type StixObject } from "./stix.types.js";
import { MARKING_REFS } from "./stix.vocab.js";

/**
 * Objects shared between incidents: organisations (victims and vendors) and actors get ids from
 * their names, campaigns from their store id, so every incident that names "ShinyHunters" or
 * "Salesforce" points at the same object. Their content depends only on the name (and, for a
 * campaign, its own record), so copies emitted with different incidents are identical.
 */
const common = { spec_version: "2.1" as const, created_by_ref: PRODUCER_ID, object_marking_refs: MARKING_REFS };

/** An organisation named as a victim or as the vendor whose platform held the data. */
const ORG_IDS = new Map<string, string>();

export function organisationId(name: string): string {
  let id = ORG_IDS.get(name);
  if (!id) {
    id = stixId("identity", `org:${nameKey(name)}`);
    if (ORG_IDS.size > 20_000) ORG_IDS.clear();
    ORG_IDS.set(name, id);
  }
  return id;
}

export function organisation(name: string): StixObject {
  return { type: "identity", ...common, id: organisationId(name), created: DEFINITIONS_CREATED, modified: DEFINITIONS_CREATED, name: name.trim(), identity_class: "organization" };
}

/** Actor objects depend only on the name: built once per name (the gazetteer bounds how many). */
const ACTOR_CACHE = new Map<string, StixObject>();

export function actor(storedName: string): StixObject {
  const cached = ACTOR_CACHE.get(storedName);
  if (cached) return cached;
  const built = buildActor(storedName);
  if (ACTOR_CACHE.size < 5000) ACTOR_CACHE.set(storedName, built);
  return built;
}

function buildActor(storedName: string): StixObject {
  const shape = actorShape(storedName);
  const object: StixObject = { type: shape.type, ...common, id: shape.id, created: DEFINITIONS_CREATED, modified: DEFINITIONS_CREATED, name: shape.name };
  if (shape.aliases.length > 0) object.aliases = shape.aliases;
  if (shape.type === "threat-actor" && shape.threatActorTypes.length > 0) object.threat_actor_types = shape.threatActorTypes;
  if (shape.cluster) {
    object.description = `Activity cluster named by ${shape.cluster.namedBy}. Reporting links it to ${shape.cluster.overlaps}; it is tracked as a distinct cluster and is not an alias of ${shape.cluster.overlaps}.`;
  }
  return object;
}

export function campaignId(campaign: NonNullable<ExportIncident["campaign"]>): string {
  return stixId("campaign", campaign.id);
}

export function campaign(c: NonNullable<ExportIncident["campaign"]>): StixObject {
  const parts = [c.vendor ? `platform ${c.vendor}` : null, c.actor ? `actor ${c.actor}` : null, c.vector ? `vector ${c.vector.replace(/_/g, " ")}` : null].filter(Boolean);
  return {
    type: "campaign", ...common, id: campaignId(c), created: stixTime(c.firstSeenAt), modified: stixTime(c.updatedAt < c.firstSeenAt ? c.firstSeenAt : c.updatedAt),
    name: c.name,
    description: `A wave of incidents grouped by Breach Radar because they share ${parts.length > 0 ? parts.join(", ") : "a pattern"} within a time window (grouping inferred, not reported).`,
  };
}
