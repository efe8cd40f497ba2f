/**
 * The outbox's raw SQL (PostgreSQL placeholders; see sql.dialect.ts for SQLite). Prisma's query API
 * cannot express "insert unless the key exists" without an error on SQLite, nor SKIP LOCKED.
 */
import { placeholders } from "./sql.dialect.js";

/** Rows per INSERT statement (10 values each, well under both databases' parameter limits). */
export const ENQUEUE_CHUNK = 400;
const ENQUEUE_COLUMNS = `"key", "target", "scope", "platform", "kind", "incidentId", "status", "payload", "dueAt", "uncertain", "late", "attempts", "createdAt"`;

/** INSERT … ON CONFLICT DO NOTHING RETURNING "key" for `rows` rows; 9 parameters per row. */
export function enqueueSql(rows: number): string {
  const values = Array.from({ length: rows }, (_, i) => {
    const p = (n: number) => `$${i * 9 + n}`;
    return `(${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, ${p(6)}, 'pending', ${p(7)}/*pg:::jsonb*/, ${p(8)}, false, false, 0, ${p(9)})`;
  });
  return `INSERT INTO "Delivery" (${ENQUEUE_COLUMNS}) VALUES ${values.join(", ")} ON CONFLICT ("key") DO NOTHING RETURNING "key"`;
}

/** A row is claimable when it is pending and due (expired leases are recycled to pending first). */
const CLAIMABLE = `(d."status" = 'pending' AND d."dueAt" <= $1)`;

/**
 * $1 now, $2 due again at. A lease that ran out without an outcome (its worker died, or lost the database
 * for longer than the lease) goes back to pending, flagged uncertain, and due only after a post its old
 * holder might still have in flight has ended: then the next worker looks for it before posting.
 */
export const RECYCLE_SQL = `UPDATE "Delivery" SET "status" = 'pending', "uncertain" = true, "leaseOwner" = NULL, "leaseUntil" = NULL, "dueAt" = $2
  WHERE "status" = 'claimed' AND "leaseUntil" < $1`;

/**
 * $1 now, $2 owner, $3 leaseUntil, $4 limit, $5 rows looked at, $6… platforms. One row per target (the oldest due), none for
 * a target already leased or blocked (target or workspace scope). PostgreSQL locks the picked rows with
 * SKIP LOCKED and re-checks them in the UPDATE, so two replicas never claim the same row.
 */
export function claimSql(platforms: number): string {
  // The oldest claimable rows first ($5 of them, from the status/dueAt index), then one per target among them:
  // a target with a backlog takes one slot per claim, and the next claim skips it while its lease lives.
  return `WITH due AS (
    SELECT d."key", d."target", d."dueAt"
    FROM "Delivery" d
    WHERE ${CLAIMABLE}
      AND d."platform" IN (${placeholders(6, platforms)})
      AND NOT EXISTS (SELECT 1 FROM "DeliveryScope" s WHERE s."scope" IN (d."target", d."scope") AND s."blockedUntil" > $1)
      AND NOT EXISTS (SELECT 1 FROM "Delivery" o WHERE o."target" = d."target" AND o."status" = 'claimed' AND o."leaseUntil" >= $1)
    ORDER BY d."dueAt", d."key" LIMIT $5
  ), candidates AS (
    SELECT "key", "dueAt", row_number() OVER (PARTITION BY "target" ORDER BY "dueAt", "key") AS rn FROM due
  ), picked AS (
    SELECT d."key" AS "pk" FROM "Delivery" d JOIN candidates c ON c."key" = d."key"
    WHERE c.rn = 1 ORDER BY c."dueAt", d."key" LIMIT $4
    /*pg:FOR UPDATE OF d SKIP LOCKED*/
  )
  UPDATE "Delivery" AS d SET
    "status" = 'claimed', "leaseOwner" = $2, "leaseUntil" = $3, "attempts" = d."attempts" + 1,
    "firstTriedAt" = COALESCE(d."firstTriedAt", $1)
  FROM picked
  WHERE d."key" = picked."pk" AND ${CLAIMABLE}
  RETURNING "key"`;
}

/** $1 name, $2 owner, $3 leaseUntil, $4 now. Inserts the lease, or takes it over when free/expired/ours. */
export const ACQUIRE_LEASE_SQL = `INSERT INTO "SchedulerLease" ("name", "owner", "leaseUntil", "cursor", "updatedAt")
  VALUES ($1, $2, $3, NULL, $4)
  ON CONFLICT ("name") DO UPDATE SET "owner" = excluded."owner", "leaseUntil" = excluded."leaseUntil", "updatedAt" = excluded."updatedAt"
  WHERE "SchedulerLease"."leaseUntil" <= $4 OR "SchedulerLease"."owner" = $2
  RETURNING "cursor", "resumeAt"`;

/** $1 name, $2 owner, $3 now. A tick row is only ever inserted once. */
export const CLAIM_TICK_SQL = `INSERT INTO "SchedulerLease" ("name", "owner", "leaseUntil", "cursor", "updatedAt")
  VALUES ($1, $2, $3, NULL, $3) ON CONFLICT ("name") DO NOTHING RETURNING "name"`;
