import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { createStore } from "../store/index.js";
import type { Store } from "../store/store.port.js";

/** Opens the configured store for one CLI command and always closes it afterwards. */
export async function withStore<T>(config: Pick<Config, "DATABASE_URL">, logger: Logger, use: (store: Store) => Promise<T>): Promise<T> {
  const store = await createStore({ databaseUrl: config.DATABASE_URL, logger });
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
