import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createIndexCache } from "../../src/bot/search/index.cache.js";
import { fakeClock } from "../../src/clock.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { seedBotFixtures } from "./bot.fixtures.js";

describe("search index cache", () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore("sqlite");
    await seedBotFixtures(store);
  });
  afterAll(async () => { await store.cleanup(); });

  it("serves the old index when stale, rebuilds behind it only when something changed", async () => {
    const clock = fakeClock("2025-08-13T12:00:00Z");
    const cache = createIndexCache(store, clock, silentLogger, 60_000);
    const first = await cache.get();
    expect(first.search("pandora")).toEqual([]);
    clock.advance(61_000);
    expect(await cache.get()).toBe(first); // nothing changed: same index after the check
    await new Promise((r) => setTimeout(r, 50));
    expect(await cache.get()).toBe(first);

    await store.applyIncidentWrite({
      incident: { id: "pandora-2025-08", title: "Pandora customer data accessed", victims: ["Pandora"], victimGroup: null, sector: "retail",
        thirdParty: true, vendor: "Salesforce", vector: null, exposed: ["name", "email"], notExposed: [], affectedCount: null, actors: [],
        detectedAt: null, disclosedAt: "2025-08-05", regulators: [], status: "reported", severity: "medium", conflicts: [] },
      isNew: true, supersedes: [], at: new Date("2025-08-13T12:02:00Z"),
      source: { url: "https://news.example.test/pandora", outlet: "Example Wire", title: "Jeweller reports data access", publishedAt: new Date("2025-08-05"),
        language: "en", contentHash: "h-pandora", fetchedAt: new Date("2025-08-13T12:02:00Z") },
      facts: [{ field: "victims", value: ["Pandora"] }], changes: [{ kind: "new_incident", field: null, text: "New incident: Pandora" }],
    });
    clock.advance(61_000);
    expect(await cache.get()).toBe(first); // stale answer while the rebuild runs
    let fresh = first;
    for (let i = 0; i < 100 && fresh === first; i++) {
      await new Promise((r) => setTimeout(r, 20));
      fresh = await cache.get();
    }
    expect(fresh).not.toBe(first);
    expect(fresh.search("pandora")[0]?.row.id).toBe("pandora-2025-08");

    cache.invalidate();
    const rebuilt = await cache.get();
    expect(rebuilt).not.toBe(fresh);
    expect(rebuilt.size).toBe(fresh.size);
  });
});
