-- Outbox (issue #18). New enum values are not used in this transaction (PostgreSQL forbids that).
ALTER TYPE "DeliveryStatus" ADD VALUE 'pending';
ALTER TYPE "DeliveryStatus" ADD VALUE 'cancelled';

-- Pre-outbox rows: claims that never completed ("claimed"/"failed") carry no payload and could never be
-- posted by the outbox worker; deleting them lets the planner plan those digests and alerts again.
-- Distributed-cron tick rows ("job:…") move to SchedulerLease. Delivered keys stay: they prevent re-posts.
DELETE FROM "Delivery" WHERE "status" <> 'delivered' OR "kind" = 'job';

-- AlterTable
ALTER TABLE "Watch" ADD COLUMN     "pausedReason" TEXT;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "dueAt" TIMESTAMPTZ(3),
ADD COLUMN     "firstTriedAt" TIMESTAMPTZ(3),
ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "leaseUntil" TIMESTAMPTZ(3),
ADD COLUMN     "payload" JSONB,
ADD COLUMN     "platform" VARCHAR(16),
ADD COLUMN     "scope" TEXT,
ADD COLUMN     "uncertain" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DeliveryScope" (
    "scope" TEXT NOT NULL,
    "state" VARCHAR(24) NOT NULL,
    "reason" TEXT,
    "blockedUntil" TIMESTAMPTZ(3),
    "since" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeliveryScope_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "SchedulerLease" (
    "name" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "leaseUntil" TIMESTAMPTZ(3) NOT NULL,
    "cursor" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "resumeAt" TIMESTAMPTZ(3),

    CONSTRAINT "SchedulerLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "DeliveryScope_state_idx" ON "DeliveryScope"("state");

-- CreateIndex
CREATE INDEX "SchedulerLease_leaseUntil_idx" ON "SchedulerLease"("leaseUntil");

-- CreateIndex
CREATE INDEX "Delivery_status_dueAt_idx" ON "Delivery"("status", "dueAt");

-- CreateIndex
CREATE INDEX "Delivery_target_status_idx" ON "Delivery"("target", "status");

