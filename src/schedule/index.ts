import type { BotCore } from "../bot/bot.port.js";
import type { ChatPoster } from "../domain/chat.js";
import { systemClock, type Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.port.js";
import { dispatchAlerts } from "./alert.job.js";
import type { CronPort, CronTask } from "./cron.port.js";
import type { DeliveryDeps } from "./deliver.js";
import { dispatchDigests } from "./digest.job.js";
import { runJob, type Job } from "./jobs.js";

export type { CronPort, CronTask, RunCoordinator } from "./cron.port.js";
export { dispatchDigests } from "./digest.job.js";
export { dispatchAlerts } from "./alert.job.js";
export { runJob, type Job } from "./jobs.js";

export interface SchedulerDeps {
  store: Store;
  core: BotCore;
  posters: ChatPoster[];
  ingestor: { pollAllFeeds(): Promise<unknown> };
  config: Pick<Config, "FEED_POLL_CRON" | "RETENTION_DAYS">;
  logger: Logger;
  /** Absent = jobs only run through runJobNow (tests, CLI). */
  cron?: CronPort;
  clock?: Clock;
}

export interface Scheduler {
  readonly jobs: Job[];
  start(): void;
  stop(): Promise<void>;
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
    return counted(v, "posted", "failed");
  });
}

/** The jobs table: feed polling, digests, live and watch alerts, retention. */
export function createScheduler(deps: SchedulerDeps): Scheduler {
  const clock = deps.clock ?? systemClock;
  const delivery: DeliveryDeps = { store: deps.store, posters: deps.posters, logger: deps.logger, clock, cooldown: new Map() };
  const alerts = () => dispatchAlerts({ ...delivery, core: deps.core });
  const jobs: Job[] = [
    {
      name: "poll-feeds", cron: deps.config.FEED_POLL_CRON, distributed: true,
      run: async () => ({ poll: await deps.ingestor.pollAllFeeds(), alerts: await alerts() }),
      notable: (r) => counted(r, "alerts") || counted((r as { poll?: unknown }).poll, "newIncidents", "updatedIncidents", "feedsFailed"),
    },
    { name: "digests", cron: "* * * * *", distributed: false, run: () => dispatchDigests(delivery), notable: (r) => counted(r, "posted", "failed", "paused") },
    { name: "alerts", cron: "30 * * * * *", distributed: false, run: alerts, notable: (r) => counted(r, "posted", "failed") },
    {
      name: "retention", cron: "17 3 * * *", distributed: true,
      run: async () => ({ purged: await deps.store.purgeOlderThan(new Date(clock.now().getTime() - deps.config.RETENTION_DAYS * 86_400_000)) }),
      notable: () => true,
    },
  ];
  let tasks: CronTask[] = [];
  const byName = (name: string): Job => {
    const job = jobs.find((j) => j.name === name);
    if (!job) throw new Error(`unknown job ${name}; jobs: ${jobs.map((j) => j.name).join(", ")}`);
    return job;
  };
  return {
    jobs,
    start() {
      if (!deps.cron || tasks.length > 0) return;
      const cron = deps.cron;
      tasks = jobs.map((job) => cron.schedule(job, async () => { await runJob(job, deps.logger); }));
      deps.logger.info("scheduler started", { jobs: jobs.map((j) => `${j.name} (${j.cron})`) });
    },
    async stop() {
      for (const task of tasks) await task.stop();
      tasks = [];
    },
    runJobNow: (name) => runJob(byName(name), deps.logger),
  };
}
