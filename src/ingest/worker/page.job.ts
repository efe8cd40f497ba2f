import type { Article, Extraction } from "../../domain/incident.js";
import { BreachRadarError, isBreachRadarError, type ErrorCode } from "../../domain/errors.js";
import { extractArticle } from "../../extract/index.js";
import { contentHash, htmlToText, readMainText } from "../article.reader.js";
import type { Fetcher } from "../http.fetcher.js";

/** Longest text handed to extraction: far above any news article, far below what would stall a reader. */
export const MAX_ARTICLE_CHARS = 300_000;

/**
 * The heavy work of ingestion, as plain data in and out so it can run in a worker thread:
 * `read` fetches a page and reads its main text (Readability), `extract` runs the extraction
 * engine. Both also hash the text, which is slow on multi-megabyte pages.
 */
export type PageJob =
  /** `wholePage`: when Readability finds no article, use the whole page's text (else an empty body). */
  | { kind: "read"; url: string; publicOnly: boolean; now: string; extract: boolean; wholePage: boolean }
  | { kind: "extract"; article: Article; now: string };

/** What a job gives back: the article as read, its content hash, and the extraction when asked for. */
export interface PageResult {
  article: Article;
  contentHash: string;
  extraction: Extraction | null;
}

/** A job failure carried across the thread boundary (errors do not survive structured cloning intact). */
export interface PageJobError {
  code: ErrorCode;
  message: string;
}

const hashOf = (article: Article): string => contentHash(`${article.title ?? ""}\n${article.body}`);

function capped(article: Article): Article {
  return article.body.length > MAX_ARTICLE_CHARS ? { ...article, body: article.body.slice(0, MAX_ARTICLE_CHARS) } : article;
}

async function readPage(job: Extract<PageJob, { kind: "read" }>, fetcher: Fetcher): Promise<Article> {
  const page = await fetcher.fetch({ url: job.url, publicOnly: job.publicOnly, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5" });
  const main = readMainText(page.text, page.url);
  const body = main?.text ?? (job.wholePage ? htmlToText(page.text) : "");
  return capped({ url: job.url, title: main?.title ?? null, published: main?.published ?? null, outlet: new URL(page.url).hostname.replace(/^www\./, ""), body });
}

/** Runs one job in the current thread (the worker calls this; so do callers without a pool). */
export async function runPageJob(job: PageJob, fetcher: Fetcher): Promise<PageResult> {
  if (job.kind === "extract") {
    const article = capped(job.article);
    return { article, contentHash: hashOf(job.article), extraction: extractArticle(article, { now: new Date(job.now) }) };
  }
  const article = await readPage(job, fetcher);
  return { article, contentHash: hashOf(article), extraction: job.extract ? extractArticle(article, { now: new Date(job.now) }) : null };
}

export const toJobError = (error: unknown): PageJobError => ({
  code: isBreachRadarError(error) ? error.code : "FETCH_FAILED",
  message: error instanceof Error ? error.message : String(error),
});

export const fromJobError = (error: PageJobError): BreachRadarError => new BreachRadarError(error.code, error.message);
