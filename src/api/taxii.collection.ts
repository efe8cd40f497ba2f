import { incidentStixId, PREAMBLE, stixForIncident, stixObjectsOf, type StixObject } from "../export/index.js";
import type { ExportIncident, Store } from "../store/store.port.js";
import { matchesFilters, type TaxiiQuery } from "./taxii.filters.js";

/** One object of the collection with the time it was added (the merge that produced its current version). */
export interface CollectionEntry {
  object: StixObject;
  dateAdded: Date;
}

export interface CollectionPage {
  entries: CollectionEntry[];
  more: boolean;
  next?: string;
}

/**
 * Where a page stopped: inside the group of one incident (its updatedAt and id) at object `k`, or in the
 * preamble (u = null). Opaque to clients (base64url JSON).
 */
interface Cursor {
  u: number | null;
  i: string;
  k: number;
}

export const encodeCursor = (c: Cursor): string => Buffer.from(JSON.stringify(c)).toString("base64url");

export function decodeCursor(text: string): Cursor | null {
  try {
    const c = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Cursor>;
    if ((c.u === null || (typeof c.u === "number" && Number.isFinite(c.u))) && typeof c.i === "string" && Number.isInteger(c.k) && c.k! >= 0) return c as Cursor;
    return null;
  } catch {
    return null;
  }
}

const PREAMBLE_IDS: ReadonlySet<string> = new Set(PREAMBLE.map((o) => o.id));

/** Incidents read per store query while filling a page. */
const SCAN_BATCH = 50;

/**
 * The collection of incidents as TAXII sees it: the preamble (producer, marking, extension definition),
 * then each incident's objects in (updatedAt, id) order. An incident's objects are added when a merge
 * changes it, so their `date_added` is the incident's updatedAt, and `added_after` selects the incidents
 * merged since. Objects shared by several incidents (actor, vendor, campaign) are repeated with each
 * incident that references them, so an incremental client always receives what new relationships point
 * to; within one page they appear once.
 */
export class IncidentCollection {
  constructor(private readonly store: Store) {}

  /**
   * The incidents `match[id]` can select, when it can be known without reading them: an incident's STIX
   * id derives from its readable id, and the preamble's ids (producer, marking, extension definition)
   * belong to no incident. So when every requested id is one of those, only the named incidents are read
   * (none for preamble ids alone). Any other id (a relationship, an organisation, an actor, a course of
   * action) can come with any incident, and the collection is scanned for it. Either way only objects
   * with a requested id are returned (TAXII 2.1: match[id] filters objects, it does not select bundles).
   */
  private async incidentsFor(q: TaxiiQuery): Promise<string[] | undefined> {
    if (!q.ids || q.ids.size === 0) return undefined;
    const wanted = [...q.ids].filter((id) => !PREAMBLE_IDS.has(id));
    if (!wanted.every((id) => id.startsWith("incident--"))) return undefined;
    if (wanted.length === 0) return [];
    const rows = await this.store.listIncidentIndex();
    return rows.filter((r) => q.ids!.has(incidentStixId(r.id))).map((r) => r.id);
  }

  /** The preamble is dated with the oldest incident, so `added_after` any later time skips it. */
  private async preambleAdded(): Promise<Date> {
    const [oldest] = await this.store.listExportIncidents({ limit: 1 });
    return oldest?.updatedAt ?? new Date(0);
  }

  /**
   * One page of entries. With `dedupe` (objects), a shared object appears once per page; without it
   * (manifest), each group lists it with its own date_added, so the manifest shows every time a merge added it.
   */
  async page(q: TaxiiQuery, dedupe = true): Promise<CollectionPage | { invalidCursor: true }> {
    const cursor = q.next ? decodeCursor(q.next) : { u: null, i: "", k: 0 };
    if (!cursor) return { invalidCursor: true };
    const entries: CollectionEntry[] = [];
    const seen = new Set<string>();
    // Adds matching objects; returns the finished page when it is full and a further match exists (that one becomes `next`).
    const offer = (objects: readonly StixObject[], from: number, dateAdded: Date, at: (k: number) => Cursor): CollectionPage | null => {
      for (let k = from; k < objects.length; k++) {
        const o = objects[k]!;
        if (!matchesFilters(o, q) || (dedupe && seen.has(o.id))) continue;
        if (entries.length >= q.limit) return { entries, more: true, next: encodeCursor(at(k)) };
        if (dedupe) seen.add(o.id);
        entries.push({ object: o, dateAdded });
      }
      return null;
    };

    let position: { updatedAt: Date; id: string } | undefined;
    let after: { updatedAt: Date; id: string } | undefined;
    let resumeAt = 0;
    if (cursor.u === null) {
      const added = await this.preambleAdded();
      if (!q.addedAfter || added > q.addedAfter) {
        const full = offer(PREAMBLE, cursor.k, added, (k) => ({ u: null, i: "", k }));
        if (full) return full;
      }
    } else {
      position = { updatedAt: new Date(cursor.u), id: cursor.i };
      resumeAt = cursor.k;
    }

    const only = await this.incidentsFor(q);
    for (;;) {
      const batch: ExportIncident[] = await this.store.listExportIncidents({ updatedAfter: q.addedAfter, ids: only, from: position, after, limit: SCAN_BATCH });
      for (const incident of batch) {
        const resuming = position && incident.id === position.id && incident.updatedAt.getTime() === position.updatedAt.getTime();
        const objects = stixObjectsOf(stixForIncident(incident));
        const full = offer(objects, resuming ? resumeAt : 0, incident.updatedAt, (k) => ({ u: incident.updatedAt.getTime(), i: incident.id, k }));
        if (full) return full;
      }
      if (batch.length < SCAN_BATCH) return { entries, more: false };
      const last = batch[batch.length - 1]!;
      after = { updatedAt: last.updatedAt, id: last.id };
      position = undefined;
      resumeAt = 0;
    }
  }
}
