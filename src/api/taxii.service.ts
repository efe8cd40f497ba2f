import { stixId } from "../export/index.js";
import type { Store } from "../store/store.port.js";
import { IncidentCollection, type CollectionEntry } from "./taxii.collection.js";
import { versionOf, type TaxiiQuery } from "./taxii.filters.js";

export const TAXII_MEDIA_TYPE = "application/taxii+json;version=2.1";
export const STIX_MEDIA_TYPE = "application/stix+json;version=2.1";
export const TAXII_ROOT_PATH = "/taxii2/";
export const API_ROOT_PATH = "/taxii2/breach-radar/";
/** The one collection: a fixed UUID, so a platform's configured feed survives restarts and upgrades. */
export const COLLECTION_ID = stixId("x-taxii-collection", "incidents").split("--")[1]!;

/** A TAXII response: status, body and the extra headers it needs. */
export interface TaxiiResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const error = (status: number, title: string, description: string): TaxiiResponse => ({ status, body: { title, description, http_status: String(status) } });

function dateHeaders(entries: CollectionEntry[]): Record<string, string> {
  if (entries.length === 0) return {};
  const times = entries.map((e) => e.dateAdded.getTime());
  return { "X-TAXII-Date-Added-First": new Date(Math.min(...times)).toISOString(), "X-TAXII-Date-Added-Last": new Date(Math.max(...times)).toISOString() };
}

/** The read-only TAXII 2.1 server: discovery, one API root, one collection of incidents. */
export class TaxiiService {
  private readonly collection: IncidentCollection;

  constructor(store: Store) {
    this.collection = new IncidentCollection(store);
  }

  discovery(baseUrl: string): TaxiiResponse {
    const root = `${baseUrl}${API_ROOT_PATH}`;
    return { status: 200, body: { title: "Breach Radar", description: "Third-party data-breach incidents from public security news, as STIX 2.1, with sources and how sure each fact is.", default: root, api_roots: [root] } };
  }

  apiRoot(): TaxiiResponse {
    return { status: 200, body: { title: "Breach Radar incidents", description: "Read-only API root.", versions: [TAXII_MEDIA_TYPE], max_content_length: 0 } };
  }

  collectionInfo(): Record<string, unknown> {
    return {
      id: COLLECTION_ID,
      title: "Breach Radar incidents",
      description: "Every incident with its victims, vendor, actors, campaign, data classes exposed and not, counts with stance, sources and recommended actions. date_added is the time of the merge that produced the current version.",
      alias: "incidents",
      can_read: true,
      can_write: false,
      media_types: [STIX_MEDIA_TYPE],
    };
  }

  collections(): TaxiiResponse {
    return { status: 200, body: { collections: [this.collectionInfo()] } };
  }

  collectionById(id: string): TaxiiResponse {
    return id === COLLECTION_ID || id === "incidents" ? { status: 200, body: this.collectionInfo() } : error(404, "Collection not found", `No collection "${id.slice(0, 80)}" in this API root.`);
  }

  async objects(query: TaxiiQuery): Promise<TaxiiResponse> {
    const page = await this.collection.page(query);
    if ("invalidCursor" in page) return error(400, "Bad next", "The next parameter is not one this server issued.");
    const body: Record<string, unknown> = { more: page.more };
    if (page.next) body.next = page.next;
    if (page.entries.length > 0) body.objects = page.entries.map((e) => e.object);
    return { status: 200, body, headers: dateHeaders(page.entries) };
  }

  async manifest(query: TaxiiQuery): Promise<TaxiiResponse> {
    const page = await this.collection.page(query, false);
    if ("invalidCursor" in page) return error(400, "Bad next", "The next parameter is not one this server issued.");
    const body: Record<string, unknown> = { more: page.more };
    if (page.next) body.next = page.next;
    if (page.entries.length > 0) body.objects = page.entries.map((e) => ({ id: e.object.id, date_added: e.dateAdded.toISOString(), version: versionOf(e.object), media_type: STIX_MEDIA_TYPE }));
    return { status: 200, body, headers: dateHeaders(page.entries) };
  }

  /** Get an Object: the objects endpoint restricted to one id (404 when absent). */
  async object(id: string, query: TaxiiQuery): Promise<TaxiiResponse> {
    const res = await this.objects({ ...query, ids: new Set([id]) });
    if (res.status === 200 && !(res.body as { objects?: unknown[] }).objects) return error(404, "Object not found", `No object ${id.slice(0, 120)} in this collection.`);
    return res;
  }

  /** Object versions: each object has one (its current version). */
  async versions(id: string, query: TaxiiQuery): Promise<TaxiiResponse> {
    const res = await this.manifest({ ...query, ids: new Set([id]), versions: ["all"], next: undefined });
    const entries = (res.body as { objects?: { version: string }[] }).objects;
    if (!entries) return error(404, "Object not found", `No object ${id.slice(0, 120)} in this collection.`);
    return { status: 200, body: { more: false, versions: [...new Set(entries.map((e) => e.version))] }, headers: res.headers };
  }

  static error = error;
}
