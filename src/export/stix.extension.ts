import { stixId } from "./stix.ids.js";
import type { StixObject } from "./stix.types.js";

/** Breach Radar as the producer: `created_by_ref` of every object we mint. */
export const PRODUCER_ID = stixId("identity", "breach-radar");
export const EXTENSION_ID = stixId("extension-definition", "breach-radar-incident-v1");
/** Where the extension's JSON schema is published (also in this repository: docs/stix-extension.schema.json). */
export const EXTENSION_SCHEMA_URL = "https://github.com/breach-radar/breach-radar/blob/main/docs/stix-extension.schema.json";
/** The first version of the producer identity and the extension definition (fixed: they never change by themselves). */
export const DEFINITIONS_CREATED = "2026-12-04T00:00:00.000Z";

/**
 * The producer identity. Every object carries `created_by_ref` to it, so a platform shows
 * "Breach Radar" as the author and lets an administrator set a confidence level for the feed.
 */
export const PRODUCER: StixObject = {
  type: "identity",
  spec_version: "2.1",
  id: PRODUCER_ID,
  created: DEFINITIONS_CREATED,
  modified: DEFINITIONS_CREATED,
  name: "Breach Radar",
  identity_class: "system",
  description: "Breach Radar: third-party data-breach incidents read from public security news, with their sources and how sure each fact is.",
};

/**
 * The property extension that carries what STIX has no property for: data classes exposed and stated
 * not exposed, counts with stance and unit, dates, and the stance of each fact. Documented field by
 * field in the README ("STIX 2.1 mapping") and in docs/stix-extension.schema.json.
 */
export const EXTENSION_DEFINITION: StixObject = {
  type: "extension-definition",
  spec_version: "2.1",
  id: EXTENSION_ID,
  created_by_ref: PRODUCER_ID,
  created: DEFINITIONS_CREATED,
  modified: DEFINITIONS_CREATED,
  name: "Breach Radar incident facts",
  description:
    "Facts of a third-party data-breach incident and how sure each is. On incident: victims, sector, severity, status, vendor, vector, " +
    "exposed and not_exposed data classes, counts (value, unit, stance, speaker, sources), detected/disclosed dates, regulators, sources. " +
    "On relationship and course-of-action: stance (confirmed | reported | claimed | inferred | denied) and the record it comes from. " +
    "`confidence` on the same object is the stance as a number: confirmed 85, reported 50, claimed 30, inferred 15.",
  schema: EXTENSION_SCHEMA_URL,
  version: "1.0.0",
  extension_types: ["property-extension"],
};

/**
 * Wraps extension properties for an object's `extensions` dictionary. STIX forbids null and empty
 * lists as property values, so those are left out: an absent property means "none" (e.g. no
 * regulator named), never "unknown whether".
 */
export function withExtension(properties: Record<string, unknown>): Record<string, unknown> {
  return { [EXTENSION_ID]: keepProperties({ extension_type: "property-extension" }, properties) };
}

/** Copies into `kept` the properties STIX allows (not null, not undefined, not an empty list); returns `kept`. */
export function keepProperties(kept: Record<string, unknown>, properties: Record<string, unknown>): Record<string, unknown> {
  for (const key in properties) {
    const v = properties[key];
    if (v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)) kept[key] = v;
  }
  return kept;
}
