/**
 * Prisma CLI configuration. The CLI here uses the WebAssembly schema engine (`engine: "js"`), which
 * needs no downloaded binary; it reaches a database only through the driver adapter below, chosen by
 * PRISMA_DATABASE_URL (a `file:` SQLite path or a postgres:// URL). Users never run Prisma by hand:
 * migrations apply when the store opens (src/store/migrator.ts).
 */
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

const url = process.env.PRISMA_DATABASE_URL ?? "file::memory:";

export default defineConfig({
  schema: "prisma/schema.postgres.prisma",
  engine: "js",
  experimental: { adapter: true },
  adapter: async () =>
    /^postgres(ql)?:\/\//.test(url)
      ? new PrismaPg({ connectionString: url })
      : new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") }),
});
