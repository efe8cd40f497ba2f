-- DropIndex
DROP INDEX "Source_url_key";

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "owner" VARCHAR(200) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "owner" VARCHAR(200) NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Incident_owner_idx" ON "Incident"("owner");

-- CreateIndex
CREATE UNIQUE INDEX "Source_url_owner_key" ON "Source"("url", "owner");

