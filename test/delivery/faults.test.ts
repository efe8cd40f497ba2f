/**
 * Fault injection on PostgreSQL (issue #18): three `breach-radar start` replicas reach PostgreSQL
 * through a TCP proxy that resets and stalls connections, and post to a fake Slack in which one channel
 * hangs, others answer 429, 500 or lose the answer, and the workspace's token stops working for a
 * while; one replica is killed with SIGKILL mid-run, and SIGTERM is tried in three situations.
 * Counts asserted: every due digest and alert posted at least once; no key twice in any channel (Slack
 * keeps the key as message metadata, so the platform can see it); the 20 healthy channels' digests
 * all posted within 15 s although one channel hangs for 16 s; every SIGTERM exit within 15 s.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore } from "../../src/store/index.js";
import type { Store } from "../../src/store/store.port.js";
import { postgresScratch, storeKinds } from "../helpers/test-store.js";
import { addIncident } from "../schedule/schedule.fixtures.js";
import { startFakeSlack, type FakeSlack } from "./fake-slack.js";
import { startReplica, type Replica } from "./replica-process.js";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.js";

const TOKEN = "xoxb-fault-suite";
const HEALTHY = Array.from({ length: 20 }, (_, i) => `C${String(i).padStart(2, "0")}`);
/** Sorted first, so a one-at-a-time sender would meet the hung channel before every healthy one. */
const HUNG = "C000HANG";
const FAULTY = ["C429", "C500", "CRESET"];
const CHANNELS = [HUNG, ...HEALTHY, ...FAULTY];
const target = (channel: string) => `slack:T1:${channel}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number, explain?: () => Promise<string>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}${explain ? `\n${await explain().catch((e: unknown) => String(e))}` : ""}`);
    await sleep(200);
  }
}

/** The local time one minute ago, so a digest at that time is due now (and not late). */
function dueNow(): string {
  const d = new Date(Date.now() - 60_000);
  return `${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")}`;
}

describe.runIf(storeKinds().includes("postgres"))("delivery under faults (PostgreSQL, replica processes)", () => {
  let scratch: Awaited<ReturnType<typeof postgresScratch>>;
  let store: Store;
  let admin: pg.Client;
  let slack: FakeSlack;
  let proxy: TcpProxy;
  let dir: string;
  const replicas: Replica[] = [];
  let env: Record<string, string>;
  /** On a timeout: the outbox and scope rows, and each replica's last log lines. */
  const explain = async () => {
    const rows = await admin.query(`SELECT "key", "status", "dueAt", "leaseOwner", "leaseUntil", "attempts", "lastError" FROM "Delivery" WHERE "status" <> 'delivered' ORDER BY "key" LIMIT 30`);
    const scopes = await admin.query(`SELECT * FROM "DeliveryScope"`);
    const logs = replicas.map((r) => `${r.name}:\n${r.logs.slice(-8).map((l) => JSON.stringify(l)).join("\n")}`);
    return [`now ${new Date().toISOString()}`, JSON.stringify(rows.rows, null, 1), JSON.stringify(scopes.rows), ...logs].join("\n");
  };

  beforeAll(async () => {
    scratch = await postgresScratch();
    store = await createStore({ databaseUrl: scratch.url });
    admin = new pg.Client({ connectionString: scratch.url });
    await admin.connect();
    slack = await startFakeSlack();
    const pgUrl = new URL(scratch.url);
    proxy = await startTcpProxy({ host: pgUrl.hostname, port: Number(pgUrl.port || 5432) });
    pgUrl.host = `127.0.0.1:${proxy.port}`;
    dir = await mkdtemp(join(tmpdir(), "br-faults-"));
    env = {
      DATABASE_URL: pgUrl.toString(), PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", CONSOLE: "off",
      SLACK_SIGNING_SECRET: "fault-suite-secret", SLACK_BOT_TOKEN: TOKEN, SLACK_API_URL: slack.apiUrl,
      OFFLINE_SAMPLE: "never", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1", FEED_POLL_CRON: "0 0 1 1 *",
      DELIVERY_PLAN_CRON: "* * * * * *", DELIVERY_CONCURRENCY: "4", DELIVERY_POST_TIMEOUT_MS: "16000",
      DELIVERY_LEASE_MS: "3000", DELIVERY_RETRY_BASE_MS: "500", SHUTDOWN_DRAIN_MS: "4000",
    };
  }, 60_000);

  afterAll(async () => {
    for (const r of replicas) r.destroy();
    await Promise.all(replicas.map((r) => r.exited));
    await admin?.end().catch(() => undefined);
    await store?.close();
    await proxy?.close();
    await slack?.close();
    await scratch?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("posts everything at least once and never twice, keeps healthy channels moving, and always exits on SIGTERM", async () => {
    // ---- setup: 24 channels subscribed an hour ago, digest due now, live alerts on; two new incidents.
    for (const channel of CHANNELS) {
      await store.upsertSubscription({
        platform: "slack", workspaceId: "T1", target: target(channel), digestTime: dueNow(), timeZone: "UTC", sectors: [],
        minSeverity: "low", postWhenEmpty: true, liveAlerts: true, createdBy: "UINSTALLER",
      });
    }
    await admin.query(`UPDATE "Subscription" SET "createdAt" = now() - interval '1 hour'`);
    await addIncident(store, new Date(), { id: "westjet-2025-06" });
    await addIncident(store, new Date(), { id: "qantas-2025-07", vendor: "Salesforce" });
    slack.script(HUNG, { kind: "hang" });
    slack.script("C429", { kind: "429", retryAfter: 2 }, { kind: "429", retryAfter: 2 });
    slack.script("C500", { kind: "status", status: 500 }, { kind: "status", status: 500 });
    slack.script("CRESET", { kind: "accept_reset" });
    const expected = CHANNELS.flatMap((c) => [`digest:${target(c)}`, `alert:${target(c)}:westjet-2025-06`, `alert:${target(c)}:qantas-2025-07`]);

    const marks: [string, number][] = [["start", Date.now()]];
    const mark = (name: string) => marks.push([name, Date.now()]);
    // ---- phase 1, platform faults: one channel hangs 20 s, others answer 429, 500 or lose the answer.
    // r1–r3 post; r4 joins them (it is the replica still running for the last SIGTERM trial).
    for (const name of ["r1", "r2", "r3", "r4"]) replicas.push(startReplica(name, env, dir));
    await Promise.all(replicas.map((r) => r.waitFor("scheduler started", 90_000)));
    mark("replicas up");
    await until("the first post", () => slack.attempts[0], 30_000, explain);
    const firstAttempt = slack.attempts[0]!.at;
    const keyOf = (m: { key?: string | undefined }) => (m.key?.startsWith("digest:") ? m.key.slice(0, m.key.lastIndexOf(":")) : m.key);
    const posted = () => new Set(slack.messages.map(keyOf));
    await until("every digest and alert", () => (expected.every((k) => posted().has(k)) ? true : undefined), 90_000, explain);
    // The hung channel held a slot for 16 s; the healthy channels' digests did not wait for it.
    const healthyDigests = HEALTHY.map((c) => slack.messages.find((m) => m.channel === c && m.key?.startsWith("digest:"))!);
    expect(Math.max(...healthyDigests.map((m) => m.at)) - firstAttempt).toBeLessThanOrEqual(15_000);
    expect(slack.attempts.filter((a) => a.channel === HUNG).length).toBeGreaterThanOrEqual(2);

    mark("phase 1");
    // ---- phase 2, database faults and a crash: resets, kill -9 (during a 429 wait), a 3 s stall, while 72 alerts go out.
    const fresh = ["hawaiian-2025-06", "pandora-2025-08", "dior-2025-05"];
    slack.script("C429", { kind: "429", retryAfter: 2 });
    for (const id of fresh) await addIncident(store, new Date(), { id });
    const second = CHANNELS.flatMap((c) => fresh.map((id) => `alert:${target(c)}:${id}`));
    await until("the first alert of phase 2", () => slack.attempts.find((a) => a.key?.includes(fresh[0]!)), 30_000, explain);
    proxy.resetAll();
    await sleep(300);
    replicas[2]!.child.kill("SIGKILL");
    await sleep(300);
    proxy.stall();
    await sleep(3_000);
    proxy.resume();
    await sleep(1_000);
    proxy.resetAll();
    await until("every alert of phase 2", () => (second.every((k) => posted().has(k)) ? true : undefined), 90_000, explain);
    for (const key of [...expected, ...second]) expect(posted().has(key), key).toBe(true);
    const duplicates = slack.messages.filter((m) => m.key !== undefined && slack.copies(m.channel, m.key) > 1);
    expect(duplicates.map((m) => `${m.channel} ${m.key}`)).toEqual([]);
    // Nothing left claimed by the killed replica, nothing failed.
    await until("an empty outbox", async () => ((await store.outboxHealth(new Date())).depth === 0 ? true : undefined), 30_000, explain);
    const { rows } = await admin.query(`SELECT "status", count(*)::int AS n FROM "Delivery" GROUP BY 1`);
    expect(rows).toEqual([{ status: "delivered", n: expected.length + second.length }]);

    mark("phase 2");
    // ---- the token stops working: the workspace is marked broken, no channel pauses; a re-install repairs it.
    slack.failToken(TOKEN, "invalid_auth");
    await addIncident(store, new Date(), { id: "adidas-2025-07", sector: "airline" });
    const health = async () => (await (await fetch(`http://127.0.0.1:${await replicas[0]!.port()}/healthz`)).json()) as Record<string, any>;
    const broken = await until("a broken installation on /healthz", async () => {
      const h = await health();
      return h.delivery?.brokenInstallations?.length ? h : undefined;
    }, 30_000, explain);
    expect(broken.status).toBe("degraded");
    expect(broken.delivery.brokenInstallations[0]).toMatchObject({ workspace: "slack:T1", reason: expect.stringContaining("invalid_auth") });
    expect(broken.delivery.depth).toBeGreaterThan(0);
    expect((await store.listSubscriptions({ activeOnly: true })).length).toBe(CHANNELS.length);
    expect(slack.messages.some((m) => m.key?.includes("adidas-2025-07"))).toBe(false);
    // Repair once the attempts already under way have failed (a re-install comes minutes later in life).
    await until("no attempt in flight", async () => {
      const { rows: inFlight } = await admin.query(`SELECT count(*)::int AS n FROM "Delivery" WHERE "status" = 'claimed'`);
      return inFlight[0].n === 0 ? true : undefined;
    }, 30_000, explain);
    slack.failToken(TOKEN, null);
    await store.saveInstallation({ platform: "slack", id: "T1", data: { team: { id: "T1" }, bot: { token: TOKEN } } });
    const adidas = CHANNELS.map((c) => `alert:${target(c)}:adidas-2025-07`);
    await until("the held alerts after the re-install", () => (adidas.every((k) => posted().has(k)) ? true : undefined), 30_000, explain);
    for (const channel of CHANNELS) expect(slack.copies(channel, `alert:${target(channel)}:adidas-2025-07`), channel).toBe(1);
    expect((await health()).delivery.brokenInstallations).toEqual([]);

    mark("phase 3");
    // ---- SIGTERM trials: with a post hanging in flight, with the database stalled, and at rest.
    const exitWithin = async (replica: Replica): Promise<number> => {
      const sent = Date.now();
      replica.child.kill("SIGTERM");
      const { code, signal, at } = await replica.exited;
      expect({ code, signal }, `${replica.name} exit\n${replica.logs.slice(-12).map((l) => JSON.stringify(l)).join("\n")}`).toEqual({ code: 0, signal: null });
      return at - sent;
    };
    await store.upsertSubscription({
      platform: "slack", workspaceId: "T1", target: target("CLATE"), digestTime: dueNow(), timeZone: "UTC", sectors: [],
      minSeverity: "low", postWhenEmpty: true, liveAlerts: false, createdBy: "UINSTALLER",
    });
    await admin.query(`UPDATE "Subscription" SET "createdAt" = now() - interval '1 hour' WHERE "target" = $1`, [target("CLATE")]);
    slack.script("CLATE", { kind: "hang" });
    await until("the hanging post", () => slack.attempts.find((a) => a.channel === "CLATE"), 30_000, explain);
    const trials = [await exitWithin(replicas[0]!)];
    proxy.stall();
    trials.push(await exitWithin(replicas[1]!));
    proxy.resume();
    const last = replicas[3]!;
    // The post r1 handed back on SIGTERM is taken over and delivered once.
    await until("the handed-back digest", () => slack.messages.find((m) => m.channel === "CLATE"), 30_000, explain);
    trials.push(await exitWithin(last));
    mark("SIGTERM trials");
    console.log(`fault suite: ${marks.slice(1).map(([n, t], i) => `${n} +${((t - marks[i]![1]) / 1000).toFixed(1)} s`).join(", ")}; SIGTERM exits ${trials.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ")}`);
    for (const ms of trials) expect(ms).toBeLessThanOrEqual(15_000);
    expect(slack.messages.filter((m) => m.channel === "CLATE")).toHaveLength(1);
  }, 240_000);
});
