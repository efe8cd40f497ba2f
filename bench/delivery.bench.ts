/**
 * Delivery planning bench (issue #18): one alert-planning tick at 1,000 live subscriptions × 500 incidents
 * of the last 24 h, with 3 replicas ticking at once (target < 2 s per tick, no unique-violation errors
 * in the normal path). PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a scratch
 * database is created next to it), else SQLite. Unique violations are counted twice: errors thrown
 * to the planner, and PostgreSQL's own count of rolled-back transactions in the scratch database
 * (a failed INSERT rolls its transaction back), read after the pools have closed.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { fakeClock } from "../src/clock.js";
import { SECTORS, SEVERITIES } from "../src/domain/incident.js";
import { silentLogger } from "../src/logger.js";
import { createDeliveryPlanner, type PlanReport } from "../src/schedule/index.js";
import { createStore } from "../src/store/index.js";
import type { Store } from "../src/store/store.port.js";

const SUBSCRIPTIONS = 1_000;
const INCIDENTS = 500;
const REPLICAS = 3;
const TARGET_MS = 2_000;

interface Database { url: string; kind: "postgres" | "sqlite"; name?: string; admin?: string; drop(): Promise<void> }

async function scratchDatabase(): Promise<Database> {
  const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!base) {
    const dir = await mkdtemp(join(tmpdir(), "br-bench-delivery-"));
    return { url: `file:${join(dir, "bench.db")}`, kind: "sqlite", drop: () => rm(dir, { recursive: true, force: true }) };
  }
  const name = `br_bench_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: base });
    await c.connect();
    try { await c.query(sql); } finally { await c.end(); }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { url: url.toString(), kind: "postgres", name, admin: base, drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function rollbacks(db: Database): Promise<number | null> {
  if (db.kind !== "postgres") return null;
  const c = new pg.Client({ connectionString: db.admin });
  await c.connect();
  try {
    const { rows } = await c.query(`SELECT xact_rollback::int AS n FROM pg_stat_database WHERE datname = $1`, [db.name]);
    return (rows[0] as { n: number } | undefined)?.n ?? 0;
  } finally {
    await c.end();
  }
}

async function addIncident(store: Store, i: number, at: Date): Promise<void> {
  const id = `bench${i}-2025-06`;
  await store.applyIncidentWrite({
    incident: {
      id, title: `Bench victim ${i} customer data stolen`, victims: [`Bench victim ${i}`], victimGroup: null, sector: SECTORS[i % 3]!,
      thirdParty: true, vendor: i % 2 ? "Salesforce" : null, vector: "vishing", exposed: ["name", "email"], notExposed: [],
      affectedCount: 1000 + i, actors: [], detectedAt: null, disclosedAt: at.toISOString().slice(0, 10), regulators: [], status: "reported",
      severity: SEVERITIES[i % 4]!, conflicts: [],
    },
    isNew: true, at, supersedes: [],
    source: { url: `https://bench.example/delivery/${i}`, outlet: "Bench", title: `Bench ${i}`, publishedAt: at, language: "en", contentHash: `d${i}`, fetchedAt: at },
    facts: [{ field: "exposed", value: ["name", "email"] }],
    changes: [{ kind: "new_incident", field: null, text: `new incident ${id}` }],
  });
}

/** Every replica ticks at the same moment, as node-cron fires them; each replica's own time is measured. */
async function tickAll(planners: { planOnce(): Promise<PlanReport> }[], errors: { n: number }): Promise<{ ms: number[]; reports: PlanReport[] }> {
  const results = await Promise.all(planners.map(async (p) => {
    const t = performance.now();
    try {
      return { report: await p.planOnce(), ms: performance.now() - t };
    } catch (error) {
      errors.n++;
      throw error;
    }
  }));
  return { ms: results.map((r) => r.ms), reports: results.map((r) => r.report) };
}

const fmt = (ms: number[]) => ms.map((m) => `${(m / 1000).toFixed(2)} s`).join(" / ");

export async function run(): Promise<void> {
  const db = await scratchDatabase();
  const stores: Store[] = [];
  try {
    for (let i = 0; i < REPLICAS; i++) stores.push(await createStore({ databaseUrl: db.url }));
    const main = stores[0]!;
    // Subscriptions exist before the incidents of the last 24 h (alerts only cover what came after them).
    for (let i = 0; i < SUBSCRIPTIONS; i++) {
      await main.upsertSubscription({
        platform: "slack", workspaceId: `T${i % 40}`, target: `slack:T${i % 40}:C${i}`, digestTime: "08:00", timeZone: "Europe/Paris",
        sectors: i % 3 === 0 ? [] : [SECTORS[i % 3]!], minSeverity: SEVERITIES[i % 3]!, postWhenEmpty: false, liveAlerts: true, createdBy: "bench",
      });
    }
    const start = new Date(Date.now() + 60_000);
    for (let i = 0; i < INCIDENTS; i++) await addIncident(main, i, new Date(start.getTime() + i * 170_000)); // spread over 24 h
    const clock = fakeClock(new Date(start.getTime() + 24 * 3_600_000));
    const errors = { n: 0 };
    const planners = stores.map((store, i) => createDeliveryPlanner({ store, clock, logger: silentLogger, owner: `replica-${i}` }));

    // The first ticks after a deploy (no cursor yet) plan the whole last day once, a budget of rows per
    // tick; not the normal path, printed for information.
    const catchUp = { ticks: 0, rows: 0, worst: 0, started: performance.now() };
    for (;;) {
      const tick = await tickAll(planners, errors);
      const leader = tick.reports.find((r) => r.leader);
      catchUp.ticks++;
      catchUp.rows += leader?.enqueued ?? 0;
      catchUp.worst = Math.max(catchUp.worst, ...tick.ms);
      if (leader && !leader.partial) break;
      clock.advance(15_000);
    }
    console.log(`delivery: catch-up after a first start (no cursor, 24 h of incidents): ${catchUp.rows} rows planned over ${catchUp.ticks} ticks ` +
      `(${((performance.now() - catchUp.started) / 1000).toFixed(1)} s in all, slowest tick ${(catchUp.worst / 1000).toFixed(2)} s)`);

    const before = await rollbacks(db);
    const steady: number[] = [];
    for (let round = 0; round < 5; round++) {
      clock.advance(15_000);
      const tick = await tickAll(planners, errors);
      steady.push(Math.max(...tick.ms));
    }
    clock.advance(15_000);
    for (let i = 0; i < 5; i++) await addIncident(main, INCIDENTS + i, clock.now());
    clock.advance(1_000);
    const busy = await tickAll(planners, errors);
    const busyLeader = busy.reports.find((r) => r.leader)!;
    for (const s of stores.splice(0)) await s.close();
    await new Promise((r) => setTimeout(r, 1_500));
    const after = await rollbacks(db);
    const violations = before === null || after === null ? "n/a (SQLite)" : String(after - before);
    const worst = Math.max(...steady, ...busy.ms);
    console.log(`delivery: alert-planning tick, ${SUBSCRIPTIONS} live subscriptions × ${INCIDENTS} incidents of the last 24 h, ${REPLICAS} replicas (${db.kind}): ` +
      `idle ticks ${fmt(steady)} (slowest replica each), tick with 5 new incidents ${fmt(busy.ms)} → ${busyLeader.enqueued} rows; ` +
      `worst ${(worst / 1000).toFixed(2)} s (target < ${TARGET_MS / 1000} s) ${worst < TARGET_MS ? "OK" : "MISSED"}`);
    console.log(`delivery: unique-violation errors in the normal path: ${errors.n} thrown; rolled-back transactions in PostgreSQL: ${violations}`);
  } finally {
    for (const s of stores) await s.close().catch(() => undefined);
    await db.drop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
