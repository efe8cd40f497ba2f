/**
 * Slack time-to-ack bench: p50/p99 of signed `/breach latest` requests over loopback against our
 * adapter (real core on a seeded SQLite store) and against a bare Bolt app that only acks, in the
 * same run. Target: ours within 1.5× of the bare floor at p50 (nothing slow before ack()).
 */
import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm } from "node:fs/promises";
import { setPriority, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { App, HTTPReceiver } from "@slack/bolt";
import { check } from "./gate.js";
import { createSlackAdapter } from "../adapters/slack/index.js";
import { toSlackLogger } from "../adapters/slack/slack.logger.js";
import { createBotCore } from "../src/bot/index.js";
import { loadConfig } from "../src/config.js";
import { silentLogger } from "../src/logger.js";
import { createStore } from "../src/store/index.js";
import { startFakeSlackApi, type FakeSlackApi } from "../test/slack/fake-slack-api.js";
import { SIGNING_SECRET, sign, slashCommand } from "../test/slack/slack-request.js";
import { seedIncidents } from "../test/slack/seed.js";
import { fakeCore } from "../test/slack/fakes.js";

/** Serves `listener`, also recording server-side time-to-ack: request received → response handed to the OS. */
export async function serve(listener: RequestListener, acks: number[] = []): Promise<{ server: Server; url: string; acks: number[] }> {
  const server = createServer((req, res) => {
    const started = performance.now();
    res.on("finish", () => acks.push(performance.now() - started));
    listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, acks };
}

/** The floor: Bolt's own HTTPReceiver and a /breach listener that only acks. */
async function bareBolt(api: FakeSlackApi): Promise<{ server: Server; url: string; acks: number[] }> {
  const logger = toSlackLogger(silentLogger);
  const receiver = new HTTPReceiver({ signingSecret: SIGNING_SECRET, endpoints: "/slack/events", logger });
  const app = new App({ receiver, token: "xoxb-bench", logger, deferInitialization: true, clientOptions: { slackApiUrl: api.apiUrl } });
  await app.init();
  app.command("/breach", async ({ ack }) => { await ack(); });
  return serve(receiver.requestListener);
}

/**
 * The client runs in its own process, as Slack is another machine: the adapter's work after ack()
 * (the core on synchronous SQLite) must not delay the client noticing the ack. One JSON line per
 * request on stdin, one timing line back on stdout.
 */
const CLIENT_SOURCE = `
const rl = require("node:readline").createInterface({ input: process.stdin });
rl.on("line", async (line) => {
  const { url, headers, body } = JSON.parse(line);
  const started = performance.now();
  try {
    const res = await fetch(url, { method: "POST", headers, body });
    await res.text();
    process.stdout.write(JSON.stringify({ status: res.status, ms: performance.now() - started }) + "\\n");
  } catch (error) {
    process.stdout.write(JSON.stringify({ status: 0, ms: 0, error: String(error) }) + "\\n");
  }
});`;

export interface Client { favoured: boolean; send(url: string, responseUrl: string, text?: string): Promise<{ status: number; ms: number }>; close(): void }

export function startClient(): Client {
  const child = spawn(process.execPath, ["-e", CLIENT_SOURCE], { stdio: ["pipe", "pipe", "inherit"] });
  // Slack has its own CPUs; on a shared box give the client a head start on the scheduler (same for both apps).
  let favoured = false;
  try {
    if (child.pid) { setPriority(child.pid, -5); favoured = true; }
  } catch { /* not permitted: measure without it */ }
  const lines = createInterface({ input: child.stdout });
  const waiting: ((r: { status: number; ms: number }) => void)[] = [];
  lines.on("line", (line) => waiting.shift()?.(JSON.parse(line) as { status: number; ms: number }));
  return {
    favoured,
    send(url, responseUrl, text = "latest") {
      const req = slashCommand(text, responseUrl);
      const ts = Math.floor(Date.now() / 1000);
      const headers = { "content-type": req.contentType, "x-slack-request-timestamp": String(ts), "x-slack-signature": sign(req.body, ts) };
      return new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(JSON.stringify({ url, headers, body: req.body }) + "\n");
      });
    },
    close: () => { child.kill(); },
  };
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export interface Stats { p50: number; p99: number }
export const stats = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
};

/**
 * Sequential signed requests, alternating between the two apps so both see the same machine load.
 * For ours, waits for the real answer at response_url before going on (so each ack is measured on
 * an idle server, as "sequential" means).
 */
async function measure(client: Client, urls: { ours: string; floor: string }, api: FakeSlackApi, label: string, n: number) {
  const ours: number[] = [];
  const floor: number[] = [];
  const answers: number[] = [];
  const pause = () => new Promise((resolve) => setTimeout(resolve, 3));
  for (let i = 0; i < n; i++) {
    const f = await client.send(urls.floor, api.responseUrl(`${label}-floor-${i}`));
    floor.push(f.ms);
    await pause();
    const id = `${label}-ours-${i}`;
    const started = performance.now();
    const o = await client.send(urls.ours, api.responseUrl(id));
    if (o.status !== 200 || f.status !== 200) throw new Error(`${label}: HTTP ${o.status}/${f.status}`);
    ours.push(o.ms);
    await api.waitFor(() => api.responses.find((r) => r.id === id), 10_000);
    answers.push(performance.now() - started);
    await pause();
  }
  return { ours: stats(ours), floor: stats(floor), answerP50: stats(answers).p50 };
}

/** `core: "idle"` swaps the real core for one that answers after 20 ms without using the CPU (diagnostics). */
export async function run(options: { requests?: number; core?: "real" | "idle" } = {}): Promise<{ ours: Stats; floor: Stats; ratio: number; server: { ours: Stats; floor: Stats } }> {
  const n = options.requests ?? 300;
  const dir = await mkdtemp(join(tmpdir(), "slack-bench-"));
  const store = await createStore({ databaseUrl: `file:${join(dir, "bench.db")}`, logger: silentLogger });
  const api = await startFakeSlackApi();
  const servers: Server[] = [];
  const client = startClient();
  try {
    await seedIncidents(store, 50);
    const config = loadConfig({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: "xoxb-bench", SLACK_API_URL: api.apiUrl });
    const core = options.core === "idle" ? fakeCore({ delayMs: 20 }) : createBotCore({ store, logger: silentLogger });
    const adapter = await createSlackAdapter({ config, core, store, logger: silentLogger });
    const oursServer = await serve((req, res) => void adapter.routes[0]!.handle(req, res));
    const floorServer = await bareBolt(api);
    servers.push(oursServer.server, floorServer.server);
    const urls = { ours: oursServer.url, floor: floorServer.url };
    await measure(client, urls, api, "warm", 30);
    let last: { ours: Stats; floor: Stats; ratio: number; server: { ours: Stats; floor: Stats } } | null = null;
    let round = 0;
    /** One measured round of n requests each; prints its figures; returns ours/floor at p50. */
    const measureRound = async (): Promise<number> => {
      oursServer.acks.length = 0;
      floorServer.acks.length = 0;
      const { ours, floor, answerP50 } = await measure(client, urls, api, `run${++round}`, n);
      const serverOurs = stats(oursServer.acks);
      const serverFloor = stats(floorServer.acks);
      const ratio = ours.p50 / floor.p50;
      const f = (ms: number) => `${ms.toFixed(2)} ms`;
      console.log(`slack: time-to-ack over loopback (client in its own process${client.favoured ? ", nice -5" : ""}), ${n} sequential signed /breach latest requests each`);
      console.log(`slack:   bare Bolt (ack only)       p50 ${f(floor.p50)}  p99 ${f(floor.p99)}`);
      console.log(`slack:   Breach Radar (${options.core ?? "real"} core)   p50 ${f(ours.p50)}  p99 ${f(ours.p99)}  (answer at response_url p50 ${f(answerP50)})`);
      console.log(`slack:   server-side (request in → ack handed to the OS): bare p50 ${f(serverFloor.p50)} p99 ${f(serverFloor.p99)}; ours p50 ${f(serverOurs.p50)} p99 ${f(serverOurs.p99)} (${(serverOurs.p50 / serverFloor.p50).toFixed(2)}×)`);
      last = { ours, floor, ratio, server: { ours: serverOurs, floor: serverFloor } };
      return ratio;
    };
    await check({ name: "slack time-to-ack p50, ours / bare Bolt", unit: "×", limit: 1.5, direction: "at most" }, measureRound);
    return last!;
  } finally {
    client.close();
    for (const s of servers) { s.closeAllConnections(); s.close(); }
    await api.close();
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await run({ core: process.argv.includes("--idle-core") ? "idle" : "real" });
