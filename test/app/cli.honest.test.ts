import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/cli.js";
import { CLI_SPECS } from "../../src/cli/cli.specs.js";
import type { CliIO } from "../../src/cli/command.js";
import { seedBotFixtures } from "../bot/bot.fixtures.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFixtureServer, type FixtureServer } from "../ingest/helpers/fixture.server.js";
import { RSS_TYPE, documentRoute } from "../ingest/helpers/feed.routes.js";
import { QANTAS_FIRST, articlePage, rssFeed } from "../ingest/fixtures/articles.js";

function capture(): CliIO & { stdout: string[]; stderr: string[]; text(): string } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), text: () => [...stdout, ...stderr].join("\n") };
}

/** Runs the CLI in-process with these environment variables (restored afterwards). */
async function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const saved = { ...process.env };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const io = capture();
  try {
    const code = await main(args, io);
    return { code, io };
  } finally {
    process.env = saved;
  }
}

describe("breach-radar --help shows every option", () => {
  it("lists every command, and each command's --help lists every option the command accepts", async () => {
    const top = await cli(["--help"]);
    expect(top.code).toBe(0);
    for (const spec of Object.values(CLI_SPECS)) {
      expect(top.io.text()).toContain(`breach-radar ${spec.name}`);
      const help = await cli([spec.name, "--help"]);
      expect(help.code).toBe(0);
      for (const option of spec.options) {
        expect(help.io.text(), `${spec.name} --help`).toContain(option.flag);
        if ("short" in option && option.short) expect(help.io.text()).toContain(option.short);
      }
    }
    const ask = await cli(["ask", "--help"]);
    expect(ask.io.text()).toMatch(/--incident ID\s+Ask about this incident/);
  });

  it.each([["extract"], ["ingest"], ["feeds"], ["incidents"], ["ask"]])("%s refuses an option it does not have, with exit status 2", async (name) => {
    const { code, io } = await cli([name, "--frobnicate"], { DATABASE_URL: "file:/nonexistent/never.db" });
    expect(code).toBe(2);
    expect(io.text()).toContain("Unknown option --frobnicate");
    expect(io.text()).toContain(`Usage: breach-radar ${name}`);
  });

  it("exits 2 for an unknown command and for no command", async () => {
    expect((await cli(["frobnicate"])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
  });
});

describe("breach-radar extract / ask exit statuses", () => {
  let dir: string;
  beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), "br-cli-")); });
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it("extract --json on a missing file exits 1 and says why", async () => {
    const { code, io } = await cli(["extract", "--json", join(dir, "nonexistent.txt")]);
    expect(code).toBe(1);
    expect(JSON.parse(io.stdout.join(""))[0].error).toBe("file not found");
    expect(io.stderr.join("\n")).toContain("nonexistent.txt: file not found");
  });

  it("ask refuses to create a store and says how to load data", async () => {
    const db = join(dir, "data/never.db");
    const { code, io } = await cli(["ask", "who is behind the Qantas breach?"], { DATABASE_URL: `file:${db}`, LOG_LEVEL: "silent" });
    expect(code).toBe(1);
    expect(io.text()).toContain("[NOT_FOUND] No incident store yet");
    expect(io.text()).toContain("breach-radar ingest --once");
    expect(existsSync(db)).toBe(false);
    expect(existsSync(join(dir, "data"))).toBe(false);
  });
});

describe.each(storeKinds())("breach-radar ask / incidents on a store with data (%s)", (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore(kind);
    await seedBotFixtures(store);
  });
  afterAll(async () => { await store.cleanup(); });
  const env = () => ({ DATABASE_URL: store.databaseUrl, LOG_LEVEL: "silent" });

  it("ask --command with an unknown or malformed command exits 2 after showing help", async () => {
    const unknown = await cli(["ask", "--command", "frobnicate"], env());
    expect(unknown.code).toBe(2);
    expect(unknown.io.text()).toContain('I don\'t know "frobnicate"');
    const malformed = await cli(["ask", "--command", "search"], env());
    expect(malformed.code).toBe(2);
    expect(malformed.io.text()).toContain("Needs something to search for");
    expect(malformed.io.text()).not.toMatch(/Invalid input|expected string/);
    expect((await cli(["ask", "--command", "show qantas-2025-06"], env())).code).toBe(0);
  });

  it("ask --incident asks about that incident", async () => {
    const { code, io } = await cli(["ask", "--incident", "qantas-2025-06", "who is behind it?"], env());
    expect(code).toBe(0);
    expect(io.text()).toContain("ShinyHunters");
  });

  it("incidents list --json prints the incidents as a JSON array, newest first, with filters", async () => {
    const all = await cli(["incidents", "list", "--json", "--limit", "50"], env());
    expect(all.code).toBe(0);
    const rows = JSON.parse(all.io.stdout.join("")) as { id: string; sector: string; updatedAt: string }[];
    expect(rows.map((r) => r.id)).toEqual(expect.arrayContaining(["qantas-2025-06", "chanel-2025-07", "westjet-2025-06"]));
    const times = rows.map((r) => Date.parse(r.updatedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const retail = JSON.parse((await cli(["incidents", "list", "--json", "--sector", "retail"], env())).io.stdout.join("")) as { sector: string }[];
    expect(retail.length).toBeGreaterThan(0);
    expect(retail.every((r) => r.sector === "retail")).toBe(true);
    const bad = await cli(["incidents", "list", "--sector", "bakery"], env());
    expect(bad.code).toBe(2);
    expect(bad.io.text()).toContain("--sector must be one of airline, retail, other");
  });

  it("incidents show ID --json prints the incident with its sources; an unknown id exits 1", async () => {
    const { code, io } = await cli(["incidents", "show", "qantas-2025-06", "--json"], env());
    expect(code).toBe(0);
    const incident = JSON.parse(io.stdout.join("")) as { id: string; sources: { url: string }[]; victims: string[] };
    expect(incident.id).toBe("qantas-2025-06");
    expect(incident.victims).toContain("Qantas");
    expect(incident.sources.length).toBeGreaterThan(0);
    const text = await cli(["incidents", "show", "qantas-2025-06"], env());
    expect(text.io.text()).toMatch(/victims\s+Qantas/);
    const missing = await cli(["incidents", "show", "nope-1999"], env());
    expect(missing.code).toBe(1);
    expect(missing.io.text()).toContain('No incident with id "nope-1999"');
  });
});

describe("breach-radar ingest: backoff shown, --force, polling until stopped", () => {
  let dir: string;
  let srv: FixtureServer;
  let env: Record<string, string>;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "br-ingest-"));
    srv = await startFixtureServer();
    srv.routes.set("/good.xml", documentRoute(() => rssFeed(srv.base, "Loopback Wire", [{ article: QANTAS_FIRST, full: false }]), { type: RSS_TYPE }));
    srv.routes.set(QANTAS_FIRST.path, documentRoute(() => articlePage(QANTAS_FIRST)));
    srv.routes.set("/broken.xml", (_req, res) => void res.writeHead(500).end("down"));
    env = {
      DATABASE_URL: `file:${join(dir, "br.db")}`, LOG_LEVEL: "silent", FETCH_ALLOW_PRIVATE: "127.0.0.1",
      FEEDS: `${srv.base}/good.xml,${srv.base}/broken.xml`, INGEST_HORIZON_DAYS: "3650",
    };
  });
  afterEach(async () => {
    await srv.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("--once shows per-feed lines and when a failed feed is tried next; backing-off feeds are skipped until --force", async () => {
    const first = await cli(["ingest", "--once"], env);
    expect(first.code).toBe(0);
    const out = first.io.stdout.join("\n");
    expect(out).toContain("Reading 2 news feeds");
    expect(out).toMatch(/\[\d\/2\] http:\/\/127\.0\.0\.1:\d+\/good\.xml {2}ok · 1 item, 1 article read, 1 new incident/);
    expect(out).toMatch(/\[\d\/2\] http:\/\/127\.0\.0\.1:\d+\/broken\.xml {2}FAILED · \[FETCH_FAILED\] HTTP 500 .* · next try \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in 5 min\)/);
    expect(out).toContain("1 of 2 feeds read (1 failed) · 1 article read · 1 new incident, 0 updated");

    const second = await cli(["ingest", "--once"], env);
    const again = second.io.stdout.join("\n");
    expect(again).toMatch(/skipped http:\/\/127\.0\.0\.1:\d+\/broken\.xml {2}backing off after failures · next try .* UTC \(in \d+ min\)/);
    expect(srv.hits.get("/broken.xml")).toBe(1);

    const forced = await cli(["ingest", "--once", "--force"], env);
    expect(forced.io.stdout.join("\n")).toMatch(/broken\.xml {2}FAILED .* next try .*\(in 10 min\)/);
    expect(srv.hits.get("/broken.xml")).toBe(2);
  });

  it("without --once it polls on FEED_POLL_CRON until SIGTERM, then exits 0", async () => {
    const child = spawn(process.execPath, [join(process.cwd(), "bin/breach-radar.js"), "ingest"], {
      cwd: dir, stdio: ["ignore", "pipe", "pipe"],
      env: { PATH: process.env.PATH ?? "", HOME: dir, ...env, FEEDS: `${srv.base}/good.xml`, FEED_POLL_CRON: "*/2 * * * * *" },
    });
    let out = "";
    child.stdout.on("data", (c: Buffer) => { out += c.toString(); });
    child.stderr.on("data", (c: Buffer) => { out += c.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while ((out.match(/Next poll/g) ?? []).length < 2 && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    expect(child.exitCode, out).toBeNull();
    expect((out.match(/feeds? read/g) ?? []).length).toBeGreaterThanOrEqual(2);
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(out).toContain("Stopped.");
    expect(srv.hits.get("/good.xml")).toBeGreaterThanOrEqual(2);
  }, 40_000);
});
