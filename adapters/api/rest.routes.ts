import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import type { AccessGate } from "../../src/api/access.gate.js";
import { IncidentListQuerySchema, type ApiResult, type IncidentsApi } from "../../src/api/incidents.api.js";
import { openApiDocument } from "../../src/api/openapi.document.js";
import type { AdapterRoute } from "../adapter.js";
import { baseUrl, reply, WWW_AUTHENTICATE } from "./http.reply.js";

export interface RestRouteDeps {
  gate: AccessGate;
  api: IncidentsApi;
  publicUrl?: string;
}

const JSON_TYPE = "application/json; charset=utf-8";
const PREFIX = "/api/v1/";
const fail = (res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) => reply(res, status, { error: code, message }, JSON_TYPE, headers);

function send(res: ServerResponse, result: ApiResult<unknown>): void {
  if (result.kind === "ok") return reply(res, 200, result.body, JSON_TYPE);
  if (result.kind === "not_found") return fail(res, 404, "NOT_FOUND", result.message);
  return fail(res, 400, "INVALID_INPUT", result.message);
}

/** GET /api/v1/incidents[/{id}[/evidence]] and /api/v1/openapi.json, behind the same token gate as TAXII. */
export function restRoutes(deps: RestRouteDeps): AdapterRoute[] {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://placeholder");
    const access = await deps.gate.check(req.headers.authorization, req.socket.remoteAddress);
    if (access.kind === "off") return fail(res, 404, "NOT_FOUND", "The API is off until an API token exists (breach-radar tokens create NAME).");
    const rest = url.pathname.slice(PREFIX.length).split("/").filter(Boolean).map(decodeURIComponent);
    // The API description holds no data: anyone who can reach an enabled API may read it.
    if (rest.length === 1 && rest[0] === "openapi.json") {
      return reply(res, 200, openApiDocument(baseUrl(deps.publicUrl, req.headers.host, Boolean((req.socket as TLSSocket).encrypted))), JSON_TYPE);
    }
    if (access.kind === "auth_throttled") return fail(res, 429, "RATE_LIMITED", `Too many failed token attempts from this address; retry in ${access.retryAfterSec} s.`, { "retry-after": String(access.retryAfterSec) });
    if (access.kind === "unauthorized") return fail(res, 401, "UNAUTHORIZED", `A valid API token is required (${access.reason}).`, { "www-authenticate": WWW_AUTHENTICATE });
    if (access.kind === "rate_limited") return fail(res, 429, "RATE_LIMITED", `Rate limit of this token reached; retry in ${access.retryAfterSec} s.`, { "retry-after": String(access.retryAfterSec) });
    if (rest[0] !== "incidents" || rest.length > 3 || (rest.length === 3 && rest[2] !== "evidence")) return fail(res, 404, "NOT_FOUND", "No such endpoint; see /api/v1/openapi.json.");
    if (rest.length === 1) {
      const query = IncidentListQuerySchema.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) return fail(res, 400, "INVALID_INPUT", query.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
      return send(res, await deps.api.list(query.data));
    }
    if (rest.length === 2) return send(res, await deps.api.get(rest[1]!));
    return send(res, await deps.api.evidence(rest[1]!));
  };
  return [{ method: "GET", path: PREFIX, prefix: true, handle }];
}
