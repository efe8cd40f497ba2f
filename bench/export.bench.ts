/**
 * Interop bench: seeds a SQLite store of 50,000 incidents (varied templates through applyIncidentWrite,
 * the rest cloned in SQL), then
 *  - exports it as STIX 2.1 in a child process: wall time (target ≤ 30 s) and peak RSS (target < 300 MB);
 *  - pages 10,000 objects through the TAXII collection over real HTTP on loopback (target ≥ 2,000 objects/s).
 * `npm run bench -- export`, or `node bin/run-ts.js bench/export.bench.ts [INCIDENTS]`.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { createHttpServer, listen } from "../adapters/http.server.js";
import { createApiRoutes } from "../adapters/api/index.js";
import { createToken } from "../src/api/token.service.js";
import { systemClock } from "../src/clock.js";
import { silentLogger } from "../src/logger.js";
import { createStore } from "../src/store/index.js";
import type { Store } from "../src/store/store.port.js";
import { syntheticWrites } from "../test/helpers/synthetic-incidents.js";
import { cloneIncidents } from "../test/helpers/synthetic-clone.js";
import { EXPORT_NODE_FLAGS } from "../src/export/export.runtime.js";

const run$ = promisify(execFile);

async function seed(store: Store, url: string, total: number, templates: number): Promise<number> {
  const writes = syntheticWrites(Math.min(total, templates));
  for (let k = 0; k < writes.length; k += 25) await Promise.all(writes.slice(k, k + 25).map((w) => store.applyIncidentWrite(w)));
  return total > templates ? cloneIncidents(url, total) : writes.length;
}

async function exportInChild(url: string, out: string): Promise<{ incidents: number; objects: number; ms: number; cpuMs: number; bytes: number; maxRssMb: number }> {
  // The same V8 settings as `breach-radar export` (bin/breach-radar.js).
  const { stdout } = await run$(process.execPath, [...EXPORT_NODE_FLAGS, "bin/run-ts.js", "bench/export.child.ts", url, out], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split("\n").pop()!);
}

async function pageTaxii(store: Store, wanted: number, limit: number): Promise<{ objects: number; pages: number; ms: number }> {
  const { token } = await createToken(store, { name: "bench", ratePerMinute: 100_000, now: new Date() });
  const server = createHttpServer({ routes: createApiRoutes({ store, config: { API_RATE_LIMIT_PER_MINUTE: 100_000, TAXII_MAX_PAGE_SIZE: 1000, API_MAX_PAGE_SIZE: 100, PUBLIC_URL: undefined }, clock: systemClock, logger: silentLogger }), health: async () => ({ status: "ok", database: { kind: store.kind, reachable: true }, adapters: {}, uptimeSec: 0 }), logger: silentLogger });
  const { port } = await listen(server, 0, "127.0.0.1");
  const base = `http://127.0.0.1:${port}/taxii2/breach-radar/collections/incidents/objects/`;
  const headers = { authorization: `Bearer ${token}`, accept: "application/taxii+json;version=2.1" };
  try {
    await fetch(`${base}?limit=10`, { headers }).then((r) => r.arrayBuffer()); // warm-up (connection, JIT)
    let objects = 0;
    let pages = 0;
    let next: string | undefined;
    const started = performance.now();
    while (objects < wanted) {
      const res = await fetch(`${base}?limit=${limit}${next ? `&next=${encodeURIComponent(next)}` : ""}`, { headers });
      if (res.status !== 200) throw new Error(`TAXII page ${pages} answered ${res.status}`);
      const body = (await res.json()) as { objects?: unknown[]; more: boolean; next?: string };
      objects += body.objects?.length ?? 0;
      pages++;
      if (!body.more) break;
      next = body.next;
    }
    return { objects, pages, ms: performance.now() - started };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

export async function run(options: { incidents?: number; templates?: number } = {}): Promise<void> {
  const total = options.incidents ?? 50_000;
  const dir = await mkdtemp(join(tmpdir(), "breach-radar-export-bench-"));
  const url = `file:${join(dir, "bench.db")}`;
  const store = await createStore({ databaseUrl: url, logger: silentLogger });
  try {
    const seeded = performance.now();
    const count = await seed(store, url, total, options.templates ?? 500);
    console.log(`seeded ${count} incidents in ${((performance.now() - seeded) / 1000).toFixed(1)} s`);
    const exp = await exportInChild(url, join(dir, "export.json"));
    const expOk = exp.ms <= 30_000 && exp.maxRssMb < 300;
    console.log(`export stix: ${exp.incidents} incidents → ${exp.objects} objects (${(exp.bytes / 1e6).toFixed(0)} MB) in ${(exp.ms / 1000).toFixed(1)} s (target ≤ 30 s; CPU ${(exp.cpuMs / 1000).toFixed(1)} s, load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores), peak RSS ${exp.maxRssMb.toFixed(0)} MB (target < 300 MB)${expOk ? "" : "   (MISSED)"}`);
    const taxii = await pageTaxii(store, 10_000, 1000);
    const rate = taxii.objects / (taxii.ms / 1000);
    console.log(`taxii: ${taxii.objects} objects in ${taxii.pages} pages in ${(taxii.ms / 1000).toFixed(2)} s = ${rate.toFixed(0)} objects/s (target ≥ 2,000)${rate >= 2000 ? "" : "   (MISSED)"}`);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2]);
  await run(Number.isInteger(n) && n > 0 ? { incidents: n } : {});
}
