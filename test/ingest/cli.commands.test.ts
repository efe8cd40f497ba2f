import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/cli.js";
import type { CliIO } from "../../src/cli/command.js";
import { startFixtureServer, type FixtureServer } from "./helpers/fixture.server.js";
import { RSS_TYPE, documentRoute } from "./helpers/feed.routes.js";
import { QANTAS_FIRST, QANTAS_REVISION, articlePage, bodyText, rssFeed } from "./fixtures/articles.js";

function capture(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t) };
}

/** The CLI reads its configuration from the environment; this file gets its own SQLite database. */
describe("breach-radar feeds / ingest commands (SQLite)", () => {
  let dir: string;
  let srv: FixtureServer;
  const saved = { ...process.env };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "breach-radar-cli-"));
    srv = await startFixtureServer();
    srv.routes.set("/feed.xml", documentRoute(() => rssFeed(srv.base, "Loopback Wire", [{ article: QANTAS_FIRST, full: false }]), { type: RSS_TYPE }));
    srv.routes.set(QANTAS_FIRST.path, documentRoute(() => articlePage(QANTAS_FIRST)));
    Object.assign(process.env, {
      DATABASE_URL: `file:${join(dir, "cli.db")}`, LOG_LEVEL: "silent", FETCH_ALLOW_PRIVATE: "127.0.0.1",
      FEEDS: `${srv.base}/feed.xml`, INGEST_HORIZON_DAYS: "3650",
    });
  });
  afterAll(async () => {
    process.env = saved;
    await srv.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("adds, lists and removes feeds, refusing non-http URLs", async () => {
    const io = capture();
    const feeds = process.env.FEEDS;
    delete process.env.FEEDS; // with FEEDS set, the list is FEEDS and add/remove are refused
    expect(await main(["feeds", "add", "https://news.example.org/rss"], io)).toBe(0);
    expect(await main(["feeds", "add", "file:///etc/passwd"], io)).toBe(1);
    expect(io.stderr.join("\n")).toMatch(/INVALID_INPUT/);
    expect(await main(["feeds", "list"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("https://news.example.org/rss");
    expect(await main(["feeds", "remove", "https://news.example.org/rss"], io)).toBe(0);
    expect(await main(["feeds", "remove", "https://news.example.org/rss"], io)).toBe(1);
    process.env.FEEDS = feeds;
  });

  it("ingests article files and reports merges and the count revision", async () => {
    const header = (a: typeof QANTAS_FIRST) => `url: https://files.example${a.path}\ntitle: ${a.title}\npublished: ${a.published}\noutlet: ${a.outlet}\n\n${bodyText(a)}\n`;
    const first = join(dir, "first.txt");
    const second = join(dir, "second.txt");
    await writeFile(first, header(QANTAS_FIRST));
    await writeFile(second, header(QANTAS_REVISION));
    const io = capture();
    expect(await main(["ingest", first, second], io)).toBe(0);
    const out = io.stdout.join("\n");
    expect(out).toMatch(/qantas-2025-06 \(new\)/);
    expect(out).toMatch(/(?:Count revised 6M → 5\.7M|Number affected now 5\.7M people \(confirmed by Qantas\); earlier figure 6M)/m);
    const again = capture();
    expect(await main(["ingest", first], again)).toBe(0);
    expect(again.stdout.join("\n")).toContain("(no change)");
  });

  it("ingest --once sets the feed table from FEEDS and polls them once", async () => {
    const io = capture();
    expect(await main(["ingest", "--once"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("Feed list set from FEEDS: 1 added, 0 removed.");
    expect(io.stdout.join("\n")).toMatch(/1 of 1 feed read · 1 article read · 0 new incidents, 1 updated/);
    expect(srv.hits.get("/feed.xml")).toBe(1);
    expect(srv.hits.get(QANTAS_FIRST.path)).toBe(1);
    const list = capture();
    await main(["feeds", "list"], list);
    expect(list.stdout.join("\n")).toContain("(Loopback Wire)");
  });
});
