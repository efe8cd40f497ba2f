-- CreateEnum
CREATE TYPE "Severity" AS ENUM ('low', 'medium', 'high', 'critical');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('reported', 'confirmed', 'contained', 'resolved');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('claimed', 'delivered', 'failed');

-- CreateTable
CREATE TABLE "Incident" (
    "id" VARCHAR(120) NOT NULL,
    "title" TEXT NOT NULL,
    "victims" TEXT[],
    "victimGroup" TEXT,
    "sector" VARCHAR(32) NOT NULL,
    "thirdParty" BOOLEAN,
    "vendor" TEXT,
    "vector" VARCHAR(40),
    "exposed" TEXT[],
    "notExposed" TEXT[],
    "affectedCount" BIGINT,
    "actors" JSONB NOT NULL,
    "detectedAt" VARCHAR(10),
    "disclosedAt" VARCHAR(10),
    "regulators" TEXT[],
    "status" "IncidentStatus" NOT NULL,
    "severity" "Severity" NOT NULL,
    "campaignId" TEXT,
    "conflicts" JSONB NOT NULL,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VictimName" (
    "name" VARCHAR(200) NOT NULL,
    "incidentId" TEXT NOT NULL,

    CONSTRAINT "VictimName_pkey" PRIMARY KEY ("name","incidentId")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "outlet" TEXT,
    "title" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "language" VARCHAR(16),
    "contentHash" VARCHAR(128) NOT NULL,
    "appliedHash" VARCHAR(128),
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL,
    "incidentId" TEXT,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "field" VARCHAR(40) NOT NULL,
    "value" JSONB NOT NULL,
    "sourceId" TEXT,
    "seenAt" TIMESTAMPTZ(3) NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Fact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Change" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "field" VARCHAR(40),
    "text" TEXT NOT NULL,
    "sourceId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" VARCHAR(120) NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" VARCHAR(200) NOT NULL,
    "vendor" TEXT,
    "actor" TEXT,
    "vector" VARCHAR(40),
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastPolledAt" TIMESTAMPTZ(3),
    "lastSuccessAt" TIMESTAMPTZ(3),
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextPollAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL,
    "platform" VARCHAR(16) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "conversationRef" JSONB,
    "digestTime" VARCHAR(5) NOT NULL,
    "timeZone" VARCHAR(64) NOT NULL,
    "sectors" TEXT[],
    "minSeverity" "Severity" NOT NULL,
    "postWhenEmpty" BOOLEAN NOT NULL,
    "liveAlerts" BOOLEAN NOT NULL,
    "createdBy" TEXT NOT NULL,
    "pausedReason" TEXT,
    "lastDigestAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Watch" (
    "id" TEXT NOT NULL,
    "platform" VARCHAR(16) NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "conversationRef" JSONB,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Watch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "key" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "incidentId" TEXT,
    "status" "DeliveryStatus" NOT NULL,
    "messageId" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Installation" (
    "platform" VARCHAR(16) NOT NULL,
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Installation_pkey" PRIMARY KEY ("platform","id")
);

-- CreateIndex
CREATE INDEX "Incident_updatedAt_idx" ON "Incident"("updatedAt");

-- CreateIndex
CREATE INDEX "Incident_firstSeenAt_idx" ON "Incident"("firstSeenAt");

-- CreateIndex
CREATE INDEX "Incident_sector_updatedAt_idx" ON "Incident"("sector", "updatedAt");

-- CreateIndex
CREATE INDEX "Incident_severity_updatedAt_idx" ON "Incident"("severity", "updatedAt");

-- CreateIndex
CREATE INDEX "Incident_campaignId_idx" ON "Incident"("campaignId");

-- CreateIndex
CREATE INDEX "VictimName_incidentId_idx" ON "VictimName"("incidentId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");

-- CreateIndex
CREATE INDEX "Source_incidentId_idx" ON "Source"("incidentId");

-- CreateIndex
CREATE INDEX "Source_fetchedAt_idx" ON "Source"("fetchedAt");

-- CreateIndex
CREATE INDEX "Fact_incidentId_field_idx" ON "Fact"("incidentId", "field");

-- CreateIndex
CREATE INDEX "Fact_sourceId_idx" ON "Fact"("sourceId");

-- CreateIndex
CREATE INDEX "Change_at_idx" ON "Change"("at");

-- CreateIndex
CREATE INDEX "Change_incidentId_at_idx" ON "Change"("incidentId", "at");

-- CreateIndex
CREATE INDEX "Campaign_nameKey_idx" ON "Campaign"("nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Feed_url_key" ON "Feed"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_target_key" ON "Subscription"("target");

-- CreateIndex
CREATE INDEX "Subscription_workspaceId_idx" ON "Subscription"("workspaceId");

-- CreateIndex
CREATE INDEX "Watch_workspaceId_idx" ON "Watch"("workspaceId");

-- CreateIndex
CREATE UNIQUE INDEX "Watch_target_term_key" ON "Watch"("target", "term");

-- CreateIndex
CREATE INDEX "Delivery_status_createdAt_idx" ON "Delivery"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Post_target_threadId_idx" ON "Post"("target", "threadId");

-- CreateIndex
CREATE UNIQUE INDEX "Post_target_messageId_key" ON "Post"("target", "messageId");

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VictimName" ADD CONSTRAINT "VictimName_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Fact" ADD CONSTRAINT "Fact_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Change" ADD CONSTRAINT "Change_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

