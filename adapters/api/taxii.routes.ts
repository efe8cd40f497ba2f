import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import { parseTaxiiQuery } from "../../src/api/taxii.filters.js";
import { API_ROOT_PATH, TAXII_MEDIA_TYPE, TAXII_ROOT_PATH, TaxiiService, type TaxiiResponse } from "../../src/api/taxii.service.js";
import type { AccessGate } from "../../src/api/access.gate.js";
import type { AdapterRoute } from "../adapter.js";
import { baseUrl, reply, WWW_AUTHENTICATE } from "./http.reply.js";

export interface TaxiiRouteDeps {
  gate: AccessGate;
  taxii: TaxiiService;
  maxPageSize: number;
  publicUrl?: string;
}

/** TAXII 2.1 content negotiation: taxii+json (2.1 or unversioned), or a wildcard. */
function acceptable(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(",").some((part) => {
    const [type, ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    const version = params.find((p) => p.startsWith("version="))?.slice("version=".length);
    if (type === "*/*" || type === "application/*") return true;
    return type === "application/taxii+json" && (version === undefined || version === "2.1");
  });
}

/** Maps a TAXII path (below /taxii2/) to the service call that answers it. */
async function route(path: string, params: URLSearchParams, deps: TaxiiRouteDeps, base: string): Promise<TaxiiResponse> {
  const norm = path.endsWith("/") ? path : `${path}/`;
  if (norm === TAXII_ROOT_PATH) return deps.taxii.discovery(base);
  if (!norm.startsWith(API_ROOT_PATH)) return TaxiiService.error(404, "Not found", "No such API root.");
  const rest = norm.slice(API_ROOT_PATH.length).split("/").filter(Boolean).map(decodeURIComponent);
  if (rest.length === 0) return deps.taxii.apiRoot();
  if (rest[0] !== "collections") return TaxiiService.error(404, "Not found", "This API root has only collections (no status: it is read-only).");
  if (rest.length === 1) return deps.taxii.collections();
  const known = deps.taxii.collectionById(rest[1]!);
  if (known.status !== 200 || rest.length === 2) return known;
  const parsed = parseTaxiiQuery(params, deps.maxPageSize);
  if (parsed.kind === "invalid") return TaxiiService.error(400, "Bad query", parsed.message);
  const q = parsed.query;
  const [, , what, objectId, sub] = rest;
  if (what === "manifest" && rest.length === 3) return deps.taxii.manifest(q);
  if (what === "objects" && rest.length === 3) return deps.taxii.objects(q);
  if (what === "objects" && objectId && rest.length === 4) return deps.taxii.object(objectId, q);
  if (what === "objects" && objectId && sub === "versions" && rest.length === 5) return deps.taxii.versions(objectId, q);
  return TaxiiService.error(404, "Not found", "No such endpoint in this collection.");
}

/** The TAXII 2.1 routes: everything under /taxii2/, read-only, behind the token gate. */
export function taxiiRoutes(deps: TaxiiRouteDeps): AdapterRoute[] {
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://placeholder");
    const access = await deps.gate.check(req.headers.authorization, req.socket.remoteAddress);
    if (access.kind === "off") return reply(res, 404, TaxiiService.error(404, "Not found", "The TAXII server is off until an API token exists (breach-radar tokens create NAME).").body, TAXII_MEDIA_TYPE);
    if (access.kind === "unauthorized") return reply(res, 401, TaxiiService.error(401, "Unauthorized", `A valid API token is required (${access.reason}).`).body, TAXII_MEDIA_TYPE, { "www-authenticate": WWW_AUTHENTICATE });
    if (access.kind === "auth_throttled") return reply(res, 429, TaxiiService.error(429, "Too many requests", `Too many failed token attempts from this address; retry in ${access.retryAfterSec} s.`).body, TAXII_MEDIA_TYPE, { "retry-after": String(access.retryAfterSec) });
    if (access.kind === "rate_limited") return reply(res, 429, TaxiiService.error(429, "Too many requests", `Rate limit of this token reached; retry in ${access.retryAfterSec} s.`).body, TAXII_MEDIA_TYPE, { "retry-after": String(access.retryAfterSec) });
    if (!acceptable(req.headers.accept)) return reply(res, 406, TaxiiService.error(406, "Not acceptable", `This server speaks ${TAXII_MEDIA_TYPE}.`).body, TAXII_MEDIA_TYPE);
    const base = baseUrl(deps.publicUrl, req.headers.host, Boolean((req.socket as TLSSocket).encrypted));
    const answer = await route(url.pathname, url.searchParams, deps, base);
    reply(res, answer.status, answer.body, TAXII_MEDIA_TYPE, answer.headers);
  };
  return [{ method: "GET", path: TAXII_ROOT_PATH, prefix: true, handle }];
}
