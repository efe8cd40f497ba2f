import type { Logger } from "../logger.js";

/** One scheduled job: a name, when it runs, and what it does. */
export interface Job {
  name: string;
  /** Cron expression (node-cron syntax, optional seconds field). */
  cron: string;
  /** One replica only per tick when several share a database. */
  distributed: boolean;
  run(): Promise<unknown>;
  /** Whether a run's result is worth an info line (posts, new incidents, failures); routine runs log at debug. */
  notable?(result: unknown): boolean;
}

/**
 * The one wrapper every job runs through: it times the run, logs the outcome and never lets
 * an error escape, so one failing job (or feed, or channel inside it) never stops the others.
 */
export async function runJob(job: Job, logger: Logger): Promise<{ ok: boolean; ms: number; result?: unknown }> {
  const started = performance.now();
  try {
    const result = await job.run();
    const ms = Math.round(performance.now() - started);
    // Jobs run every 30–60 s: only runs that did something show at info level.
    const level = job.notable?.(result) ? "info" : "debug";
    logger[level]("job finished", { job: job.name, ms, result });
    return { ok: true, ms, result };
  } catch (error) {
    const ms = Math.round(performance.now() - started);
    logger.error("job failed", { job: job.name, ms, error });
    return { ok: false, ms };
  }
}
