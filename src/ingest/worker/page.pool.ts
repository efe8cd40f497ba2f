import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { BreachRadarError } from "../../domain/errors.js";
import type { Logger } from "../../logger.js";
import type { HttpFetcherOptions } from "../http.fetcher.js";
import { fromJobError, type PageJob, type PageJobError, type PageResult } from "./page.job.js";

/**
 * A small pool of worker threads for the heavy part of ingestion (fetching pages, Readability,
 * extraction), so the event loop that answers Slack and Teams never waits on a big page.
 * Budgets: each job has a time limit (the worker is terminated and replaced when it is
 * exceeded) and each worker a heap limit (a page that exhausts it fails alone); bodies are
 * capped by the fetcher's FETCH_MAX_BYTES and the text by MAX_ARTICLE_CHARS.
 */
export interface PagePool {
  run(job: PageJob): Promise<PageResult>;
  /** Jobs waiting for a worker plus jobs running. */
  readonly pending: number;
  close(): Promise<void>;
}

export interface PagePoolOptions {
  fetcher: HttpFetcherOptions;
  logger: Logger;
  /** Worker threads (default: one per spare core, at most 2, at least 1). */
  size?: number;
  /** Longest a job may take (default: the fetch timeout plus 15 s to read and extract). */
  timeoutMs?: number;
  /** Old-generation heap limit per worker (default 256 MB). */
  heapMb?: number;
  /**
   * How the worker threads yield the CPU on Linux (PAGE_WORKER_PRIORITY): `idle` (default) runs them at
   * nice 19 under SCHED_IDLE, so they use only cores nothing else wants (acks always win, but a core
   * kept busy by other work starves them until their time budget fails the job); `low` runs them at
   * nice 19 only (they always progress, slowly under load); `normal` leaves their priority alone.
   */
  priority?: PageWorkerPriority;
}

export type PageWorkerPriority = "idle" | "low" | "normal";
export const PAGE_WORKER_PRIORITIES: readonly PageWorkerPriority[] = ["idle", "low", "normal"];

interface Task {
  id: number;
  job: PageJob;
  resolve(result: PageResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Loaded and warmed up: start-up time never counts against a job's budget. */
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

type Reply = { id: number; ok: true; result: PageResult } | { id: number; ok: false; error: PageJobError } | { ready: true };

const YOUNG_GENERATION_MB = 128;
const BOOTSTRAP = new URL("./page-worker.bootstrap.mjs", import.meta.url);

/** Failed worker starts in a row before waiting jobs fail, and how long starts then pause. */
const START_ATTEMPTS = 3;
const START_PAUSE_MS = 30_000;

export const defaultPoolSize = (): number => Math.max(1, Math.min(2, availableParallelism() - 1));

export function createPagePool(options: PagePoolOptions): PagePool {
  const size = options.size ?? defaultPoolSize();
  const timeoutMs = options.timeoutMs ?? options.fetcher.timeoutMs + 15_000;
  const log = options.logger.child({ component: "page.pool" });
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closed = false;
  // Workers that die before they are ready (a broken install, a missing file) are not respawned in a
  // tight loop: after START_ATTEMPTS failed starts the waiting jobs fail, and starts pause for a while.
  let failedStarts = 0;
  let pausedUntil = 0;
  let lastStartError: Error | null = null;

  const finish = (slot: Slot): Task | null => {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.task = null;
    slot.timer = null;
    slot.worker.unref();
    return task;
  };

  /** A worker that died or overran is replaced; its job fails with `error`, the others carry on. */
  const retire = (slot: Slot, error: Error): void => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    if (!slot.ready && ++failedStarts >= START_ATTEMPTS) {
      failedStarts = 0;
      pausedUntil = Date.now() + START_PAUSE_MS;
      lastStartError = error;
      log.error("page workers cannot start; page reads fail until the next try", { error, retryInMs: START_PAUSE_MS });
      for (const task of queue.splice(0)) task.reject(error);
    }
    finish(slot)?.reject(error);
    slot.worker.removeAllListeners();
    void slot.worker.terminate().catch(() => undefined);
    pump();
  };

  const spawn = (): Slot => {
    // A large young generation: parsing a multi-megabyte page makes garbage fast, and each young
    // collection runs on V8's helper threads, which are shared with the main thread and run at
    // normal priority. Measured with the busy-ack bench: about half the helper CPU, and the five
    // 4.5 MB adds took 15–48 s instead of 62–75 s on the shared 2-core machine.
    const resourceLimits = { maxOldGenerationSizeMb: options.heapMb ?? 256, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
    const worker = new Worker(BOOTSTRAP, { workerData: { fetcher: options.fetcher, priority: options.priority ?? "idle" }, resourceLimits });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    worker.on("message", (reply: Reply) => {
      if ("ready" in reply) {
        slot.ready = true;
        failedStarts = 0;
        pump();
        return;
      }
      if (slot.task?.id !== reply.id) return;
      const task = finish(slot);
      if (reply.ok) task?.resolve(reply.result);
      else task?.reject(fromJobError(reply.error));
      pump();
    });
    worker.on("error", (error: Error & { code?: string }) => {
      log.warn("page worker failed", { error, code: error.code });
      const tooBig = error.code === "ERR_WORKER_OUT_OF_MEMORY";
      retire(slot, new BreachRadarError(tooBig ? "FETCH_TOO_LARGE" : "FETCH_FAILED", tooBig ? "The page was too large to read" : `Reading the page failed: ${error.message}`, { cause: error }));
    });
    worker.on("exit", (code) => {
      if (!closed) retire(slot, new BreachRadarError("FETCH_FAILED", `The page reader stopped (exit ${code})`));
    });
    slots.push(slot);
    return slot;
  };

  const start = (slot: Slot, task: Task): void => {
    slot.task = task;
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      log.warn("page job over its time budget; replacing the worker", { kind: task.job.kind, timeoutMs });
      retire(slot, new BreachRadarError("FETCH_TIMEOUT", `Reading the page took longer than ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    slot.worker.postMessage({ id: task.id, job: task.job });
  };

  function pump(): void {
    if (closed) return;
    if (Date.now() < pausedUntil && slots.length === 0) {
      const error = new BreachRadarError("FETCH_FAILED", `The page reader cannot start: ${lastStartError?.message ?? "unknown error"}`);
      for (const task of queue.splice(0)) task.reject(error);
      return;
    }
    // Start a worker for each waiting job beyond those already starting, up to the pool size.
    const starting = slots.filter((s) => !s.ready).length;
    for (let n = Math.min(queue.length - starting, size - slots.length); n > 0; n--) spawn();
    for (const slot of slots) {
      if (queue.length === 0) break;
      if (slot.ready && slot.task === null) start(slot, queue.shift()!);
    }
    for (const slot of slots) if (slot.task === null && slot.ready) slot.worker.unref();
  }

  return {
    run(job) {
      if (closed) return Promise.reject(new BreachRadarError("FETCH_FAILED", "The page reader is shut down"));
      return new Promise<PageResult>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject });
        pump();
      });
    },
    get pending() {
      return queue.length + slots.filter((s) => s.task !== null).length;
    },
    async close() {
      closed = true;
      const stopped = new BreachRadarError("FETCH_FAILED", "The page reader is shutting down");
      for (const task of queue.splice(0)) task.reject(stopped);
      for (const slot of slots.splice(0)) {
        finish(slot)?.reject(stopped);
        slot.worker.removeAllListeners();
        await slot.worker.terminate().catch(() => undefined);
      }
    },
  };
}
