#!/usr/bin/env node
// `npm install` (postinstall): generates the PostgreSQL and SQLite Prisma clients offline, quietly.
// Prisma prints "Hardcoding URLs in your schema poses a security risk" for the schemas' datasource
// URL. That URL is a placeholder the generator needs and nothing ever connects with: the store
// connects through driver adapters with DATABASE_URL (src/store/prisma-client.factory.ts). So the
// notice is dropped here and one line says why; any failure prints Prisma's full output.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

/** Lines of Prisma's output that say nothing to someone installing the bot. */
const NOISE = [/Hardcoding URLs in your schema poses a security risk/, /pris\.ly\/d\/datasource-env/, /^Prisma config detected, skipping environment variable loading\.?$/, /^Loaded Prisma config from /, /^Prisma schema loaded from /];

/** Prisma's output without the placeholder-URL notice and the config chatter. */
export function quietPrismaOutput(text) {
  return text
    .split("\n")
    .filter((line) => !NOISE.some((re) => re.test(line.replace(/^[^\w]*\s*/u, "").trim()) || re.test(line.trim())))
    .filter((line, i, all) => line.trim() !== "" || (i > 0 && all[i - 1].trim() !== ""))
    .join("\n")
    .trim();
}

function generate(schema) {
  const prisma = createRequire(import.meta.url).resolve("prisma/build/index.js");
  const run = spawnSync(process.execPath, [prisma, "generate", "--no-hints", "--schema", schema], { encoding: "utf8" });
  return { ok: run.status === 0, output: `${run.stdout ?? ""}\n${run.stderr ?? ""}` };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const schemas = process.argv.slice(2);
  for (const schema of schemas) {
    const { ok, output } = generate(schema);
    if (!ok) {
      process.stderr.write(`${output}\nprisma generate failed for ${schema}\n`);
      process.exit(1);
    }
    process.stdout.write(`${quietPrismaOutput(output)}\n`);
  }
  process.stdout.write("Prisma clients generated. (The schemas' datasource URL is a placeholder for the generator; the bot connects with DATABASE_URL, so Prisma's notice about hardcoded URLs does not apply and is not shown.)\n");
}
