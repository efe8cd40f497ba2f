import type { DatabaseTarget } from "./database-url.js";
import { connect, LOCK_SQL, UNLOCK_SQL } from "./postgres.migrator.js";

/** Per database, the tail of this process's queue of lock holders (every Store on it shares it). */
const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `fn` under the database's start-up lock. PostgreSQL: the migrations' session advisory lock,
 * taken on a connection of its own (a pooled connection could be a different session at unlock time),
 * so replicas started together load first-run data once. SQLite has one process: a local queue.
 */
export function createStartupLock(target: DatabaseTarget): <T>(fn: () => Promise<T>) => Promise<T> {
  const id = target.kind === "sqlite" ? target.path : target.url;
  const local = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = (queues.get(id) ?? Promise.resolve()).then(fn, fn);
    queues.set(id, run.catch(() => undefined));
    return run;
  };
  if (target.kind === "sqlite") return local;
  return (fn) => local(async () => {
    const client = await connect(target.url);
    try {
      await client.query(LOCK_SQL);
      return await fn();
    } finally {
      await client.query(UNLOCK_SQL).catch(() => undefined);
      await client.end().catch(() => undefined);
    }
  });
}
