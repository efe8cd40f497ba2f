-- AlterTable
ALTER TABLE "Incident" ADD COLUMN "stances" JSONB;
ALTER TABLE "Incident" ADD COLUMN "counts" JSONB;
ALTER TABLE "Incident" ADD COLUMN "firstReportedAt" DATETIME;
ALTER TABLE "Incident" ADD COLUMN "lastReportedAt" DATETIME;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN "stance" TEXT;
ALTER TABLE "Fact" ADD COLUMN "quotes" JSONB;
ALTER TABLE "Fact" ADD COLUMN "speaker" TEXT;
ALTER TABLE "Fact" ADD COLUMN "unit" TEXT;
ALTER TABLE "Fact" ADD COLUMN "publishedAt" DATETIME;

-- AlterTable
ALTER TABLE "Change" ADD COLUMN "reportedAt" DATETIME;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "since" TEXT;

-- CreateTable
CREATE TABLE "SourceText" (
    "sourceId" TEXT NOT NULL PRIMARY KEY,
    "incidentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "fetchedAt" DATETIME NOT NULL,
    CONSTRAINT "SourceText_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SourceText_incidentId_idx" ON "SourceText"("incidentId");

-- CreateIndex
CREATE INDEX "SourceText_fetchedAt_idx" ON "SourceText"("fetchedAt");

-- CreateIndex
CREATE INDEX "Incident_lastReportedAt_idx" ON "Incident"("lastReportedAt");

-- CreateIndex
CREATE INDEX "Incident_sector_lastReportedAt_idx" ON "Incident"("sector", "lastReportedAt");

-- Backfill event time for rows written before it existed: the sources' publication dates
-- (fetch time only for undated sources), and each fact's and change's source date.
UPDATE "Incident" SET
  "firstReportedAt" = COALESCE((SELECT MIN(COALESCE(s."publishedAt", s."fetchedAt")) FROM "Source" s WHERE s."incidentId" = "Incident"."id"), "firstSeenAt"),
  "lastReportedAt" = COALESCE((SELECT MAX(COALESCE(s."publishedAt", s."fetchedAt")) FROM "Source" s WHERE s."incidentId" = "Incident"."id"), "updatedAt");
UPDATE "Fact" SET "publishedAt" = (SELECT s."publishedAt" FROM "Source" s WHERE s."id" = "Fact"."sourceId");
UPDATE "Change" SET "reportedAt" = COALESCE((SELECT s."publishedAt" FROM "Source" s WHERE s."id" = "Change"."sourceId"), "at") WHERE "sourceId" IS NOT NULL;
