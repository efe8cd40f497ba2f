-- CreateTable
CREATE TABLE "ReaderProfile" (
    "owner" TEXT NOT NULL PRIMARY KEY,
    "organisation" TEXT,
    "sector" TEXT,
    "jurisdictions" JSONB NOT NULL,
    "listed" BOOLEAN,
    "stack" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" TEXT,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

