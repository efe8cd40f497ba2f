import { stanceStrength, type Stance } from "../domain/evidence.js";
import type { Source } from "../domain/incident.js";
import type { QuoteView } from "./evidence.reader.js";
import { PRODUCER_ID, withExtension } from "./stix.extension.js";
import { stixId } from "./stix.ids.js";
import type { ExternalReference, StixObject } from "./stix.types.js";
import { TLP_WHITE } from "./stix.vocab.js";

/** `confidence` (0–100) for each stance; the stance itself travels in the extension. */
export const STANCE_CONFIDENCE: Record<Stance, number> = { confirmed: 85, reported: 50, claimed: 30, inferred: 15, denied: 0 };

/** The weakest of several stances (a statement resting on several facts is only as sure as the least sure one). */
export function weakest(...stances: Stance[]): Stance {
  return stances.reduce((a, b) => (stanceStrength(a) <= stanceStrength(b) ? a : b));
}

/** A source article as an external reference: outlet, URL and publication date. */
export function sourceReference(source: Source): ExternalReference {
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
  const object: StixObject = {
    type: "relationship",
    spec_version: "2.1",
    id: stixId("relationship", `${r.owner}|${r.type}|${r.source}|${r.target}`),
    created_by_ref: PRODUCER_ID,
    created: r.created,
    modified: r.modified,
    relationship_type: r.type,
    source_ref: r.source,
    target_ref: r.target,
    confidence: STANCE_CONFIDENCE[r.stance],
    object_marking_refs: [TLP_WHITE.id],
  };
  if (r.description) object.description = r.description;
  const refs = (r.sources ?? []).map(sourceReference);
  if (refs.length > 0) object.external_references = refs;
  object.extensions = withExtension({ stance: r.stance, ...(r.quotes && r.quotes.length > 0 ? { quotes: r.quotes } : {}), ...(r.facts ?? {}) });
  return object;
}
