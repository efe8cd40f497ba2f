import { advise } from "../advise/index.js";
import type { Sector } from "../domain/incident.js";
import type { ExportIncident, Store } from "../store/store.port.js";
import { EXTENSION_DEFINITION, PRODUCER } from "./stix.extension.js";
import { incidentToStix } from "./stix.mapper.js";
import type { StixObject } from "./stix.types.js";
import { TLP_WHITE } from "./stix.vocab.js";

/** What to export. Incidents come oldest change first, so a later export `--since` continues it. */
export interface ExportFilter {
  /** Incidents changed (merged) at or after this time. */
  since?: Date;
  sector?: Sector;
  /** Only these incidents (Breach Radar ids). */
  incidentIds?: string[];
}

/**
 * Incidents per store query. A page costs three queries whatever its size (incidents, their sources,
 * their facts), so larger pages amortise them, but a page lives while its incidents are mapped and
 * written: at 250 incidents it outlived two young-generation collections and every page was copied
 * into the old generation (measured: 130 MB promoted and 9 full collections per 10k incidents); at 50
 * most pages die young (46 MB, 3), for 3 cheap queries per 50 incidents.
 */
export const EXPORT_PAGE_SIZE = 50;

/** Streams every matching incident, one page in memory at a time. */
export async function* exportIncidents(store: Store, filter: ExportFilter = {}, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportIncident[]> {
  let after: { updatedAt: Date; id: string } | undefined;
  for (;;) {
    const page = await store.listExportIncidents({ sector: filter.sector, since: filter.since, ids: filter.incidentIds, after, limit: pageSize });
    if (page.length === 0) return;
    yield page;
    const last = page[page.length - 1]!;
    after = { updatedAt: last.updatedAt, id: last.id };
    if (page.length < pageSize) return;
  }
}

/** Objects every export and collection starts with: the producer, the TLP marking and the extension definition. */
export const PREAMBLE: readonly StixObject[] = [PRODUCER, TLP_WHITE as unknown as StixObject, EXTENSION_DEFINITION];

/** The STIX objects of one incident, with its advice computed without a clock (deterministic). */
export const stixForIncident = (incident: ExportIncident, known?: ReadonlySet<string>) => incidentToStix(incident, advise(incident), known);

/**
 * Incidents per STIX batch. The bundle writer puts each batch on one line, so this fixes the file's
 * layout (kept from the first release: exports stay byte-identical across versions for the same store).
 */
export const STIX_BATCH_INCIDENTS = 50;

/**
 * The objects one incident adds to a stream: the shared objects it references that the stream has not
 * emitted yet (remembered in `sharedSeen`), then its own. Only shared ids are remembered, so memory
 * grows with the number of distinct names, not with the number of incidents.
 */
export function newStixObjects(incident: ExportIncident, sharedSeen: Set<string>): StixObject[] {
  const { shared, own } = stixForIncident(incident, sharedSeen);
  const out: StixObject[] = [];
  for (const o of shared) {
    if (sharedSeen.has(o.id)) continue;
    sharedSeen.add(o.id);
    out.push(o);
  }
  for (const o of own) out.push(o);
  return out;
}

/**
 * Streams STIX objects: the preamble, then each incident's new objects (see newStixObjects), in
 * batches of STIX_BATCH_INCIDENTS incidents.
 */
export async function* stixObjects(store: Store, filter: ExportFilter = {}): AsyncGenerator<StixBatch> {
  yield { incidents: 0, objects: [...PREAMBLE] };
  const sharedSeen = new Set<string>();
  for await (const page of exportIncidents(store, filter)) {
    for (let start = 0; start < page.length; start += STIX_BATCH_INCIDENTS) {
      const slice = page.slice(start, start + STIX_BATCH_INCIDENTS);
      yield { incidents: slice.length, objects: slice.flatMap((incident) => newStixObjects(incident, sharedSeen)) };
    }
  }
}

/** One page of an export: how many incidents it covers and their objects. */
export interface StixBatch {
  incidents: number;
  objects: StixObject[];
}


