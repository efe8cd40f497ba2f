/**
 * Slack busy-ack bench: time-to-ack of signed `/breach help` requests while five `add URL`s of
 * 4.5 MB pages are being read, as a ratio to the same requests on an idle service.
 * Target: busy p50 ≤ 1.5× idle p50 (page reads and extraction run in the worker pool, so the
 * event loop that acks is never blocked). `--in-thread` runs the same load without the pool,
 * to show what the pool prevents.
 */
import type { Server } from "node:http";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createSlackAdapter } from "../adapters/slack/index.js";
import { createBotCore } from "../src/bot/index.js";
import { loadConfig } from "../src/config.js";
import { createIngestor, createPagePool, fetcherOptionsFromConfig, type PagePool } from "../src/ingest/index.js";
import { silentLogger } from "../src/logger.js";
import { createStore } from "../src/store/index.js";
import { startFakeSlackApi, type FakeSlackApi } from "../test/slack/fake-slack-api.js";
import { SIGNING_SECRET } from "../test/slack/slack-request.js";
import { seedIncidents } from "../test/slack/seed.js";
import { startFixtureServer, send } from "../test/ingest/helpers/fixture.server.js";
import { largeArticlePage } from "../test/ingest/fixtures/large-page.js";
import { serve, startClient, stats, type Client, type Stats } from "./slack.bench.js";

const VICTIMS = ["Harbour Air", "Coastline Airways", "Northwind Outfitters", "Meridian Travel", "Bluebird Stores"];

interface Phase { acks: Stats; answers: Stats; samples: number }
interface Samples { acks: number[]; answers: number[] }

const phase = (s: Samples): Phase => ({ acks: stats(s.acks), answers: stats(s.answers), samples: s.acks.length });

/** Sequential `/breach help` requests until `until()` says stop (and at least `min` of them). */
async function helpLoop(client: Client, url: string, api: FakeSlackApi, label: string, min: number, until: () => boolean): Promise<Samples> {
  const acks: number[] = [];
  const answers: number[] = [];
  for (let i = 0; i < min || !until(); i++) {
    const id = `${label}-${i}`;
    const started = performance.now();
    const res = await client.send(url, api.responseUrl(id), "help");
    if (res.status !== 200) throw new Error(`${label}: HTTP ${res.status}`);
    acks.push(res.ms);
    await api.waitFor(() => api.responses.find((r) => r.id === id), 600_000);
    answers.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (i > 5000) break;
  }
  return { acks, answers };
}

export async function run(options: { inThread?: boolean; idleSamples?: number } = {}): Promise<{ idle: Phase; busy: Phase; ratio: number }> {
  const dir = await mkdtemp(join(tmpdir(), "slack-busy-bench-"));
  const store = await createStore({ databaseUrl: `file:${join(dir, "bench.db")}`, logger: silentLogger });
  const api = await startFakeSlackApi();
  const pages = await startFixtureServer();
  const client = startClient();
  const servers: Server[] = [];
  let pool: PagePool | undefined;
  try {
    await seedIncidents(store, 50);
    VICTIMS.forEach((victim, i) => pages.routes.set(`/story-${i}`, send(largeArticlePage(victim, 4.5, i), { "content-type": "text/html; charset=utf-8" })));
    const config = loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-bench", SLACK_API_URL: api.apiUrl, FETCH_ALLOW_PRIVATE: "127.0.0.1", FETCH_TIMEOUT_MS: "60000" });
    pool = options.inThread ? undefined : createPagePool({ fetcher: fetcherOptionsFromConfig(config), logger: silentLogger, timeoutMs: 180_000 });
    const ingestor = createIngestor({ store, config, logger: silentLogger, pages: pool });
    const core = createBotCore({ store, logger: silentLogger, ingestUrl: (url, o) => ingestor.ingestUrl(url, { ...o, userSupplied: true }) });
    const adapter = await createSlackAdapter({ config, core, store, logger: silentLogger });
    const ours = await serve((req, res) => void adapter.routes[0]!.handle(req, res));
    servers.push(ours.server);

    await helpLoop(client, ours.url, api, "warm", 30, () => true);
    ours.acks.length = 0;
    // Idle is measured before and after the busy phase, so a change in the machine's load over the run evens out.
    const idleBefore = await helpLoop(client, ours.url, api, "idle", options.idleSamples ?? 150, () => true);
    const serverIdle = ours.acks.splice(0);

    const started = performance.now();
    const adds = VICTIMS.map((_, i) => `add-${i}`);
    await Promise.all(adds.map((id, i) => client.send(ours.url, api.responseUrl(id), `add ${pages.base}/story-${i}`)));
    const done = () => adds.every((id) => api.responses.filter((r) => r.id === id).length >= 2);
    const busy = phase(await helpLoop(client, ours.url, api, "busy", 20, done));
    const serverBusy = ours.acks.splice(0).slice(adds.length);
    await api.waitFor(() => (done() ? true : undefined), 600_000);
    const addSeconds = (performance.now() - started) / 1000;
    const idleAfter = await helpLoop(client, ours.url, api, "idle-after", options.idleSamples ?? 150, () => true);
    const idle = phase({ acks: [...idleBefore.acks, ...idleAfter.acks], answers: [...idleBefore.answers, ...idleAfter.answers] });
    serverIdle.push(...ours.acks.splice(0));
    const results = adds.map((id) => String((api.responses.filter((r) => r.id === id)[1]?.body as { text?: string } | undefined)?.text ?? "").slice(0, 60));

    const ratio = busy.acks.p50 / idle.acks.p50;
    const f = (ms: number) => `${ms.toFixed(2)} ms`;
    const mode = options.inThread ? "in the event-loop thread (no pool)" : `in the page pool`;
    console.log(`slack-busy: time-to-ack of signed /breach help (client in its own process${client.favoured ? ", nice -5" : ""}); five 4.5 MB add URL read ${mode}`);
    console.log(`slack-busy:   idle  p50 ${f(idle.acks.p50)}  p99 ${f(idle.acks.p99)}  (${idle.samples} requests before and after; answer at response_url p50 ${f(idle.answers.p50)})`);
    console.log(`slack-busy:   busy  p50 ${f(busy.acks.p50)}  p99 ${f(busy.acks.p99)}  (${busy.samples} requests while the adds ran; answer p50 ${f(busy.answers.p50)} p99 ${f(busy.answers.p99)})`);
    console.log(`slack-busy:   server-side (request in → ack handed to the OS): idle p50 ${f(stats(serverIdle).p50)}, busy p50 ${f(stats(serverBusy).p50)} p99 ${f(stats(serverBusy).p99)}`);
    console.log(`slack-busy:   the five adds took ${addSeconds.toFixed(1)} s; their answers: ${results.map((r) => JSON.stringify(r)).join(", ")}`);
    console.log(`slack-busy:   ratio p50 ${ratio.toFixed(2)}× (target ≤ 1.5×) ${ratio <= 1.5 ? "OK" : "OVER TARGET"}`);
    return { idle, busy, ratio };
  } finally {
    client.close();
    for (const s of servers) { s.closeAllConnections(); s.close(); }
    await pool?.close();
    await pages.close();
    await api.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run({ inThread: process.argv.includes("--in-thread") });
