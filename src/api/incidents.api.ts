import { z } from "zod";
import { SECTORS } from "../domain/incident.js";
import { toEvidenceResource, toIncidentResource, type EvidenceResource, type IncidentResource } from "../export/index.js";
import type { Store } from "../store/store.port.js";

/** Query of GET /api/v1/incidents, parsed at the edge. */
export const IncidentListQuerySchema = z.object({
  since: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().describe("Only incidents changed at or after this date or timestamp"),
  sector: z.enum(SECTORS).optional(),
  limit: z.coerce.number().int().min(1).optional().describe("Page size (capped by the server)"),
  cursor: z.string().max(400).optional().describe("The `next_cursor` of the previous page"),
});
export type IncidentListQuery = z.infer<typeof IncidentListQuerySchema>;

export interface IncidentListPage {
  data: IncidentResource[];
  next_cursor: string | null;
}

interface Position { u: number; i: string }
const encode = (p: Position): string => Buffer.from(JSON.stringify(p)).toString("base64url");
function decode(text: string): Position | null {
  try {
    const p = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Position>;
    return typeof p.u === "number" && Number.isFinite(p.u) && typeof p.i === "string" ? (p as Position) : null;
  } catch {
    return null;
  }
}

export type ApiResult<T> = { kind: "ok"; body: T } | { kind: "not_found"; message: string } | { kind: "invalid"; message: string };

/** The read-only JSON API over the store: incidents oldest change first with a keyset cursor, one incident, its evidence. */
export class IncidentsApi {
  constructor(private readonly store: Store, private readonly maxPageSize: number) {}

  async list(query: IncidentListQuery): Promise<ApiResult<IncidentListPage>> {
    const after = query.cursor ? decode(query.cursor) : undefined;
    if (after === null) return { kind: "invalid", message: "cursor is not one this server issued" };
    const limit = Math.min(query.limit ?? this.maxPageSize, this.maxPageSize);
    const since = query.since ? new Date(query.since.length === 10 ? `${query.since}T00:00:00Z` : query.since) : undefined;
    const rows = await this.store.listExportIncidents({ since, sector: query.sector, after: after ? { updatedAt: new Date(after.u), id: after.i } : undefined, limit: limit + 1 });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return { kind: "ok", body: { data: page.map(toIncidentResource), next_cursor: rows.length > limit && last ? encode({ u: last.updatedAt.getTime(), i: last.id }) : null } };
  }

  async get(id: string): Promise<ApiResult<IncidentResource>> {
    const [incident] = await this.store.listExportIncidents({ ids: [id], limit: 1 });
    return incident ? { kind: "ok", body: toIncidentResource(incident) } : { kind: "not_found", message: `No incident with id "${id.slice(0, 120)}"` };
  }

  async evidence(id: string): Promise<ApiResult<EvidenceResource>> {
    const [incident] = await this.store.listExportIncidents({ ids: [id], limit: 1 });
    return incident ? { kind: "ok", body: toEvidenceResource(incident) } : { kind: "not_found", message: `No incident with id "${id.slice(0, 120)}"` };
  }
}
