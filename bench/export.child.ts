/**
 * Runs one STIX export in its own process (so its peak RSS is the export's alone) and prints one JSON
 * line: incidents, objects, bytes, wall and CPU milliseconds, peak RSS. `node bin/run-ts.js bench/export.child.ts DATABASE_URL OUT_FILE`.
 */
import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { finished } from "node:stream/promises";
import { writeExport } from "../src/export/index.js";
import { silentLogger } from "../src/logger.js";
import { createStore } from "../src/store/index.js";

const [databaseUrl, out] = process.argv.slice(2);
if (!databaseUrl || !out) throw new Error("usage: export.child.ts DATABASE_URL OUT_FILE");
const store = await createStore({ databaseUrl, logger: silentLogger });
const started = performance.now();
const cpuStarted = process.cpuUsage();
const sink = createWriteStream(out);
const summary = await writeExport(store, "stix", {}, sink);
sink.end();
await finished(sink);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuStarted);
await store.close();
process.stdout.write(JSON.stringify({ ...summary, ms, cpuMs: (cpu.user + cpu.system) / 1000, bytes: (await stat(out)).size, maxRssMb: process.resourceUsage().maxRSS / 1024 }) + "\n");
