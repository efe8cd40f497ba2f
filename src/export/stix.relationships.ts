import { stanceStrength, type Stance } from "../domain/evidence.js";
import type { Source } from "../domain/incident.js";
import type { QuoteView } from "./evidence.reader.js";
import { EXTENSION_ID, keepProperties, PRODUCER_ID } from "./stix.extension.js";
import { stixId } from "./stix.ids.js";
import type { ExternalReference, StixObject } from "./stix.types.js";
import { MARKING_REFS } from "./stix.vocab.js";

/** `confidence` (0–100) for each stance; the stance itself travels in the extension. */
export const STANCE_CONFIDENCE: Record<Stance, number> = { confirmed: 85, reported: 50, claimed: 30, inferred: 15, denied: 0 };

/** The weakest of several stances (a statement resting on several facts is only as sure as the least sure one). */
export function weakest(...stances: Stance[]): Stance {
  return stances.reduce((a, b) => (stanceStrength(a) <= stanceStrength(b) ? a : b));
}

/** References already built, per source record: an incident's sources back many of its relationships. */
const REFERENCES = new WeakMap<Source, ExternalReference>();

/** A source article as an external reference: outlet, URL and publication date. */
export function sourceReference(source: Source): ExternalReference {
  let ref = REFERENCES.get(source);
  if (!ref) {
    ref = buildReference(source);
    REFERENCES.set(source, ref);
  }
  return ref;
}

function buildReference(source: Source): ExternalReference {
  const outlet = source.outlet?.trim() || hostOf(source.url);
  const published = source.publishedAt ? `published ${source.publishedAt.toISOString().slice(0, 10)}` : "publication date unknown";
  return { source_name: outlet, url: source.url, description: source.title ? `${source.title} (${published})` : published };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return "unknown outlet";
  }
}

export interface RelationshipInput {
  /** The record the relationship belongs to (incident id or campaign id): part of its deterministic id. */
  owner: string;
  type: "targets" | "attributed-to" | "related-to";
  source: string;
  target: string;
  stance: Stance;
  created: string;
  modified: string;
  description?: string;
  sources?: Source[];
  quotes?: QuoteView[];
  /** Extra extension properties (e.g. the actor's role as reported). */
  facts?: Record<string, unknown>;
}

/** A relationship with its fact's stance as `confidence` and in the Breach Radar extension. */
export function relationship(r: RelationshipInput): StixObject {
  return relationshipOf(r.owner, r.created, r.modified, r);
}

/** relationship() with the owner and times apart, so a mapper emitting many for one record passes them without copying its input. */
export function relationshipOf(owner: string, created: string, modified: string, r: Omit<RelationshipInput, "owner" | "created" | "modified">): StixObject {
  const object: StixObject = {
    type: "relationship",
    spec_version: "2.1",
    id: stixId("relationship", `${owner}|${r.type}|${r.source}|${r.target}`),
    created_by_ref: PRODUCER_ID,
    created,
    modified,
    relationship_type: r.type,
    source_ref: r.source,
    target_ref: r.target,
    confidence: STANCE_CONFIDENCE[r.stance],
    object_marking_refs: MARKING_REFS,
  };
  if (r.description) object.description = r.description;
  if (r.sources && r.sources.length > 0) object.external_references = r.sources.map(sourceReference);
  // The extension as withExtension() builds it from { stance, quotes?, ...facts }, without the intermediate copies.
  const kept: Record<string, unknown> = { extension_type: "property-extension", stance: r.stance };
  if (r.quotes && r.quotes.length > 0) kept.quotes = r.quotes;
  if (r.facts) keepProperties(kept, r.facts);
  object.extensions = { [EXTENSION_ID]: kept };
  return object;
}
