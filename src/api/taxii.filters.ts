import { z } from "zod";
import type { StixObject } from "../export/index.js";

/** The TAXII 2.1 query parameters of Get Objects / Get Manifest, parsed at the edge. */
export interface TaxiiQuery {
  addedAfter?: Date;
  types?: Set<string>;
  ids?: Set<string>;
  /** "last" (default), "first", "all" or version timestamps. */
  versions: string[];
  specVersions?: Set<string>;
  limit: number;
  next?: string;
}

export type ParsedTaxiiQuery = { kind: "ok"; query: TaxiiQuery } | { kind: "invalid"; message: string };

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
const list = (v: string | null): string[] => (v ? v.split(",").map((s) => s.trim()).filter(Boolean) : []);

const LimitSchema = z.coerce.number().int().min(1);

/**
 * Parses `added_after`, `limit`, `next` and `match[type|id|version|spec_version]`. Unknown `match[...]`
 * fields are refused (400) rather than silently ignored; `limit` is capped at `maxPageSize`.
 */
export function parseTaxiiQuery(params: URLSearchParams, maxPageSize: number): ParsedTaxiiQuery {
  const query: TaxiiQuery = { versions: ["last"], limit: maxPageSize };
  const addedAfter = params.get("added_after");
  if (addedAfter !== null) {
    if (!TIMESTAMP.test(addedAfter)) return { kind: "invalid", message: `added_after must be a STIX timestamp such as 2025-07-01T00:00:00.000Z; got "${addedAfter.slice(0, 40)}"` };
    query.addedAfter = new Date(addedAfter);
  }
  const limit = params.get("limit");
  if (limit !== null) {
    const parsed = LimitSchema.safeParse(limit);
    if (!parsed.success) return { kind: "invalid", message: "limit must be a positive whole number" };
    query.limit = Math.min(parsed.data, maxPageSize);
  }
  const next = params.get("next");
  if (next) query.next = next;
  for (const key of new Set(params.keys())) {
    const m = /^match\[(.+)\]$/.exec(key);
    if (!m) continue;
    const values = params.getAll(key).flatMap(list);
    switch (m[1]) {
      case "type": query.types = new Set(values); break;
      case "id": query.ids = new Set(values); break;
      case "version": query.versions = values.length > 0 ? values : ["last"]; break;
      case "spec_version": query.specVersions = new Set(values); break;
      default: return { kind: "invalid", message: `match[${m[1]}] is not supported; use type, id, version or spec_version` };
    }
  }
  return { kind: "ok", query };
}

/** Each object has exactly one version here (the current one), so first, last and all all select it. */
export function matchesFilters(o: StixObject, q: TaxiiQuery): boolean {
  if (q.types && !q.types.has(o.type)) return false;
  if (q.ids && !q.ids.has(o.id)) return false;
  if (q.specVersions && !q.specVersions.has(o.spec_version)) return false;
  if (!q.versions.some((v) => v === "last" || v === "first" || v === "all")) {
    const version = versionOf(o);
    if (!q.versions.some((v) => TIMESTAMP.test(v) && new Date(v).getTime() === new Date(version).getTime())) return false;
  }
  return true;
}

/** An object's version: its `modified`, or `created` for objects without one (marking definitions). */
export const versionOf = (o: StixObject): string => (o.modified ?? o.created ?? "") as string;
