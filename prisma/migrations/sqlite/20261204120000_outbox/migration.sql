-- Pre-outbox rows: claims that never completed ("claimed"/"failed") carry no payload and could never be
-- posted by the outbox worker; deleting them lets the planner plan those digests and alerts again.
-- Distributed-cron tick rows ("job:…") move to SchedulerLease. Delivered keys stay: they prevent re-posts.
DELETE FROM "Delivery" WHERE "status" <> 'delivered' OR "kind" = 'job';

-- AlterTable
ALTER TABLE "Watch" ADD COLUMN "pausedReason" TEXT;

-- CreateTable
CREATE TABLE "DeliveryScope" (
    "scope" TEXT NOT NULL PRIMARY KEY,
    "state" TEXT NOT NULL,
    "reason" TEXT,
    "blockedUntil" DATETIME,
    "since" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "SchedulerLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "leaseUntil" DATETIME NOT NULL,
    "cursor" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    "resumeAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Delivery" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "target" TEXT NOT NULL,
    "scope" TEXT,
    "platform" TEXT,
    "kind" TEXT NOT NULL,
    "incidentId" TEXT,
    "status" TEXT NOT NULL,
    "payload" JSONB,
    "dueAt" DATETIME,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "uncertain" BOOLEAN NOT NULL DEFAULT false,
    "firstTriedAt" DATETIME,
    "messageId" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "deliveredAt" DATETIME
);
INSERT INTO "new_Delivery" ("attempts", "createdAt", "deliveredAt", "incidentId", "key", "kind", "lastError", "late", "messageId", "status", "target") SELECT "attempts", "createdAt", "deliveredAt", "incidentId", "key", "kind", "lastError", "late", "messageId", "status", "target" FROM "Delivery";
DROP TABLE "Delivery";
ALTER TABLE "new_Delivery" RENAME TO "Delivery";
CREATE INDEX "Delivery_status_createdAt_idx" ON "Delivery"("status", "createdAt");
CREATE INDEX "Delivery_status_dueAt_idx" ON "Delivery"("status", "dueAt");
CREATE INDEX "Delivery_target_status_idx" ON "Delivery"("target", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DeliveryScope_state_idx" ON "DeliveryScope"("state");

-- CreateIndex
CREATE INDEX "SchedulerLease_leaseUntil_idx" ON "SchedulerLease"("leaseUntil");

