-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "victims" JSONB NOT NULL,
    "victimGroup" TEXT,
    "sector" TEXT NOT NULL,
    "thirdParty" BOOLEAN,
    "vendor" TEXT,
    "vector" TEXT,
    "exposed" JSONB NOT NULL,
    "notExposed" JSONB NOT NULL,
    "affectedCount" BIGINT,
    "actors" JSONB NOT NULL,
    "detectedAt" TEXT,
    "disclosedAt" TEXT,
    "regulators" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "campaignId" TEXT,
    "conflicts" JSONB NOT NULL,
    "firstSeenAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Incident_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VictimName" (
    "name" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,

    PRIMARY KEY ("name", "incidentId"),
    CONSTRAINT "VictimName_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "outlet" TEXT,
    "title" TEXT,
    "publishedAt" DATETIME,
    "language" TEXT,
    "contentHash" TEXT NOT NULL,
    "appliedHash" TEXT,
    "fetchedAt" DATETIME NOT NULL,
    "incidentId" TEXT,
    CONSTRAINT "Source_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Fact" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "sourceId" TEXT,
    "seenAt" DATETIME NOT NULL,
    "current" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Fact_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Change" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "field" TEXT,
    "text" TEXT NOT NULL,
    "sourceId" TEXT,
    "at" DATETIME NOT NULL,
    CONSTRAINT "Change_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "vendor" TEXT,
    "actor" TEXT,
    "vector" TEXT,
    "firstSeenAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Feed" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastPolledAt" DATETIME,
    "lastSuccessAt" DATETIME,
    "consecutiveFailures" INTEGER NOT NULL DEFAULT 0,
    "nextPollAt" DATETIME,
    "lastError" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Subscription" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "conversationRef" JSONB,
    "digestTime" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "sectors" JSONB NOT NULL,
    "minSeverity" TEXT NOT NULL,
    "postWhenEmpty" BOOLEAN NOT NULL,
    "liveAlerts" BOOLEAN NOT NULL,
    "createdBy" TEXT NOT NULL,
    "pausedReason" TEXT,
    "lastDigestAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Watch" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "conversationRef" JSONB,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Delivery" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "target" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "incidentId" TEXT,
    "status" TEXT NOT NULL,
    "messageId" TEXT,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "deliveredAt" DATETIME
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "target" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "threadId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Installation" (
    "platform" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("platform", "id")
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

