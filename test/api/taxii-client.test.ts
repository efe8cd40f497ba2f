/**
 * The OASIS reference TAXII 2.1 client (Python, ../shared/taxii2-client) against the server started
 * by `npm start` (bin/breach-radar.js start) on the bundled offline sample: discovery, collections,
 * paging through every object, added_after, and a bad token refused with 401.
 * Its three Debian packages are installed when missing (as .ci/run does); without them and without
 * apt-get the test fails with the reason rather than passing silently.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore } from "../../src/store/index.js";
import { silentLogger } from "../../src/logger.js";
import { exportBundle } from "../export/helpers/export-bundle.js";
import { findSharedDir } from "../helpers/shared-dir.js";

const run$ = promisify(execFile);
const PYTHON = "/usr/bin/python3";
const CLIENT = join(findSharedDir() ?? resolve(process.cwd(), "../shared"), "taxii2-client");
const PACKAGES = ["python3-requests", "python3-six", "python3-tz"];

function clientImports(): boolean {
  return spawnSync(PYTHON, ["-c", "import requests, six, pytz"], { stdio: "ignore" }).status === 0;
}

/** Installs the client's Debian packages when they are missing (needs root and apt-get, as on CI). */
function ensurePythonPackages(): void {
  if (clientImports()) return;
  const install = spawnSync("sh", ["-c", `(apt-get install -y -qq ${PACKAGES.join(" ")} || (apt-get update -qq && apt-get install -y -qq ${PACKAGES.join(" ")})) >/dev/null 2>&1`], { env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" }, timeout: 300_000 });
  if (!clientImports()) throw new Error(`the TAXII client needs ${PACKAGES.join(", ")} and apt-get could not install them (exit ${install.status})`);
}

describe("OASIS reference TAXII 2.1 client against `npm start`", () => {
  let dir: string;
  let child: ReturnType<typeof spawn>;
  let base: string;
  let token: string;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    ensurePythonPackages();
    dir = await mkdtemp(join(tmpdir(), "br-taxii-"));
    const env = { PATH: process.env.PATH ?? "", HOME: dir, DATABASE_URL: `file:${join(dir, "br.db")}`, LOG_LEVEL: "info" };
    const created = await run$(process.execPath, [join(process.cwd(), "bin/breach-radar.js"), "tokens", "create", "taxii client test"], { cwd: dir, env });
    token = /brk_[A-Za-z0-9_-]+/.exec(created.stdout)![0];
    child = spawn(process.execPath, [join(process.cwd(), "bin/breach-radar.js"), "start"], {
      cwd: dir, stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, PORT: "0", HOST: "127.0.0.1", OFFLINE_SAMPLE: "always", SCHEDULER_ENABLED: "false", CONSOLE: "off", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1" },
    });
    let buffer = "";
    child.stderr!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) try { logs.push(JSON.parse(line)); } catch { logs.push({ msg: line }); }
    });
    const deadline = Date.now() + 60_000;
    while (!logs.some((l) => l.msg === "offline sample loaded") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const listening = logs.find((l) => l.msg === "http server listening");
    if (!listening || !logs.some((l) => l.msg === "offline sample loaded")) throw new Error(`server did not start:\n${logs.map((l) => JSON.stringify(l)).join("\n")}`);
    base = `http://127.0.0.1:${String(listening.port)}`;
  }, 400_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await rm(dir, { recursive: true, force: true });
  });

  it("discovers, lists the collection, pages through every object, gets only newer objects after added_after, and sees 401 for a bad token", async () => {
    const { stdout } = await run$(PYTHON, [join(process.cwd(), "test/api/taxii_client_check.py"), base, token], { env: { PATH: process.env.PATH ?? "", PYTHONPATH: CLIENT }, timeout: 120_000 });
    const seen = JSON.parse(stdout) as {
      title: string; api_roots: string[]; root_title: string; collections: { id: string; title: string; can_read: boolean; can_write: boolean }[];
      pages: number; object_ids: string[]; cut: string; expected_after: string[]; after_ids: string[]; bad_token_status: number;
    };
    expect(seen.title).toBe("Breach Radar");
    expect(seen.api_roots).toEqual([`${base}/taxii2/breach-radar/`]);
    expect(seen.collections).toEqual([expect.objectContaining({ title: "Breach Radar incidents", can_read: true, can_write: false })]);
    // Every object of the store, as an export of the same database gives them.
    const store = await createStore({ databaseUrl: `file:${join(dir, "br.db")}`, logger: silentLogger });
    try {
      const expected = new Set((await exportBundle(store)).objects.map((o) => o.id as string));
      expect(new Set(seen.object_ids)).toEqual(expected);
      expect(seen.pages).toBeGreaterThan(Math.floor(expected.size / 25) - 1);
    } finally {
      await store.close();
    }
    expect(seen.expected_after.length).toBeGreaterThan(0);
    expect(seen.expected_after.length).toBeLessThan(new Set(seen.object_ids).size);
    expect(seen.after_ids).toEqual(seen.expected_after);
    expect(seen.bad_token_status).toBe(401);
  }, 180_000);
});
