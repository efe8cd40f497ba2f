/**
 * The export's fast path against plain references, on both databases:
 *  - the store's page reader (three SQL queries per page) gives exactly the records the store's
 *    per-incident read (getIncident) gives, in keyset order, for every page size and filter;
 *  - the bundle writer (per-incident serialisation into byte chunks) writes the same bytes as the first
 *    release's writer (one JSON.stringify per batch of 50 incidents), rebuilt here from those records.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PassThrough } from "node:stream";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { PREAMBLE, stixForIncident, writeExport, type ExportFilter } from "../../src/export/index.js";
import type { StixObject } from "../../src/export/index.js";
import type { ExportIncident, ExportQuery } from "../../src/store/store.port.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { ingestSharedSet, writeSynthetic } from "./helpers/store-loaders.js";

/** An incident as the store's per-incident read gives it, in the export's shape. */
async function referenceRecord(store: TestStore, id: string): Promise<ExportIncident> {
  const { changes: _changes, campaign, ...rest } = (await store.getIncident(id))!;
  return {
    ...rest,
    campaign: campaign ? { id: campaign.id, name: campaign.name, vendor: campaign.vendor, actor: campaign.actor, vector: campaign.vector, firstSeenAt: campaign.firstSeenAt, updatedAt: campaign.updatedAt } : null,
  };
}

/** Every page of a query, read with `limit` per page through the keyset cursor. */
async function readAll(store: TestStore, query: Omit<ExportQuery, "limit">, limit: number): Promise<ExportIncident[]> {
  const out: ExportIncident[] = [];
  let after: ExportQuery["after"];
  for (;;) {
    const page = await store.listExportIncidents({ ...query, after, limit });
    out.push(...page);
    if (page.length < limit) return out;
    const last = page[page.length - 1]!;
    after = { updatedAt: last.updatedAt, id: last.id };
  }
}

/** The first release's bundle writer: one JSON.stringify per batch of 50 incidents, batches on their own lines. */
function referenceBundle(incidents: ExportIncident[]): string {
  const batches: StixObject[][] = [[...PREAMBLE]];
  const seen = new Set<string>();
  for (let k = 0; k < incidents.length; k += 50) {
    const batch: StixObject[] = [];
    for (const incident of incidents.slice(k, k + 50)) {
      const { shared, own } = stixForIncident(incident, seen);
      for (const o of shared) if (!seen.has(o.id)) (seen.add(o.id), batch.push(o));
      batch.push(...own);
    }
    batches.push(batch);
  }
  return `{"type":"bundle","id":"bundle--ID","objects":[` + batches.map((b, k) => (k > 0 ? ",\n" : "\n") + JSON.stringify(b).slice(1, -1)).join("") + "\n]}\n";
}

/** The same export into a file, where the writer recycles its chunk buffers once the file stream has written them. */
async function writtenToFile(store: TestStore, filter: ExportFilter): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "breach-radar-fastpath-"));
  try {
    const sink = createWriteStream(join(dir, "bundle.json"));
    await writeExport(store, "stix", filter, sink);
    sink.end();
    await finished(sink);
    return (await readFile(join(dir, "bundle.json"), "utf8")).replace(/^\{"type":"bundle","id":"bundle--[0-9a-f-]{36}"/, '{"type":"bundle","id":"bundle--ID"');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function written(store: TestStore, filter: ExportFilter): Promise<string> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c));
  await writeExport(store, "stix", filter, sink);
  sink.end();
  return Buffer.concat(chunks).toString("utf8").replace(/^\{"type":"bundle","id":"bundle--[0-9a-f-]{36}"/, '{"type":"bundle","id":"bundle--ID"');
}

describe.each(storeKinds())("export fast path (%s)", (kind) => {
  let store: TestStore;
  let all: ExportIncident[];
  beforeAll(async () => {
    store = await openTestStore(kind);
    await ingestSharedSet(store, "seeds");
    await ingestSharedSet(store, "corpus");
    await writeSynthetic(store, 140);
    all = await readAll(store, {}, 1000);
  }, 180_000);
  afterAll(async () => { await store.cleanup(); });

  it("pages hold exactly the store's records, in (updatedAt, id) order, whatever the page size", async () => {
    const index = await store.listIncidentIndex();
    expect(all.map((i) => i.id).sort()).toEqual(index.map((r) => r.id).sort());
    expect(all.some((i) => i.campaign !== null)).toBe(true);
    expect(all.some((i) => i.facts.some((f) => f.stance))).toBe(true);
    for (let k = 1; k < all.length; k++) expect(all[k]!.updatedAt.getTime()).toBeGreaterThanOrEqual(all[k - 1]!.updatedAt.getTime());
    for (const incident of all) expect(incident, incident.id).toEqual(await referenceRecord(store, incident.id));
    for (const size of [1, 7, 50]) expect((await readAll(store, {}, size)).map((i) => i.id)).toEqual(all.map((i) => i.id));
  }, 120_000);

  it("filters and cursors select what they say", async () => {
    const since = all[Math.floor(all.length / 2)]!.updatedAt;
    expect((await readAll(store, { since }, 13)).map((i) => i.id)).toEqual(all.filter((i) => i.updatedAt >= since).map((i) => i.id));
    expect((await readAll(store, { updatedAfter: since }, 13)).map((i) => i.id)).toEqual(all.filter((i) => i.updatedAt > since).map((i) => i.id));
    expect((await readAll(store, { sector: "retail" }, 9)).map((i) => i.id)).toEqual(all.filter((i) => i.sector === "retail").map((i) => i.id));
    const ids = all.filter((_, k) => k % 3 === 0).map((i) => i.id);
    expect((await readAll(store, { ids: [...ids, "no-such-incident"] }, 10)).map((i) => i.id)).toEqual(ids);
    const middle = all[20]!;
    const from = await store.listExportIncidents({ from: { updatedAt: middle.updatedAt, id: middle.id }, limit: 3 });
    expect(from.map((i) => i.id)).toEqual(all.slice(20, 23).map((i) => i.id));
    expect(await store.listExportIncidents({ ids: [], limit: 5 })).toEqual([]);
  });

  it("writes the same bytes as the first release's writer, for the whole store and filtered", async () => {
    const whole = referenceBundle(all);
    expect(await written(store, {})).toBe(whole);
    // Several MB: the file path goes through more chunks than it has buffers in flight, so recycled ones are reused.
    expect(Buffer.byteLength(whole)).toBeGreaterThan(3 << 20);
    expect(await writtenToFile(store, {})).toBe(whole);
    expect(await written(store, { sector: "airline" })).toBe(referenceBundle(all.filter((i) => i.sector === "airline")));
    const since = all[all.length - 5]!.updatedAt;
    expect(await written(store, { since })).toBe(referenceBundle(all.filter((i) => i.updatedAt >= since)));
    expect(await written(store, { incidentIds: ["no-such-incident"] })).toBe(referenceBundle([]));
  }, 120_000);
});
