/**
 * Fills a test store for the export tests: the shared seeds and corpus through the real ingest path
 * (extraction, merge, campaigns), or synthetic incidents through store.applyIncidentWrite.
 */
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fakeClock } from "../../../src/clock.js";
import { loadConfig } from "../../../src/config.js";
import { parseArticleFile } from "../../../src/extract/index.js";
import { createIngestor } from "../../../src/ingest/index.js";
import { silentLogger } from "../../../src/logger.js";
import type { Store } from "../../../src/store/store.port.js";
import { syntheticWrites } from "../../helpers/synthetic-incidents.js";
import { findSharedDir } from "../../helpers/shared-dir.js";

export const SHARED = findSharedDir() ?? resolve(process.cwd(), "../shared");

/** Ingests every article of a shared set (seeds, corpus); undated articles take the set's feed date when it has one. */
export async function ingestSharedSet(store: Store, set: "seeds" | "corpus", now = "2025-09-30T12:00:00Z"): Promise<number> {
  const dir = join(SHARED, set);
  const dates = await readFile(join(dir, "feed-dates.json"), "utf8").then((t) => JSON.parse(t) as Record<string, string>).catch(() => ({} as Record<string, string>));
  const ingestor = createIngestor({ store, logger: silentLogger, clock: fakeClock(now), config: loadConfig({ LOG_LEVEL: "silent", INGEST_HORIZON_DAYS: "3650" }) });
  let breaches = 0;
  for (const name of (await readdir(join(dir, "articles"))).sort()) {
    const article = parseArticleFile(await readFile(join(dir, "articles", name), "utf8"), name);
    if (!article.published && dates[name]) article.published = dates[name]!;
    const result = await ingestor.ingestArticle(article);
    if (result.isBreachReport) breaches++;
  }
  await ingestor.relinkCampaigns();
  return breaches;
}

/** Writes `count` synthetic incidents (deterministic) through the store's real write path. */
export async function writeSynthetic(store: Store, count: number, batch = 25): Promise<void> {
  const writes = syntheticWrites(count);
  for (let k = 0; k < writes.length; k += batch) await Promise.all(writes.slice(k, k + batch).map((w) => store.applyIncidentWrite(w)));
}
