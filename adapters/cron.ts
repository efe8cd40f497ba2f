/** node-cron wiring for the scheduler: the CronPort plus a run coordinator backed by our database. */
import { hostname } from "node:os";
import cron from "node-cron";
import type { CronPort, RunCoordinator } from "../src/schedule/index.js";
import type { Store } from "../src/store/store.port.js";
import type { Logger } from "../src/logger.js";

/**
 * Elects one replica per job tick: the tick's key (job name + scheduled slot) is inserted once into the
 * SchedulerLease table; the other replicas' inserts do nothing (no unique-violation errors). Retention
 * deletes old tick rows.
 */
export function databaseRunCoordinator(store: Store, owner: string = `${hostname()}:${process.pid}`): RunCoordinator {
  return {
    shouldRun: (key) => store.claimTick(`tick:${key}`, owner, new Date()),
  };
}

/** Schedules jobs with node-cron; jobs marked distributed run on one replica per tick. */
export function nodeCronPort(options: { store: Store; logger: Logger; timezone?: string }): CronPort {
  const coordinator = databaseRunCoordinator(options.store);
  return {
    schedule({ name, cron: expression, distributed }, run) {
      const task = cron.schedule(expression, () => run(), {
        name,
        noOverlap: true,
        timezone: options.timezone ?? "UTC",
        ...(distributed ? { distributed: true, runCoordinator: coordinator, distributedLease: 10 * 60_000 } : {}),
      });
      task.on("execution:failed", (ctx) => options.logger.error("cron execution failed", { job: name, error: ctx.execution?.error }));
      // Without a listener node-cron prints its own warning to the terminal, in the middle of a console session.
      task.on("execution:missed", (ctx) => options.logger.warn("cron tick missed: the process was busy", { job: name, at: ctx.date }));
      return { stop: () => task.destroy() };
    },
  };
}
