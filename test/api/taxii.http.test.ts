import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../src/api/token.service.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { writeSynthetic } from "../export/helpers/store-loaders.js";
import { exportBundle } from "../export/helpers/export-bundle.js";
import { syntheticWrite, prng } from "../helpers/synthetic-incidents.js";
import { startApiServer, type ApiServer } from "./api.harness.js";

const ROOT = "/taxii2/breach-radar/";
const OBJECTS = `${ROOT}collections/incidents/objects/`;
const TAXII = "application/taxii+json;version=2.1";

describe.each(storeKinds())("TAXII 2.1 server over HTTP (%s)", (kind) => {
  let store: TestStore;
  let api: ApiServer;
  let auth: Record<string, string>;
  let token: string;

  beforeAll(async () => {
    store = await openTestStore(kind);
    await writeSynthetic(store, 24);
    api = await startApiServer(store, { taxiiPage: 40 });
  }, 120_000);
  afterAll(async () => {
    await api.close();
    await store.cleanup();
  });

  it("is off (404) until a token exists, then refuses requests without a valid token with 401", async () => {
    expect((await api.get("/taxii2/")).status).toBe(404);
    ({ token } = await createToken(store, { name: "test", now: new Date() }));
    auth = { authorization: `Bearer ${token}`, accept: TAXII };
    const none = await api.get("/taxii2/");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toMatch(/Bearer/);
    expect(none.body).toMatchObject({ http_status: "401" });
    expect((await api.get("/taxii2/", { authorization: "Bearer brk_not-a-real-token" })).status).toBe(401);
    expect((await api.get("/taxii2/", { authorization: `Token ${token}` })).status).toBe(200);
    expect((await api.get("/taxii2/", { authorization: `Basic ${Buffer.from(`misp:${token}`).toString("base64")}` })).status).toBe(200);
  });

  it("serves discovery, the API root and the collection with the TAXII media type; refuses other media types with 406", async () => {
    const discovery = await api.get("/taxii2/", auth);
    expect(discovery.headers.get("content-type")).toBe(TAXII);
    expect(discovery.body.api_roots).toEqual([`${api.url}${ROOT}`]);
    const root = await api.get(ROOT, auth);
    expect(root.body).toMatchObject({ versions: [TAXII], max_content_length: 0 });
    const cols = await api.get(`${ROOT}collections/`, auth);
    expect(cols.body.collections).toHaveLength(1);
    expect(cols.body.collections[0]).toMatchObject({ can_read: true, can_write: false, media_types: ["application/stix+json;version=2.1"] });
    const byId = await api.get(`${ROOT}collections/${cols.body.collections[0].id}/`, auth);
    expect(byId.body.id).toBe(cols.body.collections[0].id);
    expect((await api.get(ROOT, { ...auth, accept: "application/json" })).status).toBe(406);
    expect((await api.get(ROOT, { ...auth, accept: "application/taxii+json;version=2.0" })).status).toBe(406);
    expect((await api.get(`${ROOT}collections/nope/`, auth)).status).toBe(404);
  });

  it("pages through every object with next/more, never over the page cap, and gives what an export gives", async () => {
    const expected = new Set((await exportBundle(store)).objects.map((o) => o.id as string));
    const seen = new Set<string>();
    let next: string | undefined;
    let pages = 0;
    do {
      const res = await api.get(`${OBJECTS}?limit=5000${next ? `&next=${encodeURIComponent(next)}` : ""}`, auth);
      expect(res.status).toBe(200);
      const ids: string[] = (res.body.objects ?? []).map((o: { id: string }) => o.id);
      expect(ids.length).toBeLessThanOrEqual(40);
      expect(new Set(ids).size).toBe(ids.length);
      expect(res.headers.get("x-taxii-date-added-first")).toMatch(/Z$/);
      ids.forEach((id) => seen.add(id));
      next = res.body.more ? res.body.next : undefined;
      pages++;
    } while (next && pages < 500);
    expect(pages).toBeGreaterThan(3);
    expect(seen).toEqual(expected);
  });

  it("added_after returns only objects added by later merges, and a new merge shows up after X-TAXII-Date-Added-Last", async () => {
    const all = await api.get(`${ROOT}collections/incidents/manifest/?limit=40`, auth);
    expect(all.body.objects[0]).toMatchObject({ media_type: "application/stix+json;version=2.1" });
    const incidents = await store.listIncidents({ limit: 100 });
    const times = incidents.map((i) => i.updatedAt.getTime()).sort((a, b) => a - b);
    const cut = new Date(times[Math.floor(times.length / 2)]!);
    const newer = incidents.filter((i) => i.updatedAt > cut).length;
    const res = await api.get(`${OBJECTS}?match[type]=incident&added_after=${cut.toISOString()}`, auth);
    expect(res.body.objects).toHaveLength(newer);
    for (const o of res.body.objects) expect(Date.parse(o.modified)).toBeGreaterThan(cut.getTime());

    // A client that has everything polls with the last date it saw; a new merge brings only its objects.
    let last: string | null = null;
    let next: string | undefined;
    do {
      const page = await api.get(`${OBJECTS}?${next ? `next=${encodeURIComponent(next)}` : ""}`, auth);
      last = page.headers.get("x-taxii-date-added-last") ?? last;
      next = page.body.more ? page.body.next : undefined;
    } while (next);
    expect((await api.get(`${OBJECTS}?added_after=${last}`, auth)).body.objects).toBeUndefined();
    const write = syntheticWrite(900, prng(3), new Date(Date.parse(last!) + 60_000));
    await store.applyIncidentWrite(write);
    const fresh = await api.get(`${OBJECTS}?added_after=${last}`, auth);
    const incidentObjects = fresh.body.objects.filter((o: { type: string }) => o.type === "incident");
    expect(incidentObjects).toHaveLength(1);
    expect(incidentObjects[0].extensions[Object.keys(incidentObjects[0].extensions)[0]!].breach_radar_id).toBe("synthetic-900");
    // Everything the new relationships point to comes with them.
    const ids = new Set(fresh.body.objects.map((o: { id: string }) => o.id));
    for (const o of fresh.body.objects) if (o.type === "relationship") expect(ids.has(o.source_ref) && ids.has(o.target_ref)).toBe(true);
  });

  it("filters by match[type] and match[id], serves one object and its versions, and rejects bad queries with 400", async () => {
    const rel = await api.get(`${OBJECTS}?match[type]=relationship&limit=3`, auth);
    expect(rel.body.objects.every((o: { type: string }) => o.type === "relationship")).toBe(true);
    const id = rel.body.objects[1].id as string;
    const one = await api.get(`${OBJECTS}?match[id]=${id}`, auth);
    expect(one.body.objects.map((o: { id: string }) => o.id)).toEqual([id]);
    const direct = await api.get(`${OBJECTS}${id}/`, auth);
    expect(direct.body.objects).toHaveLength(1);
    const versions = await api.get(`${OBJECTS}${id}/versions/`, auth);
    expect(versions.body.versions).toEqual([direct.body.objects[0].modified]);
    expect((await api.get(`${OBJECTS}relationship--00000000-0000-5000-8000-000000000000/`, auth)).status).toBe(404);
    // Incident ids are found without a scan (their ids derive from the readable ids); unknown ones are 404.
    const incident = (await api.get(`${OBJECTS}?match[type]=incident&limit=1`, auth)).body.objects[0];
    expect((await api.get(`${OBJECTS}${incident.id}/`, auth)).body.objects.map((o: { id: string }) => o.id)).toEqual([incident.id]);
    expect((await api.get(`${OBJECTS}incident--00000000-0000-5000-8000-000000000000/`, auth)).status).toBe(404);
    expect((await api.get(`${OBJECTS}?match[version]=${direct.body.objects[0].modified}&match[id]=${id}`, auth)).body.objects).toHaveLength(1);
    expect((await api.get(`${OBJECTS}?match[version]=2001-01-01T00:00:00.000Z&match[id]=${id}`, auth)).body.objects).toBeUndefined();
    expect((await api.get(`${OBJECTS}?added_after=yesterday`, auth)).status).toBe(400);
    expect((await api.get(`${OBJECTS}?next=garbage`, auth)).status).toBe(400);
    expect((await api.get(`${OBJECTS}?match[color]=red`, auth)).status).toBe(400);
    expect((await api.get(`${OBJECTS}?limit=0`, auth)).status).toBe(400);
  });

  it("match[id] returns only the objects with those ids, for every object type, and reads no incident for preamble ids", async () => {
    const first = new Map<string, string>();
    for (const o of (await api.get(`${OBJECTS}?limit=40`, auth)).body.objects as { type: string; id: string }[]) if (!first.has(o.type)) first.set(o.type, o.id);
    expect([...first.keys()]).toEqual(expect.arrayContaining(["identity", "marking-definition", "extension-definition", "incident", "relationship", "course-of-action"]));
    for (const id of first.values()) {
      const res = await api.get(`${OBJECTS}?match%5Bid%5D=${encodeURIComponent(id)}&limit=5`, auth);
      expect(res.body.objects.map((o: { id: string }) => o.id), id).toEqual([id]);
      expect(res.body.more).toBe(false);
    }
    const pair = [first.get("marking-definition")!, first.get("relationship")!];
    expect((await api.get(`${OBJECTS}?match[id]=${pair.join(",")}`, auth)).body.objects.map((o: { id: string }) => o.id).sort()).toEqual([...pair].sort());
    // Counting what the store reads: preamble ids and incident ids are answered without a scan of the collection.
    let rowsRead = 0;
    const counting = new Proxy(store, {
      get(target, key, receiver) {
        if (key !== "listExportIncidents") return Reflect.get(target, key, receiver);
        return async (q: Parameters<TestStore["listExportIncidents"]>[0]) => {
          const rows = await target.listExportIncidents(q);
          rowsRead += rows.length;
          return rows;
        };
      },
    });
    const probe = await startApiServer(counting, { taxiiPage: 40 });
    try {
      const marking = await probe.get(`${OBJECTS}?match[id]=${first.get("marking-definition")}`, auth);
      expect(marking.body.objects.map((o: { id: string }) => o.id)).toEqual([first.get("marking-definition")]);
      expect(rowsRead).toBeLessThanOrEqual(1); // the oldest incident, which dates the preamble
      rowsRead = 0;
      expect((await probe.get(`${OBJECTS}?match[id]=${first.get("incident")},${first.get("extension-definition")}`, auth)).body.objects).toHaveLength(2);
      expect(rowsRead).toBeLessThanOrEqual(2);
      rowsRead = 0;
      await probe.get(`${OBJECTS}?match[id]=${first.get("relationship")}`, auth);
      expect(rowsRead).toBeGreaterThanOrEqual((await store.listIncidentIndex()).length); // any other id can come with any incident: a scan
    } finally {
      await probe.close();
    }
  });

  it("rate-limits per token (429 with Retry-After) without affecting other tokens, and a revoked token gets 401", async () => {
    const { token: slow, record } = await createToken(store, { name: "slow", ratePerMinute: 2, now: new Date() });
    const h = { authorization: `Bearer ${slow}` };
    expect((await api.get("/taxii2/", h)).status).toBe(200);
    expect((await api.get("/taxii2/", h)).status).toBe(200);
    const limited = await api.get("/taxii2/", h);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await api.get("/taxii2/", auth)).status).toBe(200);
    api.clock.advance(60_000);
    expect((await api.get("/taxii2/", h)).status).toBe(200);
    await store.revokeApiToken(record.id, new Date());
    expect((await api.get("/taxii2/", h)).status).toBe(401);
  });
});
