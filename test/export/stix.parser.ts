/**
 * A test-only STIX 2.1 reader, written from the spec and our documented extension (not from the
 * exporter's code): it rebuilds each incident from a bundle, following relationships and reading
 * external references, as a consuming platform would.
 */
import { EXTENSION_ID } from "../../src/export/index.js";

export type BundleObject = Record<string, unknown>;
type Obj = Record<string, unknown> & { id: string; type: string };

export interface ParsedIncident {
  breachRadarId: string;
  name: string;
  modified: string;
  victims: string[];
  vendor: string | null;
  exposed: string[];
  notExposed: string[];
  counts: { value: number; unit: string; stance: string }[];
  actors: { name: string; type: string; stance: string; confidence: number }[];
  sources: { url: string; outlet: string; published: string | null }[];
  actions: { name: string; audience: string }[];
}

export function parseBundle(bundle: { objects: BundleObject[] }): Map<string, ParsedIncident> {
  const objects = bundle.objects as Obj[];
  const byId = new Map(objects.map((o) => [o.id, o]));
  const rels = objects.filter((o) => o.type === "relationship");
  const out = new Map<string, ParsedIncident>();
  for (const inc of objects.filter((o) => o.type === "incident")) {
    const ext = (inc.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID]!;
    const from = rels.filter((r) => r.source_ref === inc.id);
    const to = rels.filter((r) => r.target_ref === inc.id);
    const targetName = (r: Obj) => String(byId.get(r.target_ref as string)?.name);
    const stance = (r: Obj) => String((r.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID]!.stance);
    const refs = ((inc.external_references as { source_name: string; url?: string; description?: string; external_id?: string }[]) ?? []).filter((r) => r.url);
    out.set(String(ext.breach_radar_id), {
      breachRadarId: String(ext.breach_radar_id),
      name: String(inc.name),
      modified: String(inc.modified),
      victims: from.filter((r) => r.relationship_type === "targets").map(targetName),
      vendor: from.filter((r) => r.relationship_type === "related-to" && byId.get(r.target_ref as string)?.type === "identity").map(targetName)[0] ?? null,
      exposed: ((ext.exposed as { class: string }[]) ?? []).map((c) => c.class),
      notExposed: ((ext.not_exposed as { class: string }[]) ?? []).map((c) => c.class),
      counts: ((ext.counts as { value: number; unit: string; stance: string }[]) ?? []).map(({ value, unit, stance: s }) => ({ value, unit, stance: s })),
      actors: from.filter((r) => r.relationship_type === "attributed-to").map((r) => {
        const a = byId.get(r.target_ref as string)!;
        return { name: String(a.name), type: a.type, stance: stance(r), confidence: Number(r.confidence) };
      }),
      sources: refs.map((r) => ({ url: r.url!, outlet: r.source_name, published: /published (\d{4}-\d{2}-\d{2})/.exec(r.description ?? "")?.[1] ?? null })),
      actions: to.filter((r) => byId.get(r.source_ref as string)?.type === "course-of-action").map((r) => {
        const coa = byId.get(r.source_ref as string)!;
        return { name: String(coa.name), audience: String((coa.extensions as Record<string, Record<string, unknown>>)[EXTENSION_ID]!.audience) };
      }),
    });
  }
  return out;
}
