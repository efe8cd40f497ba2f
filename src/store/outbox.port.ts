/**
 * The outbox part of the store port: planned posts (one row per unique key), their leases and
 * outcomes, the delivery health of targets and workspaces, and the scheduler's coordination rows.
 * Every time is passed in by the caller (its clock), so tests can run the outbox on a fake clock.
 */

/** Outbox row states: pending → claimed (leased by one worker) → delivered | failed | cancelled. */
export type DeliveryStatus = "pending" | "claimed" | "delivered" | "failed" | "cancelled";
export type DeliveryKind = "digest" | "alert" | "watch" | "notice";

/** One planned post, as a planner enqueues it. */
export interface OutboxItemInput {
  /** Unique across restarts and replicas, e.g. "digest:slack:T1:C1:2025-07-01". */
  key: string;
  target: string;
  /** The workspace the target belongs to ("slack:T1"); workspace-wide blocks apply to it. */
  scope: string;
  platform: string;
  kind: DeliveryKind;
  incidentId?: string | null;
  /** JSON the worker composes into a view at send time. */
  payload: unknown;
  dueAt: Date;
}

/** A row leased to one worker until `leaseUntil`. */
export interface ClaimedDelivery {
  key: string;
  target: string;
  scope: string;
  platform: string;
  kind: string;
  incidentId: string | null;
  payload: unknown;
  /** Attempts so far, this one included. */
  attempts: number;
  /** An earlier attempt may have reached the platform (timeout, lost lease): check before posting. */
  uncertain: boolean;
  firstTriedAt: Date;
  createdAt: Date;
  leaseOwner: string;
  leaseUntil: Date;
}

/** Identifies one lease: only its holder may reschedule or end the row. */
export interface LeaseRef {
  key: string;
  leaseOwner: string;
  attempts: number;
}

/** What a successful post writes, in one transaction. */
export interface DeliveryCompletion {
  /** The row's target and workspace scope (their blocks are cleared). */
  target: string;
  scope: string;
  messageId: string;
  threadId: string;
  late: boolean;
  at: Date;
  /** Remember which incident the message is about (thread Q&A). */
  incidentId?: string | null;
  /** A digest: the subscription's lastDigestAt becomes `digestUntil`. */
  subscriptionId?: string;
  digestUntil?: Date;
}

export interface DeliveryRecord {
  key: string;
  target: string;
  scope: string | null;
  platform: string | null;
  kind: string;
  incidentId: string | null;
  status: DeliveryStatus;
  payload: unknown;
  dueAt: Date | null;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  uncertain: boolean;
  messageId: string | null;
  late: boolean;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** What /healthz shows about the outbox. */
export interface OutboxHealth {
  /** Rows waiting to be posted (pending or leased). */
  depth: number;
  /** Pending rows whose time has come. */
  due: number;
  oldestDueAt: Date | null;
  /** Leases that expired without an outcome (a worker died); they are claimed again. */
  stuckLeases: number;
  failedLastDay: number;
}

/** Why a target or a workspace is not posted to right now. */
export type DeliveryScopeState = "rate_limited" | "waiting_invite" | "gone" | "broken";

export interface DeliveryScopeRecord {
  /** A target ("slack:T1:C1") or a workspace ("slack:T1"). */
  scope: string;
  state: DeliveryScopeState;
  reason: string | null;
  blockedUntil: Date | null;
  since: Date;
}

export interface OutboxStore {
  /** Inserts the rows whose key is new; existing keys are left alone (no error). Returns the keys inserted. */
  enqueueDeliveries(items: OutboxItemInput[], now: Date): Promise<string[]>;
  /** Which of these keys exist already, in any state. */
  existingDeliveryKeys(keys: string[]): Promise<Set<string>>;
  /**
   * Remembers an inbound message id (a Teams activity) across replicas: true the first time `key` is seen,
   * false for a redelivery. Stored as an already-delivered row, so it is never posted and retention purges it.
   */
  recordInbound(input: { key: string; target: string; scope: string; platform: string }, now: Date): Promise<boolean>;
  /**
   * Leases up to `limit` due pending rows to `owner` until now + leaseMs: at most one row per target, none
   * for a target that has a live lease, none for a target or workspace blocked in the scope table.
   * PostgreSQL claims with FOR UPDATE SKIP LOCKED, so replicas never wait on or share a row; SQLite has
   * one writer. First, leases that ran out go back to pending, flagged uncertain and due after
   * `takeoverGraceMs` (long enough for a post their old holder may have in flight to end).
   */
  claimDeliveries(input: { owner: string; platforms: string[]; limit: number; now: Date; leaseMs: number; takeoverGraceMs?: number }): Promise<ClaimedDelivery[]>;
  /**
   * Records a post that happened, whoever holds the lease (a message that exists is a fact), together with
   * the incident post and the digest's lastDigestAt; clears the target's and workspace's blocks.
   * False when the row was already delivered.
   */
  completeDelivery(key: string, result: DeliveryCompletion): Promise<boolean>;
  /** Extends `owner`'s leases on rows still in flight (a long post keeps its row; a dead worker's rows come back soon). */
  renewLeases(owner: string, keys: string[], leaseUntil: Date): Promise<string[]>;
  /** Back to pending at `dueAt`, if the lease is still `claim`'s. `refundAttempt`: a rate limit is not a failed try. */
  rescheduleDelivery(claim: LeaseRef, next: { dueAt: Date; error: string; uncertain: boolean; refundAttempt?: boolean }): Promise<boolean>;
  /** Ends a leased row as failed or cancelled, if the lease is still `claim`'s. */
  endDelivery(claim: LeaseRef, end: { status: "failed" | "cancelled"; error: string; at: Date }): Promise<boolean>;
  /** Shutdown: `owner`'s leased rows go back to pending, due at `now`; `uncertain` when a post may be in flight. */
  releaseDeliveries(owner: string, keys: string[], options: { uncertain: boolean; now: Date }): Promise<number>;
  /** Cancels the pending rows of a target (its channel is gone, or a newer digest supersedes them). */
  cancelDeliveries(filter: { target: string; kinds?: string[]; exceptKey?: string }, reason: string, now: Date): Promise<number>;
  /** Each newly planned digest covers everything since its target's last one: older pending digests of those targets are cancelled. */
  supersedeDigests(fresh: { target: string; key: string }[], now: Date): Promise<number>;
  getDelivery(key: string): Promise<DeliveryRecord | null>;
  outboxHealth(now: Date): Promise<OutboxHealth>;

  /** Marks a target or workspace (upsert); `since` is kept while the state stays the same. True when the state is new. */
  setDeliveryScope(scope: string, state: { state: DeliveryScopeState; reason: string; blockedUntil: Date | null }, now: Date): Promise<boolean>;
  clearDeliveryScope(scope: string): Promise<boolean>;
  listDeliveryScopes(filter?: { prefix?: string; states?: DeliveryScopeState[] }): Promise<DeliveryScopeRecord[]>;

  /**
   * Takes (or renews) the named lease for `owner` until now + ttlMs, if it is free, expired or already
   * `owner`'s. Returns the stored cursor (and where a partial plan stopped) on success, null when
   * another owner holds it. Never raises a unique violation.
   */
  acquireLease(name: string, owner: string, ttlMs: number, now: Date): Promise<{ cursor: Date | null; resumeAt: Date | null } | null>;
  /** Ends `owner`'s lease, optionally moving the cursor forward and setting (or clearing, null) where to resume. */
  releaseLease(name: string, owner: string, update: { cursor?: Date; resumeAt?: Date | null; now: Date }): Promise<void>;
  /** Exactly one caller per name gets true (insert-if-absent; losers get false, not an error). */
  claimTick(name: string, owner: string, now: Date): Promise<boolean>;
  /**
   * Runs `fn` while holding the database-wide start-up lock (PostgreSQL advisory lock on its own
   * connection; SQLite: one process, so a local mutex), e.g. loading the first-run sample once.
   */
  withStartupLock<T>(fn: () => Promise<T>): Promise<T>;
}
