-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "counts" JSONB,
ADD COLUMN     "firstReportedAt" TIMESTAMPTZ(3),
ADD COLUMN     "lastReportedAt" TIMESTAMPTZ(3),
ADD COLUMN     "stances" JSONB;

-- AlterTable
ALTER TABLE "Fact" ADD COLUMN     "publishedAt" TIMESTAMPTZ(3),
ADD COLUMN     "quotes" JSONB,
ADD COLUMN     "speaker" TEXT,
ADD COLUMN     "stance" VARCHAR(16),
ADD COLUMN     "unit" VARCHAR(16);

-- AlterTable
ALTER TABLE "Change" ADD COLUMN     "reportedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "since" VARCHAR(10);

-- CreateTable
CREATE TABLE "SourceText" (
    "sourceId" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "fetchedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SourceText_pkey" PRIMARY KEY ("sourceId")
);

-- CreateIndex
CREATE INDEX "SourceText_incidentId_idx" ON "SourceText"("incidentId");

-- CreateIndex
CREATE INDEX "SourceText_fetchedAt_idx" ON "SourceText"("fetchedAt");

-- CreateIndex
CREATE INDEX "Incident_lastReportedAt_idx" ON "Incident"("lastReportedAt");

-- CreateIndex
CREATE INDEX "Incident_sector_lastReportedAt_idx" ON "Incident"("sector", "lastReportedAt");

-- AddForeignKey
ALTER TABLE "SourceText" ADD CONSTRAINT "SourceText_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill event time for rows written before it existed: the sources' publication dates
-- (fetch time only for undated sources), and each fact's and change's source date.
UPDATE "Incident" i SET "firstReportedAt" = s.first, "lastReportedAt" = s.last
FROM (SELECT "incidentId", MIN(COALESCE("publishedAt", "fetchedAt")) AS first, MAX(COALESCE("publishedAt", "fetchedAt")) AS last
      FROM "Source" WHERE "incidentId" IS NOT NULL GROUP BY "incidentId") s
WHERE s."incidentId" = i."id";
UPDATE "Incident" SET "firstReportedAt" = "firstSeenAt" WHERE "firstReportedAt" IS NULL;
UPDATE "Incident" SET "lastReportedAt" = "updatedAt" WHERE "lastReportedAt" IS NULL;
UPDATE "Fact" f SET "publishedAt" = s."publishedAt" FROM "Source" s WHERE s."id" = f."sourceId";
UPDATE "Change" c SET "reportedAt" = COALESCE(s."publishedAt", c."at") FROM "Source" s WHERE s."id" = c."sourceId";
