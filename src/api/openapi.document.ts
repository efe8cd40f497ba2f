import { z } from "zod";
import { EvidenceResourceSchema, IncidentResourceSchema } from "../export/index.js";
import { IncidentListQuerySchema } from "./incidents.api.js";

const ErrorSchema = z.object({ error: z.string().describe("Stable error code"), message: z.string() });
const IncidentPageSchema = z.object({ data: z.array(IncidentResourceSchema), next_cursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page") });

/** JSON Schemas of the API's resources, generated from the zod schemas the server uses. */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(IncidentResourceSchema, { id: "Incident" });
  registry.add(EvidenceResourceSchema, { id: "Evidence" });
  registry.add(IncidentPageSchema, { id: "IncidentPage" });
  registry.add(ErrorSchema, { id: "Error" });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}`, unrepresentable: "any" });
  // OpenAPI 3.1 components are JSON Schema 2020-12 already; drop the per-schema $schema/$id headers.
  return Object.fromEntries(Object.entries(schemas).map(([id, s]) => {
    const { $schema: _s, $id: _i, ...rest } = s as Record<string, unknown>;
    return [id, rest];
  }));
}

function queryParameters(): unknown[] {
  const shape = z.toJSONSchema(IncidentListQuerySchema, { unrepresentable: "any", io: "input" }) as { properties: Record<string, { description?: string }> };
  return Object.entries(shape.properties).map(([name, schema]) => ({ name, in: "query", required: false, description: schema.description, schema }));
}

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });
const errors = {
  "401": { description: "Missing, unknown or revoked token", content: json("Error") },
  "404": { description: "Not found (or the API is off: no token exists yet)", content: json("Error") },
  "429": { description: "Rate limit of the token exceeded; see Retry-After", content: json("Error") },
};
const idParameter = { name: "id", in: "path", required: true, description: "Breach Radar incident id, e.g. qantas-2025-06", schema: { type: "string" } };

/** The OpenAPI 3.1 document served at /api/v1/openapi.json. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "Breach Radar API", version: "1.0.0", description: "Read-only access to third-party data-breach incidents, their sources and how sure each fact is. Tokens: `breach-radar tokens create NAME`." },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { basic: [] }],
    paths: {
      "/api/v1/incidents": { get: { operationId: "listIncidents", summary: "Incidents, oldest change first, one page at a time", parameters: queryParameters(), responses: { "200": { description: "A page of incidents", content: json("IncidentPage") }, "400": { description: "Bad query", content: json("Error") }, ...errors } } },
      "/api/v1/incidents/{id}": { get: { operationId: "getIncident", summary: "One incident", parameters: [idParameter], responses: { "200": { description: "The incident", content: json("Incident") }, ...errors } } },
      "/api/v1/incidents/{id}/evidence": { get: { operationId: "getIncidentEvidence", summary: "Every stored fact of an incident with its source, stance and quotes", parameters: [idParameter], responses: { "200": { description: "The facts", content: json("Evidence") }, ...errors } } },
    },
    components: {
      schemas: componentSchemas(),
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "An API token" }, basic: { type: "http", scheme: "basic", description: "Any user name, the API token as password" } },
    },
  };
}
