/**
 * The shipped process, as `npm start` runs it: CLI start-up time (target < 1 s), time until /healthz
 * answers, and the idle memory (RSS) of a started server with the bundled sample loaded (target
 * < 200 MB). Builds dist/ first when it is missing or older than the sources, since that is what
 * `npm install && npm start` runs. Linux reads /proc; elsewhere `ps`.
 * `npm run bench -- start`, or `node bin/run-ts.js bench/start.bench.ts`.
 */
import { spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { distIsFresh } from "../bin/dist-state.js";
import { check } from "./gate.js";

const ROOT = resolve(import.meta.dirname, "..");
const LAUNCHER = join(ROOT, "bin/breach-radar.js");
/** How long the server sits idle after loading the sample before its memory is read (s). */
const IDLE_SECONDS = Number(process.env.BENCH_IDLE_SECONDS ?? 30);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Resident memory of a process in MB. */
function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: ask ps
  }
  return Number(spawnSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).stdout.trim()) / 1024;
}

/** Median wall time of `breach-radar --help` (ms). */
function cliStartMs(runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [LAUNCHER, "--help"], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`breach-radar --help failed: ${r.stderr}`);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/** Starts the server on a fresh SQLite file with the bundled sample; resolves once the sample is loaded. */
async function startServer(dir: string) {
  const started = performance.now();
  const child = spawn(process.execPath, [LAUNCHER, "start"], {
    cwd: dir, stdio: ["ignore", "ignore", "pipe"],
    env: { PATH: process.env.PATH ?? "", HOME: dir, DATABASE_URL: `file:${join(dir, "data/bench.db")}`, PORT: "0", OFFLINE_SAMPLE: "always", CONSOLE: "off", LOG_LEVEL: "info" },
  });
  let log = "";
  child.stderr.on("data", (c: Buffer) => { log += c.toString(); });
  let healthMs = Number.NaN;
  const deadline = Date.now() + 120_000;
  while (!log.includes('"msg":"offline sample loaded"')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not load the sample:\n${log.slice(-2000)}`);
    if (Number.isNaN(healthMs) && log.includes('"msg":"http server listening"')) healthMs = performance.now() - started;
    await sleep(20);
  }
  const runtime = /"runtime":"(\w+)"/.exec(log)?.[1] ?? "unknown";
  return { child, healthMs, runtime };
}

export async function run(): Promise<void> {
  if (!distIsFresh(ROOT)) {
    console.log("start: dist/ is missing or older than the sources; building it first (npm run build), as npm install does");
    const build = spawnSync(process.execPath, [join(ROOT, "bin/build.js")], { cwd: ROOT, encoding: "utf8", stdio: "inherit" });
    if (build.status !== 0) throw new Error("npm run build failed");
  }
  await check({ name: "CLI start-up (breach-radar --help, median of 5)", unit: "ms", limit: 1000, direction: "below" }, async () => cliStartMs());

  const dir = await mkdtemp(join(tmpdir(), "br-bench-start-"));
  const server = await startServer(dir);
  try {
    console.log(`start: /healthz listening ${(server.healthMs / 1000).toFixed(2)} s after launch (runtime ${server.runtime}); sample loaded; now idle for ${IDLE_SECONDS} s`);
    await check({ name: `idle RSS of a started server with the sample loaded (${server.runtime})`, unit: "MB", limit: 200, direction: "below" }, async () => {
      await sleep(IDLE_SECONDS * 1000);
      const mb = rssMb(server.child.pid!);
      console.log(`start: RSS ${mb.toFixed(0)} MB after ${IDLE_SECONDS} s idle`);
      return mb;
    });
  } finally {
    server.child.kill("SIGTERM");
    await new Promise((r) => server.child.once("exit", r));
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
