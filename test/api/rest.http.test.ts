import { afterAll, beforeAll, describe, expect, it } from "vitest";
import Ajv2020Module from "ajv/dist/2020.js";
import { createToken } from "../../src/api/token.service.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { writeSynthetic } from "../export/helpers/store-loaders.js";
import { startApiServer, type ApiServer } from "./api.harness.js";

const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module.default }).default ?? Ajv2020Module;

describe.each(storeKinds())("read-only JSON API over HTTP (%s)", (kind) => {
  let store: TestStore;
  let api: ApiServer;
  let auth: Record<string, string>;
  let validate: (ref: string, body: unknown) => string[];

  beforeAll(async () => {
    store = await openTestStore(kind);
    await writeSynthetic(store, 23);
    api = await startApiServer(store, { apiPage: 10 });
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  it("is off without tokens, then needs one; the OpenAPI 3.1 document is generated from the zod schemas", async () => {
    expect((await api.get("/api/v1/incidents")).status).toBe(404);
    const { token } = await createToken(store, { name: "api", now: new Date() });
    auth = { authorization: `Bearer ${token}` };
    const refused = await api.get("/api/v1/incidents");
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({ error: "UNAUTHORIZED" });
    const doc = await api.get("/api/v1/openapi.json");
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe("3.1.0");
    expect(Object.keys(doc.body.paths)).toEqual(["/api/v1/incidents", "/api/v1/incidents/{id}", "/api/v1/incidents/{id}/evidence"]);
    expect(doc.body.components.schemas.Incident.properties.not_exposed.type).toBe("array");
    expect(doc.body.paths["/api/v1/incidents"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["since", "sector", "limit", "cursor"]);
    // Responses are checked against the published document itself (JSON Schema 2020-12, as OpenAPI 3.1 says).
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema({ $id: "https://breach-radar.test/openapi.json", components: doc.body.components });
    validate = (ref, body) => {
      const check = ajv.compile({ $ref: `https://breach-radar.test/openapi.json#/components/schemas/${ref}` });
      return check(body) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
    };
  });

  it("lists every incident once through the cursor, capped at the page size, and each page matches the document", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await api.get(`/api/v1/incidents?limit=500${cursor ? `&cursor=${cursor}` : ""}`, auth);
      expect(res.status).toBe(200);
      expect(validate("IncidentPage", res.body)).toEqual([]);
      expect(res.body.data.length).toBeLessThanOrEqual(10);
      seen.push(...res.body.data.map((i: { id: string }) => i.id));
      cursor = res.body.next_cursor;
      pages++;
    } while (cursor && pages < 20);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(23);
    const airline = await api.get("/api/v1/incidents?sector=airline", auth);
    expect(airline.body.data.length).toBeGreaterThan(0);
    expect(airline.body.data.every((i: { sector: string }) => i.sector === "airline")).toBe(true);
    expect((await api.get("/api/v1/incidents?sector=banks", auth)).status).toBe(400);
    expect((await api.get("/api/v1/incidents?cursor=zzz", auth)).status).toBe(400);
    const future = await api.get("/api/v1/incidents?since=2030-01-01", auth);
    expect(future.body).toEqual({ data: [], next_cursor: null });
  });

  it("serves one incident and its evidence, and 404 for an unknown id", async () => {
    const one = await api.get("/api/v1/incidents/synthetic-3", auth);
    expect(one.status).toBe(200);
    expect(validate("Incident", one.body)).toEqual([]);
    const detail = (await store.getIncident("synthetic-3"))!;
    expect(one.body.victims.map((v: { name: string }) => v.name)).toEqual(detail.victims);
    expect(one.body.not_exposed.map((c: { class: string; stance: string }) => [c.class, c.stance])).toEqual(detail.notExposed.map((c) => [c, "denied"]));
    const evidence = await api.get("/api/v1/incidents/synthetic-3/evidence", auth);
    expect(validate("Evidence", evidence.body)).toEqual([]);
    expect(evidence.body.facts.length).toBe(detail.facts.length);
    expect(evidence.body.facts[0].source.url).toBe(detail.sources[0]!.url);
    const missing = await api.get("/api/v1/incidents/no-such-incident", auth);
    expect(missing.status).toBe(404);
    expect(missing.body.error).toBe("NOT_FOUND");
    expect((await api.get("/api/v1/things", auth)).status).toBe(404);
  });
});
