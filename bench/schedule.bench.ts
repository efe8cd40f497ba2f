/**
 * Digest bench: planning and posting digests for 1,000 subscriptions over 10,000 incidents through the
 * outbox on SQLite (target < 10 s), not counting platform latency (the poster answers at once). A repeat
 * after a miss runs on a fresh copy of the same seeded file (seeding is not timed).
 */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fakeClock } from "../src/clock.js";
import type { ChatPoster } from "../src/domain/chat.js";
import { SECTORS, SEVERITIES } from "../src/domain/incident.js";
import { check } from "./gate.js";
import { silentLogger } from "../src/logger.js";
import { createBotCore } from "../src/bot/index.js";
import { createScheduler } from "../src/schedule/index.js";
import { addDays, localDate, zonedInstant } from "../src/schedule/zoned-time.js";
import { createStore } from "../src/store/index.js";
import type { Store } from "../src/store/store.port.js";

const VENDORS = ["Salesforce", "Snowflake", "Zendesk", null];

async function seedIncidents(store: Store, count: number, from: Date): Promise<void> {
  for (let i = 0; i < count; i++) {
    const at = new Date(from.getTime() + i * 1000);
    const id = `victim${i}-2025-06`;
    await store.applyIncidentWrite({
      incident: {
        id, title: `Victim ${i} customer data stolen`, victims: [`Victim ${i}`], victimGroup: null, sector: SECTORS[i % 3]!,
        thirdParty: true, vendor: VENDORS[i % 4]!, vector: "vishing", exposed: ["name", "email", "phone"], notExposed: ["payment_card"],
        affectedCount: 1000 * (i + 1), actors: [], detectedAt: null, disclosedAt: "2025-06-30", regulators: [], status: "reported",
        severity: SEVERITIES[i % 4]!, conflicts: [],
      },
      isNew: true, at, supersedes: [],
      source: { url: `https://bench.example/${i}`, outlet: "Bench", title: `Victim ${i}`, publishedAt: at, language: "en", contentHash: `h${i}`, fetchedAt: at },
      facts: [{ field: "exposed", value: ["name", "email", "phone"] }],
      changes: [{ kind: "new_incident", field: null, text: `new incident ${id}` }],
    });
  }
}

interface Seeded { dir: string; snapshot: string; due: Date }

/** Seeds incidents and subscriptions once into a SQLite file (closed, so the file is complete). */
async function seed(subs: number, incidents: number): Promise<Seeded> {
  const dir = await mkdtemp(join(tmpdir(), "br-bench-schedule-"));
  const snapshot = join(dir, "seeded.db");
  const store = await createStore({ databaseUrl: `file:${snapshot}` });
  try {
    const tz = "Europe/Paris";
    const due = zonedInstant(addDays(localDate(new Date(), tz), 1), "08:00", tz);
    const t = performance.now();
    await seedIncidents(store, incidents, new Date(due.getTime() - 20 * 3_600_000));
    console.log(`schedule: seeded ${incidents} incidents in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    for (let i = 0; i < subs; i++) {
      await store.upsertSubscription({
        platform: "slack", workspaceId: `T${i % 50}`, target: `slack:T${i % 50}:C${i}`, digestTime: "08:00", timeZone: tz,
        sectors: i % 2 ? [SECTORS[i % 3]!] : [], minSeverity: SEVERITIES[i % 3]!, postWhenEmpty: true, liveAlerts: false, createdBy: "bench",
      });
    }
    return { dir, snapshot, due };
  } finally {
    await store.close();
  }
}

/** Times one digest run for every subscription on a fresh copy of the seeded file; returns the seconds it took. */
async function measure(seeded: Seeded, subs: number, incidents: number, round: number): Promise<number> {
  const file = join(seeded.dir, `run-${round}.db`);
  await copyFile(seeded.snapshot, file);
  const store = await createStore({ databaseUrl: `file:${file}` });
  try {
    let posted = 0;
    const poster: ChatPoster = { platform: "slack", post: async () => ({ messageId: String(++posted), threadId: String(posted) }) };
    const scheduler = createScheduler({
      store, posters: [poster], logger: silentLogger, clock: fakeClock(seeded.due), core: createBotCore({ store, logger: silentLogger }),
      ingestor: { pollAllFeeds: async () => ({}) }, config: { FEED_POLL_CRON: "*/15 * * * *", RETENTION_DAYS: 180 },
    });
    const t = performance.now();
    const plan = await scheduler.planner.planOnce();
    const planned = (performance.now() - t) / 1000;
    await scheduler.outbox.runUntilIdle();
    const seconds = (performance.now() - t) / 1000;
    console.log(`schedule: digests for ${subs} subscriptions over ${incidents} incidents: ${seconds.toFixed(2)} s (planning ${planned.toFixed(2)} s), planned ${plan.enqueued}, posted ${posted}, ${(posted / seconds).toFixed(0)} digests/s`);
    if (posted !== subs) throw new Error(`posted ${posted} of ${subs} digests`);
    return seconds;
  } finally {
    await store.close();
  }
}

export async function run(options: { subscriptions?: number; incidents?: number } = {}): Promise<void> {
  const subs = options.subscriptions ?? 1000;
  const incidents = options.incidents ?? 10_000;
  const seeded = await seed(subs, incidents);
  let round = 0;
  try {
    await check({ name: `digests for ${subs} subscriptions over ${incidents} incidents on SQLite`, unit: "s", limit: 10, direction: "below" }, () => measure(seeded, subs, incidents, ++round));
  } finally {
    await rm(seeded.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run();
