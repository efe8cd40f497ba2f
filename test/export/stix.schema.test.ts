import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { ingestSharedSet, writeSynthetic } from "./helpers/store-loaders.js";
import { cloneIncidents } from "../helpers/synthetic-clone.js";
import { bundleErrors } from "./stix.validator.js";
import { exportBundle } from "./helpers/export-bundle.js";

const summarise = (errors: string[]) => [...new Set(errors)].slice(0, 20);

describe.each(storeKinds())("STIX export validates against the OASIS STIX 2.1 schemas (%s)", (kind) => {
  let store: TestStore;
  beforeAll(async () => { store = await openTestStore(kind); }, 120_000);
  afterAll(async () => { await store.cleanup(); });

  it("seeds and shared corpus, ingested through the real pipeline", async () => {
    const seeds = await ingestSharedSet(store, "seeds");
    const corpus = await ingestSharedSet(store, "corpus");
    expect(seeds).toBeGreaterThan(0);
    expect(corpus).toBeGreaterThan(15);
    const bundle = await exportBundle(store);
    expect(summarise(bundleErrors(bundle))).toEqual([]);
    const types = new Set(bundle.objects.map((o) => o.type));
    for (const t of ["incident", "identity", "relationship", "course-of-action", "threat-actor", "extension-definition", "marking-definition"]) expect(types).toContain(t);
    expect(bundle.objects.filter((o) => o.type === "incident").length).toBe(await store.countIncidents());
    // Ids are unique inside one bundle (shared objects are emitted once).
    expect(new Set(bundle.objects.map((o) => o.id)).size).toBe(bundle.objects.length);
  }, 180_000);
});

describe("STIX export of a generated store of 5,000 incidents", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore("sqlite");
    // 250 varied incidents through the real write path, cloned in SQL up to 5,000.
    await writeSynthetic(store, 250);
    expect(cloneIncidents(store.databaseUrl, 5000)).toBe(5000);
  }, 300_000);
  afterAll(async () => { await store.cleanup(); });

  it("every object and the bundle validate, references resolve, and ids are unique", async () => {
    const bundle = await exportBundle(store);
    expect(summarise(bundleErrors(bundle))).toEqual([]);
    const ids = new Set(bundle.objects.map((o) => o.id as string));
    expect(ids.size).toBe(bundle.objects.length);
    expect(bundle.objects.filter((o) => o.type === "incident")).toHaveLength(5000);
    const dangling = bundle.objects.flatMap((o) => [o.source_ref, o.target_ref, o.created_by_ref, ...((o.object_marking_refs as string[] | undefined) ?? [])])
      .filter((ref): ref is string => typeof ref === "string" && !ids.has(ref));
    expect(dangling).toEqual([]);
    // Distinct clusters stay distinct: UNC6040 is its own intrusion-set, never an alias of ShinyHunters.
    const shiny = bundle.objects.find((o) => o.name === "ShinyHunters");
    const unc = bundle.objects.find((o) => o.name === "UNC6040");
    expect(shiny?.type).toBe("threat-actor");
    expect(unc?.type).toBe("intrusion-set");
    expect(shiny?.aliases ?? []).not.toContain("UNC6040");
  }, 300_000);
});
