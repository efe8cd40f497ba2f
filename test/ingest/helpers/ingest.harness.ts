import { fakeClock } from "../../../src/clock.js";
import { loadConfig, type Config } from "../../../src/config.js";
import { extractArticle } from "../../../src/extract/index.js";
import { createIngestor, type Ingestor, type IngestResult } from "../../../src/ingest/index.js";
import type { Store } from "../../../src/store/store.port.js";
import { silentLogger } from "../../../src/logger.js";
import { openTestStore, type StoreKind, type TestStore } from "../../helpers/test-store.js";
import { startFixtureServer, type FixtureServer } from "./fixture.server.js";

export interface Harness {
  srv: FixtureServer;
  store: TestStore;
  ingestor: Ingestor;
  clock: ReturnType<typeof fakeClock>;
  config: Config;
  /** Every result the onIncidentChanged hook received. */
  changed: IngestResult[];
  /** How many articles went through extraction. */
  extractions: { count: number };
  /** Rebuild the ingestor on another store view (e.g. a crashing wrapper). */
  rebuild(store: Store, env?: Record<string, string>): Ingestor;
  close(): Promise<void>;
}

export const TEST_ENV = {
  FETCH_ALLOW_PRIVATE: "127.0.0.1", FETCH_TIMEOUT_MS: "3000", FETCH_CONNECT_TIMEOUT_MS: "1000",
  FETCH_MAX_BYTES: "200000", INGEST_HORIZON_DAYS: "60", LOG_LEVEL: "silent",
};

let warmed = false;

export async function openHarness(kind: StoreKind, start = "2025-07-10T12:00:00Z"): Promise<Harness> {
  if (!warmed) {
    // The first extraction compiles the lexicons; do it before any timed fetch runs in this process.
    extractArticle({ url: null, title: "Warm-up", published: null, outlet: null, body: "Qantas said customer data was accessed." }, { now: new Date(start) });
    warmed = true;
  }
  const srv = await startFixtureServer();
  const store = await openTestStore(kind);
  const clock = fakeClock(start);
  const changed: IngestResult[] = [];
  const extractions = { count: 0 };
  const build = (s: Store, env: Record<string, string> = {}) => createIngestor({
    store: s, logger: silentLogger, clock, config: loadConfig({ ...TEST_ENV, ...env }), concurrency: 2,
    onIncidentChanged: (r) => void changed.push(r),
    extract: (article, options) => {
      extractions.count++;
      return extractArticle(article, options);
    },
  });
  return {
    srv, store, clock, changed, extractions, config: loadConfig(TEST_ENV), ingestor: build(store), rebuild: build,
    close: async () => {
      await srv.close();
      await store.cleanup();
    },
  };
}

/** Row counts that must not move when nothing new is ingested. */
export async function snapshot(store: Store, incidentIds: string[]) {
  const details = await Promise.all(incidentIds.map((id) => store.getIncident(id)));
  return {
    incidents: await store.countIncidents(),
    perIncident: details.map((d) => ({ id: d?.id, sources: d?.sources.length, facts: d?.facts.length, changes: d?.changes.length, updatedAt: d?.updatedAt.toISOString() })),
  };
}
