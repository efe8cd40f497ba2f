-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Incident" (
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
    "owner" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Incident_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Incident" ("actors", "affectedCount", "campaignId", "conflicts", "detectedAt", "disclosedAt", "exposed", "firstSeenAt", "id", "notExposed", "regulators", "sector", "severity", "status", "thirdParty", "title", "updatedAt", "vector", "vendor", "victimGroup", "victims") SELECT "actors", "affectedCount", "campaignId", "conflicts", "detectedAt", "disclosedAt", "exposed", "firstSeenAt", "id", "notExposed", "regulators", "sector", "severity", "status", "thirdParty", "title", "updatedAt", "vector", "vendor", "victimGroup", "victims" FROM "Incident";
DROP TABLE "Incident";
ALTER TABLE "new_Incident" RENAME TO "Incident";
CREATE INDEX "Incident_updatedAt_idx" ON "Incident"("updatedAt");
CREATE INDEX "Incident_firstSeenAt_idx" ON "Incident"("firstSeenAt");
CREATE INDEX "Incident_sector_updatedAt_idx" ON "Incident"("sector", "updatedAt");
CREATE INDEX "Incident_severity_updatedAt_idx" ON "Incident"("severity", "updatedAt");
CREATE INDEX "Incident_campaignId_idx" ON "Incident"("campaignId");
CREATE INDEX "Incident_owner_idx" ON "Incident"("owner");
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "owner" TEXT NOT NULL DEFAULT '',
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
INSERT INTO "new_Source" ("appliedHash", "contentHash", "fetchedAt", "id", "incidentId", "language", "outlet", "publishedAt", "title", "url") SELECT "appliedHash", "contentHash", "fetchedAt", "id", "incidentId", "language", "outlet", "publishedAt", "title", "url" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE INDEX "Source_incidentId_idx" ON "Source"("incidentId");
CREATE INDEX "Source_fetchedAt_idx" ON "Source"("fetchedAt");
CREATE UNIQUE INDEX "Source_url_owner_key" ON "Source"("url", "owner");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

