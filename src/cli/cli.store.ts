import { existsSync } from "node:fs";
import type { Config } from "../config.js";
import { BreachRadarError } from "../domain/errors.js";
import type { Logger } from "../logger.js";
import { createStore, describeTarget, parseDatabaseUrl } from "../store/index.js";
import type { Store } from "../store/store.port.js";

/** How to put data into an empty or missing store (shown by the read-only commands). */
export const LOAD_DATA_HINT =
  "Load data first: `breach-radar ingest --once` reads the news feeds, `breach-radar ingest FILE|URL` adds articles, " +
  "and `npm start` does both (with the bundled offline sample when no feed is reachable).";

/** Opens the configured store for one CLI command and always closes it afterwards. */
export async function withStore<T>(config: Pick<Config, "DATABASE_URL">, logger: Logger, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await createStore({ databaseUrl: config.DATABASE_URL, logger });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/**
 * Like withStore, for commands that only read (`ask`, `incidents`): a SQLite file that does not
 * exist is NOT created; the command fails with NOT_FOUND and says how to load data.
 */
export async function withExistingStore<T>(config: Pick<Config, "DATABASE_URL">, logger: Logger, use: (store: Store) => Promise<T>): Promise<T> {
  const target = parseDatabaseUrl(config.DATABASE_URL);
  if (target.kind === "sqlite" && !existsSync(target.path)) {
    throw new BreachRadarError("NOT_FOUND", `No incident store yet: ${describeTarget(target)} does not exist (DATABASE_URL). ${LOAD_DATA_HINT}`);
  }
  return withStore(config, logger, use);
}
