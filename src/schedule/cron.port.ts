/** The scheduling port: the composition root passes a node-cron implementation; tests pass a fake. */
export interface CronPort {
  /**
   * Runs `run` on the job's cron expression; overlapping runs of one job are skipped.
   * A `distributed` job runs on one replica per tick when several share the database.
   */
  schedule(job: { name: string; cron: string; distributed: boolean }, run: () => Promise<void>): CronTask;
}

export interface CronTask {
  stop(): void | Promise<void>;
}

/** Elects one replica per job tick (node-cron's distributed mode calls it before each run). */
export interface RunCoordinator {
  shouldRun(key: string, ttlMs: number): Promise<boolean>;
}
