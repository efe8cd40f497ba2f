import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { distIsFresh } from "../../bin/dist-state.js";

const root = join(import.meta.dirname, "..", "..");

// The compiled build (what `npm install && npm start` runs) must start its page workers from dist/:
// a worker that still points at a .ts file fails on every page read, silently for the chat user.
describe("compiled build: page workers", () => {
  it("read and extract a page in a worker thread started from dist/", () => {
    if (!distIsFresh(root)) {
      const build = spawnSync(process.execPath, [join(root, "bin/build.js")], { cwd: root, encoding: "utf8" });
      expect(build.status, build.stderr).toBe(0);
    }
    const script = `
      import { createServer } from "node:http";
      import { createPagePool } from "${join(root, "dist/src/ingest/worker/page.pool.js")}";
      const page = "<html><head><title>Kestrel Rail data theft</title></head><body><article><h1>Kestrel Rail data theft</h1><p>Kestrel Rail said attackers copied customer names and email addresses from a third-party ticketing platform used by its call centre.</p></article></body></html>";
      const server = createServer((_q, r) => r.writeHead(200, { "content-type": "text/html" }).end(page));
      await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
      const logs = [];
      const logger = { debug() {}, info() {}, warn: (m) => logs.push(m), error: (m) => logs.push(m), child() { return logger; } };
      const pool = createPagePool({ fetcher: { allowPrivate: ["127.0.0.1"], timeoutMs: 5000, connectTimeoutMs: 2000, maxBytes: 1000000, maxRedirects: 2, userAgent: "test" }, logger, size: 1, priority: "normal" });
      const url = "http://127.0.0.1:" + server.address().port + "/a";
      const result = await pool.run({ kind: "read", url, publicOnly: false, now: new Date().toISOString(), extract: true, wholePage: false });
      await pool.close(); server.close();
      process.stdout.write(JSON.stringify({ title: result.article.title, victims: result.extraction?.victims ?? null, logs }));
    `;
    // A file, not `-e`: worker threads inherit the parent's exec arguments, and `--input-type` is refused for them.
    const dir = mkdtempSync(join(tmpdir(), "br-dist-worker-"));
    writeFileSync(join(dir, "run.mjs"), script);
    const run = spawnSync(process.execPath, [join(dir, "run.mjs")], { cwd: root, encoding: "utf8", timeout: 60_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as { title: string; victims: string[] | null; logs: string[] };
    expect(out.title).toContain("Kestrel Rail");
    expect(out.logs).toEqual([]);
  }, 120_000);
});
