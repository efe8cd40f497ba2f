import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createStore, parseDatabaseUrl, runMigrations } from "../../src/store/index.js";
import { MIGRATIONS_ROOT } from "../../src/store/migrations.loader.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, postgresScratch, storeKinds, type StoreKind, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "./store-fixtures.js";

const TEXT = ["Airline confirms customer data theft", "Qantas said 5.7 million customers were affected.", "ShinyHunters claims 6 million records."].join("\n");
const quote = (sentence: string) => ({ text: sentence, start: TEXT.indexOf(sentence), end: TEXT.indexOf(sentence) + sentence.length });
const CONFIRMED = quote("Qantas said 5.7 million customers were affected.");
const CLAIMED = quote("ShinyHunters claims 6 million records.");

describe.each(storeKinds())("evidence in the store (%s)", (kind) => {
  let store: TestStore;
  beforeEach(async () => { store = await openTestStore(kind); });
  afterEach(async () => { await store.cleanup(); });

  it("keeps each fact's value, stance, quotes, speaker, unit and the source's publication date, and the source's text", async () => {
    const write = makeWrite({
      incident: { stances: { affectedCount: "confirmed", vendor: "reported" }, counts: [{ value: 5_700_000, unit: "people", stance: "confirmed", speaker: "Qantas", sources: ["https://news.example.test/qantas-2025-06/first"] }] },
      facts: [
        { field: "affectedCount", value: 5_700_000, stance: "confirmed", quotes: [CONFIRMED], speaker: "Qantas", unit: "people" },
        { field: "affectedCount", value: 6_000_000, stance: "claimed", quotes: [CLAIMED], speaker: "ShinyHunters", unit: "records" },
        { field: "vendor", value: "Salesforce" },
      ],
    });
    const applied = await store.applyIncidentWrite({ ...write, sourceText: TEXT, reportedAt: new Date("2025-07-02T08:00:00Z") });
    const d = (await store.getIncident("qantas-2025-06"))!;
    const byKey = (a: { field: string; value: unknown }, b: { field: string; value: unknown }) => `${a.field}${String(a.value)}`.localeCompare(`${b.field}${String(b.value)}`);
    expect(d.facts.map((f) => ({ field: f.field, value: f.value, stance: f.stance, quotes: f.quotes, speaker: f.speaker, unit: f.unit, publishedAt: f.publishedAt })).sort(byKey)).toEqual([
      { field: "affectedCount", value: 5_700_000, stance: "confirmed", quotes: [CONFIRMED], speaker: "Qantas", unit: "people", publishedAt: new Date("2025-07-02T08:00:00Z") },
      { field: "affectedCount", value: 6_000_000, stance: "claimed", quotes: [CLAIMED], speaker: "ShinyHunters", unit: "records", publishedAt: new Date("2025-07-02T08:00:00Z") },
      { field: "vendor", value: "Salesforce", stance: "reported", quotes: [], speaker: null, unit: null, publishedAt: new Date("2025-07-02T08:00:00Z") },
    ].sort(byKey));
    for (const f of d.facts) for (const q of f.quotes ?? []) expect(TEXT.slice(q.start, q.end)).toBe(q.text);
    expect(d.stances).toEqual({ affectedCount: "confirmed", vendor: "reported" });
    expect(d.counts).toEqual([{ value: 5_700_000, unit: "people", stance: "confirmed", speaker: "Qantas", sources: ["https://news.example.test/qantas-2025-06/first"] }]);
    expect(await store.getSourceTexts("qantas-2025-06")).toEqual([{ sourceId: applied.sourceId, text: TEXT }]);
    expect(d.changes[0]!.reportedAt).toEqual(new Date("2025-07-02T08:00:00Z"));
    // the same write again changes nothing
    expect((await store.applyIncidentWrite({ ...write, sourceText: TEXT })).changed).toBe(false);
  });

  it("event time: first and last reported dates follow the sources' publication dates, not the fetch time", async () => {
    await store.applyIncidentWrite(makeWrite({ at: new Date("2026-12-04T09:00:00Z"), source: { publishedAt: new Date("2025-07-09T00:00:00Z") } }));
    await store.applyIncidentWrite(makeWrite({ isNew: false, at: new Date("2026-12-04T09:01:00Z"), source: { url: "https://x.test/earlier", contentHash: "e", publishedAt: new Date("2025-07-02T00:00:00Z") }, changes: [] }));
    const undated = makeWrite({ isNew: false, at: new Date("2026-12-04T09:02:00Z"), source: { url: "https://x.test/undated", contentHash: "u", publishedAt: null }, changes: [{ kind: "new_source", field: null, text: "New report" }] });
    await store.applyIncidentWrite({ ...undated, reportedAt: new Date("2025-07-05T00:00:00Z") });
    const d = (await store.getIncident("qantas-2025-06"))!;
    expect(d.firstReportedAt).toEqual(new Date("2025-07-02T00:00:00Z"));
    expect(d.lastReportedAt).toEqual(new Date("2025-07-09T00:00:00Z"));
    expect(d.updatedAt).toEqual(new Date("2026-12-04T09:02:00Z"));
    expect(d.changes.find((c) => c.text === "New report")!.reportedAt).toEqual(new Date("2025-07-05T00:00:00Z"));
  });

  it("a revision supersedes only the facts of its stance: the attackers' claim stays beside the revised confirmed figure", async () => {
    await store.applyIncidentWrite(makeWrite({ facts: [{ field: "affectedCount", value: 5_700_000, stance: "confirmed" }] }));
    await store.applyIncidentWrite(makeWrite({ isNew: false, source: { url: "https://x.test/claim", contentHash: "c" }, facts: [{ field: "affectedCount", value: 6_000_000, stance: "claimed", unit: "records" }], changes: [] }));
    await store.applyIncidentWrite(makeWrite({
      isNew: false, source: { url: "https://x.test/revision", contentHash: "r" }, facts: [{ field: "affectedCount", value: 5_800_000, stance: "confirmed" }],
      supersedes: [{ field: "affectedCount", stances: ["confirmed"] }], changes: [],
    }));
    const counts = (await store.getIncident("qantas-2025-06"))!.facts.filter((f) => f.field === "affectedCount");
    expect(counts.map((f) => [f.value, f.stance, f.current]).sort()).toEqual([[5_700_000, "confirmed", false], [5_800_000, "confirmed", true], [6_000_000, "claimed", true]]);
  });

  it("retention purges stored source texts with other old data; the quotes stay on the facts", async () => {
    const old = makeWrite({ at: new Date("2025-01-01T00:00:00Z"), source: { fetchedAt: new Date("2025-01-01T00:00:00Z") }, facts: [{ field: "affectedCount", value: 5_700_000, stance: "confirmed", quotes: [CONFIRMED] }] });
    await store.applyIncidentWrite({ ...old, sourceText: TEXT });
    const fresh = makeWrite({ isNew: false, at: new Date("2025-12-01T00:00:00Z"), source: { url: "https://x.test/fresh", contentHash: "f", fetchedAt: new Date("2025-12-01T00:00:00Z") }, changes: [] });
    await store.applyIncidentWrite({ ...fresh, sourceText: "A newer article\nWith its own sentence." });
    expect(await store.getSourceTexts("qantas-2025-06")).toHaveLength(2);
    expect(await store.purgeOlderThan(new Date("2025-06-01T00:00:00Z"))).toBe(1);
    expect((await store.getSourceTexts("qantas-2025-06")).map((t) => t.text)).toEqual(["A newer article\nWith its own sentence."]);
    const d = (await store.getIncident("qantas-2025-06"))!;
    expect(d.facts.find((f) => f.stance === "confirmed")!.quotes).toEqual([CONFIRMED]);
    expect(d.sources).toHaveLength(2);
  });
});

/** A database at the first migration only, with rows as the previous version wrote them. */
async function legacyDatabase(kind: StoreKind): Promise<{ url: string; drop: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "br-legacy-migrations-"));
  await cp(join(MIGRATIONS_ROOT, kind, "20261122000000_init"), join(root, kind, "20261122000000_init"), { recursive: true });
  const scratch = kind === "postgres" ? await postgresScratch() : await (async () => {
    const dir = await mkdtemp(join(tmpdir(), "br-legacy-"));
    return { url: `file:${join(dir, "legacy.db")}`, drop: () => rm(dir, { recursive: true, force: true }) };
  })();
  await runMigrations(parseDatabaseUrl(scratch.url), silentLogger, root);
  await rm(root, { recursive: true, force: true });
  const ms = (iso: string) => (kind === "sqlite" ? new Date(iso).getTime() : iso);
  // Scalar lists are JSON text on SQLite and text[] on PostgreSQL.
  const list = (json: string) => (kind === "sqlite" ? `'${json}'` : `ARRAY[${JSON.parse(json).map((x: string) => `'${x}'`).join(",")}]::text[]`);
  const json = (text: string) => (kind === "sqlite" ? `'${text}'` : `'${text}'::jsonb`);
  const rows: [string, unknown[]][] = [
    [`INSERT INTO "Incident" ("id","title","victims","sector","exposed","notExposed","actors","regulators","status","severity","conflicts","firstSeenAt","updatedAt") VALUES ('old-2025-07','Old',${list('["Old Air"]')},'airline',${list("[]")},${list("[]")},${json("[]")},${list("[]")},'reported','low',${json("[]")},$1,$2)`, [ms("2026-01-05T00:00:00Z"), ms("2026-01-06T00:00:00Z")]],
    [`INSERT INTO "Source" ("id","url","contentHash","publishedAt","fetchedAt","incidentId") VALUES ('s1','https://old.test/1','h1',$1,$2,'old-2025-07')`, [ms("2025-07-02T00:00:00Z"), ms("2026-01-05T00:00:00Z")]],
    [`INSERT INTO "Source" ("id","url","contentHash","publishedAt","fetchedAt","incidentId") VALUES ('s2','https://old.test/2','h2',$1,$2,'old-2025-07')`, [ms("2025-07-09T00:00:00Z"), ms("2026-01-06T00:00:00Z")]],
    [`INSERT INTO "Fact" ("id","incidentId","field","value","sourceId","seenAt") VALUES ('f1','old-2025-07','exposed',${json('["email"]')},'s1',$1)`, [ms("2026-01-05T00:00:00Z")]],
    [`INSERT INTO "Change" ("id","incidentId","kind","text","sourceId","at") VALUES ('c1','old-2025-07','new_source','new source: B','s2',$1)`, [ms("2026-01-06T00:00:00Z")]],
  ];
  if (kind === "sqlite") {
    const db = new Database(scratch.url.slice("file:".length));
    for (const [sql, params] of rows) db.prepare(sql.replace(/\$\d/g, "?")).run(...params);
    db.close();
  } else {
    const client = new pg.Client({ connectionString: scratch.url });
    await client.connect();
    for (const [sql, params] of rows) await client.query(sql, params);
    await client.end();
  }
  return scratch;
}

describe.each(storeKinds())("the evidence migration backfills event time on existing rows (%s)", (kind) => {
  it("dates old incidents, facts and changes by their sources' publication dates", async () => {
    const legacy = await legacyDatabase(kind);
    try {
      const store = await createStore({ databaseUrl: legacy.url });
      try {
        const d = (await store.getIncident("old-2025-07"))!;
        expect(d.firstReportedAt).toEqual(new Date("2025-07-02T00:00:00Z"));
        expect(d.lastReportedAt).toEqual(new Date("2025-07-09T00:00:00Z"));
        expect(d.facts[0]).toMatchObject({ value: ["email"], publishedAt: new Date("2025-07-02T00:00:00Z") });
        expect(d.facts[0]!.stance).toBeUndefined();
        expect(d.changes[0]!.reportedAt).toEqual(new Date("2025-07-09T00:00:00Z"));
        expect((await store.listIncidents({ order: "reported" }))[0]!.id).toBe("old-2025-07");
      } finally {
        await store.close();
      }
    } finally {
      await legacy.drop();
    }
  });
});
