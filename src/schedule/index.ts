import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { BotCore } from "../bot/bot.port.js";
import type { ChatPoster } from "../domain/chat.js";
import { systemClock, type Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.port.js";
import type { CronPort, CronTask } from "./cron.port.js";
import { runJob, type Job } from "./jobs.js";
import { createDeliveryPlanner, type PlanReport } from "./outbox/delivery.planner.js";
import { createOutboxWorker, type OutboxWorker } from "./outbox/outbox.worker.js";
import { createViewComposer } from "./outbox/view.composer.js";

export type { CronPort, CronTask, RunCoordinator } from "./cron.port.js";
export { runJob, type Job } from "./jobs.js";
export { createDeliveryPlanner, type PlanReport } from "./outbox/delivery.planner.js";
export { createOutboxWorker, type OutboxWorker } from "./outbox/outbox.worker.js";
export { createViewComposer } from "./outbox/view.composer.js";

/** Delivery settings (config DELIVERY_*), with defaults. */
export interface DeliverySettings {
  /** node-cron expression of the planning tick (seconds field allowed). */
  planCron: string;
  /** Posts in flight at once per process. */
  concurrency: number;
  /** Deadline of one platform call. */
  postTimeoutMs: number;
  /** How long shutdown waits for in-flight posts before handing them back. */
  drainMs: number;
  /** Idle wait between claims. */
  pollMs?: number;
  /** How long a claim lasts without renewal. */
  leaseMs?: number;
  /** First retry backoff (doubles per attempt). */
  retryBaseMs?: number;
}

export const DEFAULT_DELIVERY: DeliverySettings = { planCron: "*/15 * * * * *", concurrency: 8, postTimeoutMs: 12_000, drainMs: 8_000 };

export interface SchedulerDeps {
  store: Store;
  core: BotCore;
  posters: ChatPoster[];
  ingestor: { pollAllFeeds(): Promise<unknown> };
  config: Pick<Config, "FEED_POLL_CRON" | "RETENTION_DAYS">;
  logger: Logger;
  /** Absent = jobs only run through runJobNow (tests, CLI) and the worker through runUntilIdle. */
  cron?: CronPort;
  clock?: Clock;
  delivery?: Partial<DeliverySettings>;
  /** Identity on leases (default host:pid:random). */
  owner?: string;
}

export interface Scheduler {
  readonly jobs: Job[];
  readonly outbox: OutboxWorker;
  readonly planner: { planOnce(): Promise<PlanReport> };
  start(): void;
  /** Stops the cron jobs, then the outbox worker (finish or hand back in-flight posts within drainMs). */
  stop(options?: { drainMs?: number }): Promise<void>;
  /** Runs one job now through the same wrapper (tests, manual triggers). */
  runJobNow(name: string): Promise<{ ok: boolean; ms: number; result?: unknown }>;
}

/** True when any named field of a job result is a non-zero count or a non-empty list (nested reports count through `posted`/`failed`). */
function counted(result: unknown, ...fields: string[]): boolean {
  if (!result || typeof result !== "object") return false;
  const record = result as Record<string, unknown>;
  return fields.some((f) => {
    const v = record[f];
    if (typeof v === "number") return v > 0;
    if (Array.isArray(v)) return v.length > 0;
    return counted(v, "posted", "failed", "enqueued");
  });
}

/**
 * The jobs table (feed polling, delivery planning, retention) and the outbox worker that posts what
 * the planner enqueued: digests, live and watch alerts, notices.
 */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const clock = deps.clock ?? systemClock;
  const settings: DeliverySettings = { ...DEFAULT_DELIVERY, ...deps.delivery };
  const owner = deps.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const log = deps.logger;
  const outbox = createOutboxWorker({
    store: deps.store, posters: deps.posters, logger: log, clock, owner,
    compose: createViewComposer({ store: deps.store, core: deps.core, clock }),
    concurrency: settings.concurrency, postTimeoutMs: settings.postTimeoutMs, pollMs: settings.pollMs, leaseMs: settings.leaseMs,
    ...(settings.retryBaseMs ? { timing: { baseMs: settings.retryBaseMs } } : {}),
  });
  const planner = createDeliveryPlanner({ store: deps.store, clock, logger: log, owner, leaseMs: settings.leaseMs, onEnqueued: () => outbox.wake() });
  const jobs: Job[] = [
    {
      name: "poll-feeds", cron: deps.config.FEED_POLL_CRON, distributed: true,
      run: async () => ({ poll: await deps.ingestor.pollAllFeeds(), plan: await planner.planOnce() }),
      notable: (r) => counted(r, "plan") || counted((r as { poll?: unknown }).poll, "newIncidents", "updatedIncidents", "feedsFailed"),
    },
    // Every replica ticks; the planner lease lets one of them plan (the others return at once).
    { name: "plan-deliveries", cron: settings.planCron, distributed: false, run: () => planner.planOnce(), notable: (r) => counted(r, "enqueued") },
    {
      name: "retention", cron: "17 3 * * *", distributed: true,
      run: async () => ({ purged: await deps.store.purgeOlderThan(new Date(clock.now().getTime() - deps.config.RETENTION_DAYS * 86_400_000)) }),
      notable: () => true,
    },
  ];
  let tasks: CronTask[] = [];
  const running = new Set<Promise<unknown>>();
  const byName = (name: string): Job => {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`unknown job ${name}; jobs: ${jobs.map((j) => j.name).join(", ")}`);
    return job;
  };
  const track = <T>(work: Promise<T>): Promise<T> => {
    running.add(work);
    void work.finally(() => running.delete(work)).catch(() => undefined);
    return work;
  };
  return {
    jobs,
    outbox,
    planner,
    start() {
      if (!deps.cron || tasks.length > 0) return;
      const cron = deps.cron;
      tasks = jobs.map((job) => cron.schedule(job, async () => { await track(runJob(job, log)); }));
      outbox.start();
      log.info("scheduler started", { jobs: jobs.map((j) => `${j.name} (${j.cron})`), concurrency: settings.concurrency });
    },
    async stop(options = {}) {
      const drainMs = options.drainMs ?? settings.drainMs;
      const started = Date.now();
      for (const task of tasks) await task.stop();
      tasks = [];
      const stopping = outbox.stop(drainMs);
      // A job run in progress (planning, polling) gets the same deadline; it is safe to abandon.
      await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, Math.max(0, drainMs - (Date.now() - started))).unref())]);
      await stopping;
    },
    runJobNow: (name) => track(runJob(byName(name), log)),
  };
}
