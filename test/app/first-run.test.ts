import { mkdtemp, rm } from "node:fs/promises";
import type { Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CONSOLE_PROMPT } from "../../adapters/console/index.js";
import { startService, type RunningService } from "../../adapters/main.js";
import { createLogger, type Logger } from "../../src/logger.js";
import { runJob } from "../../src/schedule/index.js";
import { startFixtureServer, type FixtureServer } from "../ingest/helpers/fixture.server.js";
import { HTML_TYPE, RSS_TYPE, documentRoute } from "../ingest/helpers/feed.routes.js";
import { QANTAS_FIRST, QANTAS_SECOND_OUTLET, articlePage, rssFeed } from "../ingest/fixtures/articles.js";

/** A logger that keeps every line (with its level) for the test to read. */
function capturingLogger(level: "debug" | "info" = "debug"): Logger & { lines: { level: string; msg: string; [k: string]: unknown }[] } {
  const lines: { level: string; msg: string }[] = [];
  const logger = createLogger(level, {}, (line) => void lines.push(JSON.parse(line) as { level: string; msg: string }));
  return Object.assign(logger, { lines });
}

describe("first run: progress on a terminal, quiet logs, local-only HTTP, a console that gets posts", () => {
  let dir: string;
  let srv: FixtureServer;
  let service: RunningService | null = null;
  const held: Socket[] = [];
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "br-first-run-"));
    srv = await startFixtureServer();
    srv.routes.set("/good.xml", documentRoute(() => rssFeed(srv.base, "Loopback Wire", [{ article: QANTAS_FIRST, full: false }]), { type: RSS_TYPE }));
    srv.routes.set(QANTAS_FIRST.path, documentRoute(() => articlePage(QANTAS_FIRST), { type: HTML_TYPE }));
    srv.routes.set(QANTAS_SECOND_OUTLET.path, documentRoute(() => articlePage(QANTAS_SECOND_OUTLET), { type: HTML_TYPE }));
    // Accepts the connection, never answers: the feed that used to leave a newcomer staring at one line.
    srv.routes.set("/hang.xml", (req) => void held.push(req.socket));
  });
  afterEach(async () => {
    await service?.stop();
    service = null;
    for (const s of held.splice(0)) s.destroy();
    await srv.close();
    await rm(dir, { recursive: true, force: true });
  });

  const env = () => ({
    DATABASE_URL: `file:${join(dir, "data/br.db")}`, PORT: "0", FETCH_ALLOW_PRIVATE: "127.0.0.1", INGEST_HORIZON_DAYS: "3650",
    FEEDS: `${srv.base}/good.xml,${srv.base}/hang.xml`, FETCH_TIMEOUT_MS: "2500", FETCH_CONNECT_TIMEOUT_MS: "1000", LOG_LEVEL: "debug",
  });

  it("shows feed n of N, articles read, incidents created, who is still being waited for, and a summary line", async () => {
    const progress: string[] = [];
    const logger = capturingLogger();
    const input = new PassThrough();
    const output = new PassThrough();
    let screen = "";
    output.on("data", (c: Buffer) => { screen += c.toString(); });
    service = await startService({ env: env(), console: true, consoleIO: { input, output }, logger, progress: (l) => void progress.push(l), progressTickMs: 400, onConsoleExit: () => undefined });

    expect(progress[0]).toContain("listens on 127.0.0.1:");
    expect(progress[0]).toContain("because no Slack or Teams credentials are set; set HOST=0.0.0.0");
    expect(progress).toContain("Reading 2 news feeds (each may take up to the fetch timeout)…");
    expect(progress.find((l) => /\[\d\/2\] .*\/good\.xml/.test(l))).toMatch(/^ {2}\[[12]\/2\] .*\/good\.xml {2}ok · 1 item, 1 article read, 1 new incident \(\d+\.\d s\)$/);
    expect(progress.some((l) => /^ {2}… still waiting for (\S+, )?http:\/\/127\.0\.0\.1:\d+\/hang\.xml \(\d+ s\)$/.test(l))).toBe(true);
    expect(progress.find((l) => /\[\d\/2\] .*\/hang\.xml/.test(l))).toMatch(/FAILED · \[FETCH_TIMEOUT\]/);
    expect(progress.at(-1)).toMatch(/^First run: 1 of 2 feeds read \(1 failed\) · 1 article read · 1 new incident, 0 updated · \d+\.\d s; 1 incidents in the store\.$/);

    // Bound to loopback only, and the log says so.
    expect((service.server.address() as { address: string }).address).toBe("127.0.0.1");
    expect(logger.lines.find((l) => l.msg === "listening on this machine only")).toMatchObject({ level: "info", host: "127.0.0.1" });

    // The console subscribes to "qantas", a new report arrives, the alert job posts into the session.
    const type = async (line: string) => {
      const before = screen.split(CONSOLE_PROMPT).length;
      input.write(`${line}\n`);
      while (screen.split(CONSOLE_PROMPT).length === before) await new Promise((r) => setTimeout(r, 10));
    };
    while (!screen.includes(CONSOLE_PROMPT)) await new Promise((r) => setTimeout(r, 10));
    await type("watch qantas");
    await type(`add ${srv.base}${QANTAS_SECOND_OUTLET.path}`);
    // The service's own planner may run at the same tick (it holds the planner lease then): plan until posted.
    const deadline = Date.now() + 15_000;
    while (!/--- Alert for local/.test(screen) && Date.now() < deadline) {
      await service.scheduler!.runJobNow("plan-deliveries");
      await service.scheduler!.outbox.runUntilIdle();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(screen).toMatch(/--- Alert for local · .* UTC ---\n== Watch "qantas": /);
  }, 30_000);

  it("without a terminal, first-run progress and routine job runs log at debug, the summary at info", async () => {
    const logger = capturingLogger();
    service = await startService({ env: { ...env(), FEEDS: `${srv.base}/good.xml` }, console: false, logger, progress: null });
    const deadline = Date.now() + 15_000;
    while (!logger.lines.some((l) => l.msg === "first run done") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(logger.lines.find((l) => l.msg === "first run: feed done")).toMatchObject({ level: "debug", feed: "1 of 1", articles: 1, newIncidents: 1 });
    expect(logger.lines.find((l) => l.msg === "first run done")).toMatchObject({ level: "info" });

    // The service's own jobs: nothing to post is routine (debug); a run that did something is info.
    await service.scheduler!.runJobNow("plan-deliveries");
    const finished = logger.lines.filter((l) => l.msg === "job finished" && l.job === "plan-deliveries");
    expect(finished.map((l) => l.level)).toContain("debug");
    expect(finished.every((l) => l.level === "debug")).toBe(true);
    const quiet = capturingLogger();
    await runJob({ name: "digests", cron: "* * * * *", distributed: false, run: async () => ({ posted: 2 }), notable: (r) => (r as { posted: number }).posted > 0 }, quiet);
    expect(quiet.lines).toEqual([expect.objectContaining({ level: "info", msg: "job finished", job: "digests" })]);
  }, 30_000);
});
