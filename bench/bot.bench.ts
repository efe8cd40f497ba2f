/**
 * Bot core bench: seeds synthetic incidents (default 50,000) into a fresh SQLite store through
 * store.applyIncidentWrite, then runs every command and a few thread questions many times and
 * prints p50/p99 per command. Target: p99 < 50 ms in the core (no platform latency).
 * `npm run bench -- bot`, or `node bin/run-ts.js bench/bot.bench.ts [INCIDENTS]`.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { createBotCore } from "../src/bot/index.js";
import { SearchIndex } from "../src/bot/search/search.index.js";
import { fakeClock } from "../src/clock.js";
import type { ChatContext } from "../src/domain/chat.js";
import { DATA_CLASSES } from "../src/domain/data-class.js";
import { ACTOR_ROLES, SECTORS, SEVERITIES, type ActorRef } from "../src/domain/incident.js";
import { silentLogger } from "../src/logger.js";
import { createStore } from "../src/store/index.js";
import type { IncidentWrite, Store } from "../src/store/store.port.js";
import { check } from "./gate.js";

const VENDORS = ["Salesforce", "Snowflake", "Zendesk", "Okta", "MOVEit", "Amadeus", "Sabre", "Oracle", "ServiceNow", "HubSpot", null, null];
const ACTORS = ["ShinyHunters", "Scattered Spider", "Lapsus$", "Cl0p", "Akira", "Qilin", "Play", "RansomHub"];
const WORDS = ["Nordic", "Pacific", "Atlas", "Blue", "Sun", "Crown", "Metro", "Alpine", "Coral", "Vista", "Harbor", "Union", "Royal", "Delta", "Echo", "Polar"];
const KINDS = { airline: ["Air", "Airways", "Airlines", "Jet"], retail: ["Stores", "Fashion", "Market", "Outlet"], other: ["Bank", "Insurance", "Telecom", "Health"] };

/** Deterministic pseudo-random numbers, so every run seeds the same data. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function syntheticWrite(i: number, rnd: () => number, base: Date): IncidentWrite {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const sector = SECTORS[i % 3]!;
  const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(KINDS[sector])} ${i}`;
  const at = new Date(base.getTime() + i * 60_000);
  const actors: ActorRef[] = rnd() < 0.6 ? [{ name: pick(ACTORS), role: pick(ACTOR_ROLES) }] : [];
  const exposed = [...new Set([pick(DATA_CLASSES), pick(DATA_CLASSES), "email" as const])];
  const id = `bench-${i}`;
  return {
    incident: {
      id, title: `${name} reports customer data theft`, victims: [name], victimGroup: null, sector, thirdParty: true,
      vendor: pick(VENDORS), vector: "vishing", exposed, notExposed: ["payment_card"], affectedCount: Math.floor(rnd() * 5_000_000),
      actors, detectedAt: null, disclosedAt: at.toISOString().slice(0, 10), regulators: [], status: "reported", severity: pick(SEVERITIES), conflicts: [],
    },
    isNew: true, at, supersedes: [],
    source: { url: `https://bench.example.test/${i}`, outlet: pick(["The Record", "Reuters", "SecurityWeek", "BleepingComputer"]), title: name, publishedAt: at, language: "en", contentHash: `h${i}`, fetchedAt: at },
    facts: [{ field: "victims", value: [name] }, { field: "exposed", value: exposed }, { field: "actors", value: actors }],
    changes: [{ kind: "new_incident", field: null, text: `New incident: ${name}` }],
  };
}

/** Seeds `count` templates through the real write path (merge transaction, facts, changes). */
async function seedTemplates(store: Store, count: number): Promise<string[]> {
  const rnd = prng(42);
  const base = new Date("2024-01-01T00:00:00Z");
  const names: string[] = [];
  const batch = 16;
  for (let i = 0; i < count; i += batch) {
    const writes = Array.from({ length: Math.min(batch, count - i) }, (_, k) => syntheticWrite(i + k, rnd, base));
    names.push(...writes.map((w) => w.incident.victims[0]!));
    await Promise.all(writes.map((w) => store.applyIncidentWrite(w)));
  }
  return names;
}

/**
 * Per-table column overrides for cloning template rows: ids, foreign keys, URLs and names get a
 * round suffix; everything else (dates, JSON, enums) is copied byte for byte as the store wrote it.
 */
const CLONE_OVERRIDES: Record<string, Record<string, (r: number) => string>> = {
  Incident: {
    id: (r) => `id || '~${r}'`,
    title: (r) => `title || ' (${r})'`,
    victims: (r) => `json_array(json_extract(victims, '$[0]') || '-${r}')`,
  },
  VictimName: { name: (r) => `name || '-${r}'`, incidentId: (r) => `incidentId || '~${r}'` },
  Source: { id: (r) => `id || '~${r}'`, url: (r) => `url || '?c=${r}'`, incidentId: (r) => `incidentId || '~${r}'` },
  Fact: { id: (r) => `id || '~${r}'`, incidentId: (r) => `incidentId || '~${r}'`, sourceId: (r) => `sourceId || '~${r}'` },
  Change: { id: (r) => `id || '~${r}'`, incidentId: (r) => `incidentId || '~${r}'`, sourceId: (r) => `sourceId || '~${r}'` },
};
const TEMPLATE_KEY: Record<string, string> = { Incident: "id", VictimName: "incidentId", Source: "incidentId", Fact: "incidentId", Change: "incidentId" };

/**
 * Bulk path for the bench only (the store port has none yet): clones the template incidents
 * with SQL in one transaction until `total` incidents exist.
 */
function cloneTemplates(file: string, templates: number, total: number): void {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    const ids = (db.prepare(`SELECT id FROM "Incident" ORDER BY id`).all() as { id: string }[]).map((r) => r.id);
    db.exec("CREATE TEMP TABLE tpl (id TEXT PRIMARY KEY, n INTEGER)");
    const put = db.prepare("INSERT INTO tpl (id, n) VALUES (?, ?)");
    ids.forEach((id, n) => put.run(id, n));
    const statements = Object.keys(CLONE_OVERRIDES).map((table) => {
      const cols = (db.pragma(`table_info("${table}")`) as { name: string }[]).map((c) => c.name);
      const overrides = CLONE_OVERRIDES[table]!;
      return (r: number, limit: number) => {
        const select = cols.map((c) => (overrides[c] ? overrides[c](r) : `"${c}"`)).join(", ");
        db.prepare(`INSERT INTO "${table}" (${cols.map((c) => `"${c}"`).join(", ")}) SELECT ${select} FROM "${table}" WHERE "${TEMPLATE_KEY[table]}" IN (SELECT id FROM tpl WHERE n < ?)`).run(limit);
      };
    });
    db.exec("BEGIN");
    for (let r = 1, have = templates; have < total; r++) {
      const limit = Math.min(templates, total - have);
      for (const clone of statements) clone(r, limit);
      have += limit;
    }
    db.exec("COMMIT");
  } finally {
    db.close();
  }
}

async function seed(store: Store, file: string, count: number, templates: number): Promise<{ ms: number; names: string[] }> {
  const started = performance.now();
  const n = Math.min(count, templates);
  const names = await seedTemplates(store, n);
  if (count > n) cloneTemplates(file, n, count);
  await store.upsertCampaign({ id: "bench-campaign", name: "Bench Salesforce wave", vendor: "Salesforce", actor: "ShinyHunters", vector: "vishing", incidentIds: Array.from({ length: 200 }, (_, k) => `bench-${k * 3}`) });
  return { ms: performance.now() - started, names };
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** Seeds, then times each command and question; prints one line per case. */
export async function run(options: { incidents?: number; templates?: number; iterations?: number } = {}): Promise<{ name: string; p50: number; p99: number }[]> {
  const count = options.incidents ?? 50_000;
  const templates = options.templates ?? 1000;
  const iterations = options.iterations ?? 100;
  const dir = await mkdtemp(join(tmpdir(), "breach-radar-bot-bench-"));
  const file = join(dir, "bench.db");
  const store = await createStore({ databaseUrl: `file:${file}`, logger: silentLogger });
  try {
    const { ms: seedMs, names } = await seed(store, file, count, templates);
    console.log(`seeded ${await store.countIncidents()} incidents (${Math.min(count, templates)} through applyIncidentWrite, the rest cloned in SQL) in ${(seedMs / 1000).toFixed(1)} s`);
    const core = createBotCore({ store, logger: silentLogger, clock: fakeClock("2025-08-13T12:00:00Z") });
    const ctx: ChatContext = { platform: "console", workspaceId: "bench", target: "console:bench", userId: "bench" };
    const listStarted = performance.now();
    const rows = await store.listIncidentIndex();
    const listMs = performance.now() - listStarted;
    const buildStarted = performance.now();
    await SearchIndex.build(rows);
    console.log(`store.listIncidentIndex ${listMs.toFixed(0)} ms + SearchIndex.build ${(performance.now() - buildStarted).toFixed(0)} ms for ${rows.length} rows`);
    const indexStarted = performance.now();
    await core.handleCommand("search warmup", ctx);
    console.log(`first search (builds the index) ${(performance.now() - indexStarted).toFixed(0)} ms`);
    const mid = `bench-${Math.floor(Math.min(count, templates) / 2)}`;
    const victim = names[names.length - 3]!;
    const cases: [string, () => Promise<unknown>][] = [
      ["help", () => core.handleCommand("help", ctx)],
      ["latest", () => core.handleCommand("latest", ctx)],
      ["latest airline 50 page 3", () => core.handleCommand("latest airline 50 page 3", ctx)],
      ["search salesfroce", () => core.handleCommand("search salesfroce", ctx)],
      ["search nordic pacifc", () => core.handleCommand("search nordic pacifc", ctx)],
      ["search UNC6040", () => core.handleCommand("search UNC6040", ctx)],
      [`show ${mid}`, () => core.handleCommand(`show ${mid}`, ctx)],
      ["show (by name)", () => core.handleCommand(`show ${victim}`, ctx)],
      [`actions ${mid}`, () => core.handleCommand(`actions ${mid}`, ctx)],
      [`sources ${mid}`, () => core.handleCommand(`sources ${mid}`, ctx)],
      [`timeline ${mid}`, () => core.handleCommand(`timeline ${mid}`, ctx)],
      ["campaign", () => core.handleCommand("campaign", ctx)],
      ["campaign bench", () => core.handleCommand("campaign bench salesforce", ctx)],
      ["actor ShinyHunters", () => core.handleCommand("actor ShinyHunters", ctx)],
      ["stats 30d", () => core.handleCommand("stats 30d", ctx)],
      ["stats all", () => core.handleCommand("stats all", ctx)],
      ["subscribe", () => core.handleCommand("subscribe airline at 08:30 Europe/Paris high", ctx)],
      ["subscriptions", () => core.handleCommand("subscriptions", ctx)],
      ["watch + unwatch", async () => { await core.handleCommand("watch Salesforce", ctx); await core.handleCommand("unwatch Salesforce", ctx); }],
      ["watches", () => core.handleCommand("watches", ctx)],
      ["unknown command", () => core.handleCommand("lastest airline", ctx)],
      ["Q: passport taken", () => core.answer("was passport data taken?", { ...ctx, incidentId: mid })],
      ["Q: how many", () => core.answer("how many customers?", { ...ctx, incidentId: mid })],
      ["Q: who is behind", () => core.answer("qui est derrière ?", { ...ctx, incidentId: mid })],
      ["Q: named victim", () => core.answer(`what data was taken at ${victim}?`, ctx)],
      ["Q: call centre", () => core.answer("what should our call centre say?", { ...ctx, incidentId: mid })],
    ];
    const results: { name: string; p50: number; p99: number }[] = [];
    /** Times `iterations` calls after one cold call; prints p50/p99; returns the p99 (ms). */
    const timeCase = async (name: string, fn: () => Promise<unknown>): Promise<number> => {
      const coldStarted = performance.now();
      await fn();
      const cold = performance.now() - coldStarted;
      const times: number[] = [];
      for (let i = 0; i < iterations; i++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const r = { name, p50: percentile(times, 50), p99: percentile(times, 99) };
      results.push(r);
      console.log(`${name.padEnd(28)} cold ${cold.toFixed(1).padStart(6)} ms   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms`);
      return r.p99;
    };
    for (const [name, fn] of cases) {
      await check({ name: `bot p99 ${name} (${count} incidents)`, unit: "ms", limit: 50, direction: "below" }, () => timeCase(name, fn));
    }
    const worst = Math.max(...results.map((r) => r.p99));
    console.log(`bot: worst p99 measured ${worst.toFixed(1)} ms (target < 50 ms per command) over ${count} incidents`);
    return results;
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2]);
  await run(Number.isInteger(n) && n > 0 ? { incidents: n } : {});
}
