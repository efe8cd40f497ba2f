import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import type { Article } from "../domain/incident.js";
import { parseArticleFile } from "../extract/index.js";

/** Outlet name every bundled sample article carries, so views can label it as sample data. */
export const SAMPLE_OUTLET = "Breach Radar sample";
/** Host of the sample articles' (non-resolvable) URLs. */
export const SAMPLE_HOST = "sample.breach-radar.local";

export const SAMPLE_DIR = fileURLToPath(new URL("./sample/", import.meta.url));

/** True for a source URL of the bundled offline sample. */
export function isSampleUrl(url: string): boolean {
  try {
    return new URL(url).hostname === SAMPLE_HOST;
  } catch {
    return false;
  }
}

/** The bundled sample articles in file-name order (first reports before revisions). */
export async function loadSampleArticles(dir: string = SAMPLE_DIR): Promise<Article[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  const articles: Article[] = [];
  for (const name of names) {
    const article = parseArticleFile(await readFile(join(dir, name), "utf8"), name);
    articles.push({ ...article, outlet: SAMPLE_OUTLET });
  }
  return articles;
}
