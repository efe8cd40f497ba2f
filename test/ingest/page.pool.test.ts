import { existsSync, readdirSync, readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fetcherOptionsFromConfig, createHttpFetcher } from "../../src/ingest/http.fetcher.js";
import { createPagePool, type PagePool, type PagePoolOptions } from "../../src/ingest/worker/page.pool.js";
import { runPageJob, type PageJob } from "../../src/ingest/worker/page.job.js";
import { loadConfig } from "../../src/config.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import { silentLogger } from "../../src/logger.js";
import { startFixtureServer, send, type FixtureServer } from "./helpers/fixture.server.js";
import { largeArticlePage } from "./fixtures/large-page.js";

const config = loadConfig({ FETCH_ALLOW_PRIVATE: "127.0.0.1", FETCH_TIMEOUT_MS: "10000", LOG_LEVEL: "silent" });
const EXTRACT: PageJob = {
  kind: "extract", now: "2025-07-20T00:00:00Z",
  article: { url: null, title: "Harbour Air breach", published: "2025-07-19", outlet: null, body: "Harbour Air said criminals copied customer records from a third-party support platform. Names and email addresses of 1.2 million customers were taken." },
};
const read = (url: string): PageJob => ({ kind: "read", url, publicOnly: true, now: "2025-07-20T00:00:00Z", extract: true, wholePage: true });

describe("page pool (worker threads)", { timeout: 90_000 }, () => {
  let srv: FixtureServer;
  let pool: PagePool | undefined;
  beforeEach(async () => {
    srv = await startFixtureServer();
    srv.routes.set("/big", send(largeArticlePage("Harbour Air", 1.5), { "content-type": "text/html; charset=utf-8" }));
    srv.routes.set("/slow", (_req, res) => { setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end("<p>late</p>"), 8_000); });
  });
  afterEach(async () => {
    await pool?.close();
    await srv.close();
  });

  it("reads and extracts a 1.5 MB page in a worker, with the same result as in this thread", async () => {
    pool = createPagePool({ fetcher: fetcherOptionsFromConfig(config), logger: silentLogger, size: 1, priority: "normal" });
    const pooled = await pool.run(read(`${srv.base}/big`));
    const local = await runPageJob(read(`${srv.base}/big`), createHttpFetcher(fetcherOptionsFromConfig(config)));
    expect(pooled.extraction?.victims).toEqual(["Harbour Air"]);
    expect(pooled.extraction?.affectedCount).toBe(1_200_000);
    expect(pooled).toEqual(local);
  });

  it("fails a job over its time budget, replaces the worker, and runs the next job", async () => {
    pool = createPagePool({ fetcher: fetcherOptionsFromConfig(config), logger: silentLogger, size: 1, timeoutMs: 2_500, priority: "normal" });
    const slow = await pool.run(read(`${srv.base}/slow`)).catch((e: unknown) => e);
    expect(isBreachRadarError(slow, "FETCH_TIMEOUT")).toBe(true);
    expect((slow as Error).message).toMatch(/took longer than \d+ s/);
    const next = await pool.run(EXTRACT);
    expect(next.extraction?.victims).toEqual(["Harbour Air"]);
  });

  it("fails a page that exhausts a worker's heap budget without taking the others down", async () => {
    pool = createPagePool({ fetcher: fetcherOptionsFromConfig(config), logger: silentLogger, size: 1, heapMb: 64, priority: "normal" });
    srv.routes.set("/huge", send(largeArticlePage("Harbour Air", 40), { "content-type": "text/html; charset=utf-8" }));
    const huge = await pool.run(read(`${srv.base}/huge`)).catch((e: unknown) => e);
    expect(isBreachRadarError(huge)).toBe(true);
    const next = await pool.run(EXTRACT);
    expect(next.extraction?.victims).toEqual(["Harbour Air"]);
  });
});

describe("page pool: workers that cannot start", () => {
  it("fails the waiting job after a few failed starts instead of respawning workers in a loop", async () => {
    // A heap too small to boot the worker: every start dies before the worker says it is ready.
    const broken = createPagePool({ fetcher: fetcherOptionsFromConfig(loadConfig({ LOG_LEVEL: "silent" })), logger: silentLogger, size: 1, heapMb: 1 });
    try {
      const job: PageJob = { kind: "extract", article: { url: null, title: "t", published: null, outlet: null, body: "text" }, now: new Date().toISOString() };
      const started = Date.now();
      const error = await broken.run(job).then(() => null, (e: unknown) => e);
      expect(isBreachRadarError(error)).toBe(true);
      expect(Date.now() - started).toBeLessThan(20_000);
      // While starts pause, a new job fails at once rather than spawning again.
      const again = Date.now();
      await expect(broken.run(job)).rejects.toThrow(/cannot start/);
      expect(Date.now() - again).toBeLessThan(1_000);
    } finally {
      await broken.close();
    }
  }, 30_000);
});

/** Nice value and scheduling policy of this process's threads, read from /proc (Linux only). */
function threadPriorities(): { nice: number; policy: number }[] {
  return readdirSync("/proc/self/task").map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces): field 19 is nice, field 41 the policy.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { nice: Number(fields[16]), policy: Number(fields[38]) };
  });
}

describe.skipIf(process.platform !== "linux")("page pool: worker priority (PAGE_WORKER_PRIORITY)", () => {
  const SCHED_IDLE = 5;
  const run = async (priority: PagePoolOptions["priority"]) => {
    const before = threadPriorities();
    const pool = createPagePool({ fetcher: fetcherOptionsFromConfig(config), logger: silentLogger, size: 1, priority });
    try {
      expect((await pool.run(EXTRACT)).extraction?.victims).toEqual(["Harbour Air"]);
      // chrt runs as a child process: give it a moment to apply the policy.
      for (let i = 0; i < 40 && priority === "idle" && !threadPriorities().some((t) => t.policy === SCHED_IDLE); i++) await new Promise((r) => setTimeout(r, 50));
      return { before, during: threadPriorities() };
    } finally {
      await pool.close();
    }
  };

  it("low: the worker thread runs at nice 19 and keeps the normal policy", async () => {
    const { before, during } = await run("low");
    expect(before.filter((t) => t.nice === 19)).toHaveLength(0);
    expect(during.filter((t) => t.nice === 19).length).toBeGreaterThanOrEqual(1);
    expect(during.filter((t) => t.policy === SCHED_IDLE)).toHaveLength(0);
  }, 90_000);

  it("normal: no thread is lowered", async () => {
    const { during } = await run("normal");
    expect(during.filter((t) => t.nice === 19 || t.policy === SCHED_IDLE)).toHaveLength(0);
  }, 90_000);

  it.skipIf(!existsSync("/usr/bin/chrt"))("idle: the worker thread runs under SCHED_IDLE at nice 19", async () => {
    const { during } = await run("idle");
    expect(during.filter((t) => t.nice === 19 && t.policy === SCHED_IDLE).length).toBeGreaterThanOrEqual(1);
  }, 90_000);
});
