-- CreateTable
CREATE TABLE "ReaderProfile" (
    "owner" VARCHAR(200) NOT NULL,
    "organisation" VARCHAR(120),
    "sector" VARCHAR(32),
    "jurisdictions" TEXT[],
    "listed" BOOLEAN,
    "stack" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedBy" VARCHAR(200),
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReaderProfile_pkey" PRIMARY KEY ("owner")
);

