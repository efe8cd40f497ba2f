/**
 * Ingest bench: 1,000 generated articles served by a loopback HTTP server as 10 RSS feeds
 * (20 % summary-only, so their pages are fetched and run through Readability) are polled end to end:
 * fetch, parse, extract, merge, store, campaigns. SQLite always (target < 30 s); PostgreSQL when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set. Prints articles/s for each.
 * `npm run bench -- ingest`, or `node bin/run-ts.js bench/ingest.bench.ts [ARTICLES]`.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { pathToFileURL } from "node:url";
import { fakeClock } from "../src/clock.js";
import { loadConfig } from "../src/config.js";
import { createIngestor } from "../src/ingest/index.js";
import { AIRLINES, RETAILERS } from "../src/knowledge/gazetteer/index.js";
import { silentLogger } from "../src/logger.js";
import { check } from "./gate.js";
import { openTestStore, type StoreKind, type TestStore } from "../test/helpers/test-store.js";
import { statSync } from "node:fs";
import Database from "better-sqlite3";
import pg from "pg";

/** Bytes the database takes, and bytes of stored source text (the evidence texts answers quote). */
async function storage(kind: StoreKind, store: TestStore): Promise<{ total: number; texts: number; facts: number }> {
  if (kind === "sqlite") {
    const path = store.databaseUrl.slice("file:".length);
    const db = new Database(path);
    try {
      db.pragma("wal_checkpoint(TRUNCATE)");
      const texts = (db.prepare('SELECT COALESCE(SUM(LENGTH("text")), 0) AS n FROM "SourceText"').get() as { n: number }).n;
      const facts = (db.prepare('SELECT COUNT(*) AS n FROM "Fact"').get() as { n: number }).n;
      const wal = (() => { try { return statSync(`${path}-wal`).size; } catch { return 0; } })();
      return { total: statSync(path).size + wal, texts, facts };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: store.databaseUrl });
  await client.connect();
  try {
    const total = Number((await client.query("SELECT pg_database_size(current_database()) AS n")).rows[0].n);
    const texts = Number((await client.query('SELECT COALESCE(SUM(octet_length("text")), 0) AS n FROM "SourceText"')).rows[0].n);
    const facts = Number((await client.query('SELECT COUNT(*) AS n FROM "Fact"')).rows[0].n);
    return { total, texts, facts };
  } finally {
    await client.end();
  }
}

const FEEDS = 10;
const CLASSES = ["names and email addresses", "phone numbers and postal addresses", "dates of birth", "loyalty programme numbers", "purchase history"];
const ACTORS = ["ShinyHunters", "Scattered Spider", "Qilin", "Akira"];
const PLATFORMS = ["a third-party customer service platform", "a cloud CRM system run by a supplier", "an external help desk provider"];

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

interface GenArticle { path: string; title: string; published: string; body: string[]; full: boolean }

/** Deterministic synthetic articles: ~90 % breach reports over a few hundred victims, the rest routine news. */
export function generateArticles(count: number): GenArticle[] {
  const rnd = prng(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const victims = [...AIRLINES, ...RETAILERS].filter((o) => !o.ambiguous).map((o) => o.name);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(rnd() * 330) * 86_400_000).toISOString().slice(0, 10);
    const full = rnd() > 0.2;
    if (rnd() < 0.1) {
      return { path: `/a/${i}`, title: `Weekly security roundup ${i}`, published: day, full, body: [`Vendors shipped updates for browsers and servers this week (roundup ${i}).`, "Administrators should patch internet-facing systems first and review remote access settings.", "No incidents at named companies were reported in this roundup."] };
    }
    const victim = pick(victims);
    const count = Math.floor(rnd() * 5_000_000) + 10_000;
    return {
      path: `/a/${i}`, title: `${victim} confirms customer data theft (report ${i})`, published: day, full,
      body: [
        `${victim} said an unauthorised party accessed ${pick(PLATFORMS)} and stole customer records. The company detected the intrusion on ${day}.`,
        `The stolen data includes ${pick(CLASSES)} and ${pick(CLASSES)} of about ${count.toLocaleString("en-US")} customers. Payment card details and passwords were not affected, ${victim} said.`,
        `${pick(ACTORS)} claimed responsibility for the attack on a leak site. ${victim} has informed the relevant data protection authorities and is contacting affected customers.`,
        `Security teams at other companies using similar platforms were advised to review connected apps and verify callers who ask for password resets (article ${i}).`,
      ],
    };
  });
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function rss(base: string, feed: number, articles: GenArticle[]): string {
  const items = articles.map((a) => `<item><title>${esc(a.title)}</title><link>${base}${a.path}</link><pubDate>${new Date(`${a.published}T09:00:00Z`).toUTCString()}</pubDate><description>${esc(a.body[0]!.slice(0, 90))}</description>${a.full ? `<content:encoded><![CDATA[${a.body.map((p) => `<p>${p}</p>`).join("")}]]></content:encoded>` : ""}</item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Bench wire ${feed}</title><link>${base}/</link><description>bench</description>${items.join("")}</channel></rss>`;
}

async function serve(articles: GenArticle[]): Promise<{ base: string; close(): Promise<void> }> {
  const byPath = new Map(articles.map((a) => [a.path, a]));
  let base = "";
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    const feed = /^\/feed\/(\d+)\.xml$/.exec(path);
    if (feed) {
      const n = Number(feed[1]);
      return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(base, n, articles.filter((_, i) => i % FEEDS === n)));
    }
    const a = byPath.get(path);
    if (!a) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!doctype html><html><head><title>${esc(a.title)}</title></head><body><nav>Home · News</nav><article><h1>${esc(a.title)}</h1>${a.body.map((p) => `<p>${esc(p)}</p>`).join("")}</article><footer>bench</footer></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Ingests every article once into a fresh store of this kind; returns the seconds it took. */
async function benchKind(kind: StoreKind, articles: GenArticle[], base: string): Promise<number> {
  const store = await openTestStore(kind);
  try {
    const config = loadConfig({ FETCH_ALLOW_PRIVATE: "127.0.0.1", INGEST_HORIZON_DAYS: "3650", LOG_LEVEL: "silent" });
    const ingestor = createIngestor({ store, config, logger: silentLogger, clock: fakeClock("2025-12-31T00:00:00Z") });
    for (let n = 0; n < FEEDS; n++) await store.addFeed(`${base}/feed/${n}.xml`);
    const before = await storage(kind, store);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const report = await ingestor.pollAllFeeds();
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const rate = articles.length / seconds;
    const campaigns = (await store.listCampaigns()).length;
    console.log(`ingest ${kind.padEnd(8)} ${articles.length} articles in ${seconds.toFixed(1)} s = ${rate.toFixed(0)} articles/s · ${await store.countIncidents()} incidents, ${campaigns} campaigns, ${report.feedsFailed} feeds failed`);
    // CPU time of this process (fetch, extract, merge and, on SQLite, the database too): a figure a loaded machine does not distort.
    console.log(`ingest ${kind.padEnd(8)} ${cpuSeconds.toFixed(1)} s CPU in this process = ${(articles.length / cpuSeconds).toFixed(0)} articles per CPU-second${kind === "postgres" ? " (the PostgreSQL server's own CPU not included)" : ""}`);
    const after = await storage(kind, store);
    const kb = (bytes: number) => (bytes / articles.length / 1024).toFixed(1);
    console.log(`ingest ${kind.padEnd(8)} storage ${kb(after.total - before.total)} KB per article (database growth, evidence included) · source texts ${kb(after.texts)} KB per article · ${(after.facts / articles.length).toFixed(1)} facts per article`);
    if (report.feedsFailed > 0) throw new Error(`${report.feedsFailed} bench feeds failed`);
    return seconds;
  } finally {
    await store.cleanup();
  }
}

export async function run(options: { articles?: number } = {}): Promise<Record<string, number>> {
  const count = options.articles ?? (Number(process.argv[2]) || 1000);
  if (process.env.BENCH_DATABASE_URL && !process.env.TEST_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;
  const articles = generateArticles(count);
  const server = await serve(articles);
  const rates: Record<string, number> = {};
  try {
    // The target is SQLite's (the embedded default); PostgreSQL's figure is reported alongside.
    const target = { name: `ingest ${articles.length} articles end to end on SQLite`, unit: "s", limit: 30, direction: "below" as const };
    const sqlite = await check(target, () => benchKind("sqlite", articles, server.base));
    rates.sqlite = articles.length / sqlite.figure;
    if (process.env.TEST_DATABASE_URL) rates.postgres = articles.length / (await benchKind("postgres", articles, server.base));
  } finally {
    await server.close();
  }
  return rates;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
