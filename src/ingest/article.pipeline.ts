import type { Clock } from "../clock.js";
import type { Article, Extraction, IncidentDetail, Severity, Source } from "../domain/incident.js";
import type { Logger } from "../logger.js";
import type { SourceInput, Store } from "../store/store.port.js";
import { contentHash } from "./article.reader.js";
import { findExistingIncident, mintIncidentId } from "./incident.matcher.js";
import type { IncidentChangedListener, IngestResult } from "./ingest.types.js";
import { planMerge, type MergedIncident } from "./merge.planner.js";
import { tryCanonicalizeUrl } from "./url.canonicalizer.js";
import { canonicalActorName } from "../extract/index.js";
import { SHARED } from "../domain/tenancy.js";

/** The pure collaborators of the pipeline (extraction engine and advice), injectable for tests. */
export interface PipelineDeps {
  store: Store;
  logger: Logger;
  clock: Clock;
  /** May run off the event loop (page pool); a plain function runs in this thread. */
  extract: (article: Article, options: { now: Date }) => Extraction | Promise<Extraction>;
  titleOf: (extraction: Extraction) => string;
  severityOf: (incident: MergedIncident) => Severity;
  listeners: Set<IncidentChangedListener>;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function result(url: string, partial: Partial<IngestResult>): IngestResult {
  return { url, status: "skipped", isBreachReport: false, incidentId: null, isNew: false, changed: false, changes: [], changeRecords: [], title: null, ...partial };
}

/** Serialises find → plan → write, so two reports of one incident never race into two incidents. */
function createMutex(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const run = tail.then(work, work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Article → extraction → merge plan → one store transaction → listeners.
 * `known`: the stored source for this URL when the caller already looked it up (saves a read).
 * `owner`: whose content this is (domain/tenancy.ts); a workspace's article only ever merges
 * into that workspace's own incidents, never into a shared one.
 */
export type IngestArticle = (article: Article, hints?: IngestHints) => Promise<IngestResult>;

export interface IngestHints {
  known?: Source | null;
  owner?: string;
  /** Already computed elsewhere (a worker read the page): skip these steps here. */
  extraction?: Extraction | null;
  contentHash?: string;
}

export function createArticlePipeline(deps: PipelineDeps): { ingestArticle: IngestArticle } {
  const exclusive = createMutex();

  async function notify(outcome: IngestResult): Promise<void> {
    for (const listener of deps.listeners) {
      try {
        await listener(outcome);
      } catch (error) {
        deps.logger.error("incident-changed listener failed", { error, incidentId: outcome.incidentId });
      }
    }
  }

  async function mergeAndStore(article: Article, extraction: Extraction, source: SourceInput, known: Source | null): Promise<IngestResult> {
    // Event time: the article's date, else the incident date it gives; the fetch time only when nothing else is known.
    const articleDate = article.published ?? extraction.disclosed ?? extraction.detected ?? isoDay(source.fetchedAt);
    const owner = source.owner ?? SHARED;
    let existing: IncidentDetail | null = known?.incidentId ? await deps.store.getIncident(known.incidentId) : null;
    if (existing && (existing.owner ?? SHARED) !== owner) existing = null;
    if (!existing) {
      const match = await findExistingIncident(deps.store, extraction, articleDate, owner);
      existing = match ? await deps.store.getIncident(match.id) : null;
    }
    const newId = existing ? undefined : await mintIncidentId(deps.store, extraction, articleDate, owner);
    const write = { ...planMerge(existing, extraction, source, deps.clock.now(), { newId, title: deps.titleOf(extraction), severityOf: deps.severityOf }), owner };
    const applied = await deps.store.applyIncidentWrite(write);
    return result(source.url, {
      status: applied.changed ? "stored" : "unchanged", isBreachReport: true, incidentId: applied.incidentId,
      isNew: write.isNew && applied.changed, changed: applied.changed, changes: applied.changes.map((c) => c.text),
      changeRecords: applied.changes, title: write.incident.title,
    });
  }

  async function ingestArticle(article: Article, hints: IngestHints = {}): Promise<IngestResult> {
    const now = deps.clock.now();
    const owner = hints.owner ?? SHARED;
    const hash = hints.contentHash ?? contentHash(`${article.title ?? ""}\n${article.body}`);
    const url = tryCanonicalizeUrl(article.url) ?? `urn:sha256:${hash.slice(0, 32)}`;
    const known = hints.known !== undefined ? hints.known : await deps.store.getSourceByUrl(url, owner);
    if (known && known.contentHash === hash) {
      return result(url, { status: "unchanged", isBreachReport: known.incidentId !== null, incidentId: known.incidentId, title: known.title });
    }
    const extracted = hints.extraction ?? (await deps.extract({ ...article, url }, { now }));
    // One name per actor in the store, however each outlet spelled it ("Cl0p" / "Clop").
    const extraction = { ...extracted, actors: extracted.actors.map((a) => ({ ...a, name: canonicalActorName(a.name) })) };
    const source: SourceInput = {
      url, owner, outlet: article.outlet, title: article.title, language: extraction.language, contentHash: hash, fetchedAt: now,
      publishedAt: article.published ? new Date(`${article.published}T00:00:00Z`) : null,
    };
    if (!extraction.isBreachReport) {
      await deps.store.markSourceSeen(source);
      return result(url, { status: "not_breach", title: article.title });
    }
    const outcome = await exclusive(() => mergeAndStore(article, extraction, source, known));
    if (outcome.changed) await notify(outcome);
    deps.logger.debug("article ingested", { url, incidentId: outcome.incidentId, isNew: outcome.isNew, changes: outcome.changes.length });
    return outcome;
  }

  return { ingestArticle };
}
