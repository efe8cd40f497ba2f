import type { Clock } from "../../clock.js";
import type { ChatPoster, PostedMessage } from "../../domain/chat.js";
import type { Logger } from "../../logger.js";
import type { ClaimedDelivery, DeliveryCompletion, Store } from "../../store/store.port.js";
import { attemptDelivery, type PostComposition } from "./delivery.attempt.js";
import { completionOf, recordOutcome } from "./outcome.recorder.js";
import { RETRY_TIMING, type RetryTiming } from "./delivery.policy.js";
import type { Composition } from "./view.composer.js";

export interface OutboxWorkerOptions {
  store: Store;
  posters: ChatPoster[];
  logger: Logger;
  clock: Clock;
  compose(row: ClaimedDelivery): Promise<Composition>;
  /** This process's identity on leases. */
  owner: string;
  /** Posts in flight at once (each to a different target). */
  concurrency: number;
  /** Deadline of one platform call; the row's outcome is then unknown and it is retried (after a check). */
  postTimeoutMs: number;
  /**
   * How long a claim lasts without renewal (default 30 s). The worker renews the leases of its posts in
   * flight every third of it, so a long post keeps its row and a dead worker's rows come back quickly.
   */
  leaseMs?: number;
  timing?: Partial<RetryTiming>;
  /** Idle wait between claims when nothing is due. */
  pollMs?: number;
  random?: () => number;
}

export interface OutboxWorker {
  /** Claims and posts continuously until stop(). */
  start(): void;
  /**
   * Stops claiming, lets in-flight posts finish until the deadline, then hands the rest back (pending,
   * flagged uncertain: a post may be in flight) so another replica takes them at once. Always returns
   * within about `deadlineMs`, even when the database does not answer.
   */
  stop(deadlineMs: number): Promise<{ finished: number; released: number }>;
  /** Claims and runs due rows until none is claimable (tests, bench, one-shot runs). Returns attempts made. */
  runUntilIdle(): Promise<number>;
  /** Something was enqueued: claim now instead of at the next poll. */
  wake(): void;
  readonly inFlight: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Resolves when `work` settles or `ms` passes, whichever is first. */
async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => { timer = setTimeout(() => resolve(false), Math.max(0, ms)); });
  try {
    return await Promise.race([work.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Retries a database write a few times (a reset connection, a failover) before giving up. */
async function persist(write: () => Promise<void>): Promise<void> {
  const waits = [250, 1_000, 2_000, 4_000];
  for (let i = 0; ; i++) {
    try {
      return await write();
    } catch (error) {
      if (i >= waits.length) throw error;
      await sleep(waits[i]!);
    }
  }
}

/**
 * The outbox worker: leases due rows (one per target, across all replicas), posts up to `concurrency`
 * at once so one slow channel never holds the others, and records each outcome.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const log = options.logger.child({ component: "outbox" });
  const byPlatform = new Map(options.posters.map((p) => [p.platform as string, p]));
  const platforms = [...byPlatform.keys()];
  const leaseMs = options.leaseMs ?? 30_000;
  const timing: RetryTiming = { ...RETRY_TIMING, ...options.timing };
  let renewTimer: NodeJS.Timeout | null = null;
  const pollMs = options.pollMs ?? 1_000;
  // Claim in batches (half the slots) rather than one row per finished post: a claim is a query.
  const batch = Math.max(1, Math.floor(options.concurrency / 2));
  const shouldClaim = () => {
    const free = options.concurrency - inflight.size;
    return free > 0 && (free >= batch || inflight.size === 0);
  };
  const inflight = new Map<string, Promise<void>>();
  /** Until when this worker holds each in-flight row's lease (claim time, then confirmed renewals). */
  const leases = new Map<string, number>();
  /** A post is only started with at least this much lease left. */
  const fenceMs = Math.min(5_000, Math.floor(leaseMs / 3));
  /** Posts that happened but could not be recorded yet (database down): retried every loop. */
  const unrecorded = new Map<string, DeliveryCompletion>();
  let running = false;
  let loop: Promise<void> | null = null;
  let wakeUp: (() => void) | null = null;

  const posterFor = (platform: string) => byPlatform.get(platform);
  const recorderDeps = { store: options.store, clock: options.clock, logger: log, posterFor, random: options.random, timing };
  const attemptDeps = {
    posterFor, compose: options.compose, clock: options.clock, deadlineMs: options.postTimeoutMs,
    onLatePost(row: ClaimedDelivery, posted: PostedMessage, composition: PostComposition) {
      log.warn("a post answered after its deadline; recording it", { key: row.key });
      unrecorded.set(row.key, completionOf(row, posted, composition, options.clock.now()));
      wake();
    },
    holdsLease: (row: ClaimedDelivery) => (leases.get(row.key) ?? 0) - options.clock.now().getTime() > fenceMs,
  };

  function wake(): void {
    wakeUp?.();
  }

  function idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeUp = null;
        resolve();
      }
      wakeUp = done;
    });
  }

  async function run(row: ClaimedDelivery): Promise<void> {
    const outcome = await attemptDelivery(row, attemptDeps);
    if (outcome.kind === "posted") log.debug("delivery posted", { key: row.key, kind: row.kind, target: row.target, attempts: row.attempts });
    try {
      await persist(() => recordOutcome(row, outcome, recorderDeps));
    } catch (error) {
      if (outcome.kind === "posted") {
        unrecorded.set(row.key, completionOf(row, outcome.posted, outcome.composition, options.clock.now()));
        log.error("posted, but the database did not take the record; retrying it", { key: row.key, error });
      } else {
        log.warn("could not record a failed attempt; its lease runs out and it is retried", { key: row.key, error });
      }
    }
  }

  function renewLeases(): void {
    const keys = [...inflight.keys()];
    if (keys.length === 0) return;
    const until = options.clock.now().getTime() + leaseMs;
    options.store.renewLeases(options.owner, keys, new Date(until))
      .then((renewed) => { for (const key of renewed) if (leases.has(key)) leases.set(key, until); })
      .catch((error: unknown) => log.warn("could not renew leases; other replicas may take these rows (they check first)", { error }));
  }

  function launch(row: ClaimedDelivery): void {
    if (inflight.has(row.key)) return;
    leases.set(row.key, row.leaseUntil.getTime());
    const task = run(row)
      .catch((error: unknown) => log.error("delivery attempt crashed", { key: row.key, error }))
      .finally(() => {
        inflight.delete(row.key);
        leases.delete(row.key);
        if (inflight.size === 0 && renewTimer) {
          clearInterval(renewTimer);
          renewTimer = null;
        }
        wake();
      });
    inflight.set(row.key, task);
    renewTimer ??= setInterval(renewLeases, Math.max(500, Math.floor(leaseMs / 3)));
  }

  async function flushUnrecorded(): Promise<void> {
    for (const [key, completion] of [...unrecorded]) {
      try {
        await options.store.completeDelivery(key, completion);
        unrecorded.delete(key);
        log.info("recorded a post made earlier", { key });
      } catch {
        return; // still down: try again on the next loop
      }
    }
  }

  async function claim(limit: number): Promise<ClaimedDelivery[]> {
    // A lease taken over may still have its old holder's post in flight: wait out one deadline, then check.
    return options.store.claimDeliveries({ owner: options.owner, platforms, limit, now: options.clock.now(), leaseMs, takeoverGraceMs: options.postTimeoutMs });
  }

  async function mainLoop(): Promise<void> {
    while (running) {
      if (unrecorded.size > 0) await flushUnrecorded();
      const free = options.concurrency - inflight.size;
      let claimed = 0;
      if (shouldClaim() && running) {
        try {
          const rows = await claim(free);
          claimed = rows.length;
          for (const row of rows) launch(row);
        } catch (error) {
          log.warn("could not claim deliveries; retrying", { error });
          await idle(Math.max(pollMs, 2_000));
          continue;
        }
      }
      if (running && (claimed === 0 || !shouldClaim())) await idle(pollMs);
    }
  }

  return {
    get inFlight() {
      return inflight.size;
    },
    wake,
    start() {
      if (running || platforms.length === 0) return;
      running = true;
      loop = mainLoop();
    },
    async stop(deadlineMs) {
      const started = Date.now();
      const left = () => deadlineMs - (Date.now() - started);
      running = false;
      wake();
      if (loop) await within(loop, left());
      const total = inflight.size;
      await within(Promise.allSettled([...inflight.values()]), left());
      if (unrecorded.size > 0) await within(flushUnrecorded(), Math.max(left(), 1_000));
      const leftover = [...inflight.keys()];
      let released = 0;
      if (leftover.length > 0) {
        const release = options.store.releaseDeliveries(options.owner, leftover, { uncertain: true, now: options.clock.now() })
          .then((n) => { released = n; })
          .catch((error: unknown) => log.warn("could not hand back in-flight posts; their leases run out", { error }));
        await within(release, Math.max(left(), 1_000));
      }
      if (renewTimer) clearInterval(renewTimer);
      renewTimer = null;
      log.info("outbox worker stopped", { finished: total - leftover.length, released, unrecorded: unrecorded.size });
      return { finished: total - leftover.length, released };
    },
    async runUntilIdle() {
      let attempts = 0;
      for (;;) {
        if (unrecorded.size > 0) await flushUnrecorded();
        const rows = shouldClaim() ? await claim(options.concurrency - inflight.size) : [];
        for (const row of rows) launch(row);
        attempts += rows.length;
        if (inflight.size === 0) return attempts;
        await Promise.race(inflight.values());
      }
    },
  };
}
