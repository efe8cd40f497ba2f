import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

/** When the tests run as root, the permission test runs the process as "nobody" (root may write anywhere). */
const AS_NOBODY = process.getuid?.() === 0 && spawnSync("setpriv", ["--version"]).status === 0
  ? ["setpriv", "--reuid", "65534", "--regid", "65534", "--clear-groups"]
  : [];

/** Runs `breach-radar start` as `npm start` does, in a scratch directory, and reads its JSON log. */
function startProcess(cwd: string, env: Record<string, string>, wrapper: string[] = []) {
  const command = [...wrapper, process.execPath, join(process.cwd(), "bin/breach-radar.js"), "start"];
  const child = spawn(command[0]!, command.slice(1), {
    cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  let buffer = "";
  child.stderr.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      try { logs.push(JSON.parse(line)); } catch { logs.push({ msg: line }); }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (msg: string, timeoutMs = 40_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const hit = logs.find((l) => l.msg === msg);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no "${msg}" log line; got:\n${logs.map((l) => JSON.stringify(l)).join("\n")}`);
  };
  return { child, logs, exited, waitFor };
}

describe("npm start", () => {
  let dir: string;
  afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

  it("creates the SQLite file, answers /healthz, says which adapters run, and stops cleanly on SIGTERM", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-start-"));
    const proc = startProcess(dir, { PORT: "0", HOST: "127.0.0.1", OFFLINE_SAMPLE: "never", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1", SCHEDULER_ENABLED: "false" });
    const listening = await proc.waitFor("http server listening");
    expect(existsSync(join(dir, "data/breach-radar.db"))).toBe(true);
    const res = await fetch(`http://127.0.0.1:${String(listening.port)}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", database: { kind: "sqlite", reachable: true } });
    expect(proc.logs.find((l) => l.msg === "slack adapter disabled")?.reason).toMatch(/SLACK_SIGNING_SECRET/);
    expect(proc.logs.find((l) => l.msg === "teams adapter in local mode")?.reason).toMatch(/this machine only.*MicrosoftAppId/);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
    expect(proc.logs.some((l) => l.msg === "stopped")).toBe(true);
  });

  it("refuses to start on a bad setting, naming the variable", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-start-"));
    const proc = startProcess(dir, { PORT: "not-a-port" });
    expect(await proc.exited).not.toBe(0);
    expect(proc.logs.map((l) => String(l.msg)).join("\n")).toContain("PORT");
  });

  it("refuses to start when PostgreSQL is unreachable, with a clear message", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-start-"));
    const proc = startProcess(dir, { DATABASE_URL: "postgres://postgres@127.0.0.1:1/none" });
    expect(await proc.exited).not.toBe(0);
    expect(proc.logs.map((l) => String(l.msg)).join("\n")).toMatch(/DB_UNAVAILABLE|not reachable/);
  });

  it("says which PORT is in use and how to change it", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-start-"));
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const proc = startProcess(dir, { PORT: String(port), HOST: "127.0.0.1", OFFLINE_SAMPLE: "never", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1" });
      expect(await proc.exited).toBe(1);
      const text = proc.logs.map((l) => String(l.msg)).join("\n");
      expect(text).toContain(`PORT ${port} on 127.0.0.1 is already in use: another Breach Radar (or another program) is listening there`);
      expect(text).toContain("PORT=0 picks any free port");
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it.runIf(process.getuid?.() !== 0 || AS_NOBODY.length > 0)("names the data folder and its permissions when it is not writable", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-start-"));
    const data = join(dir, "data");
    await mkdir(data);
    await writeFile(join(data, "existing.db"), "");
    await chmod(dir, 0o755);
    await chmod(data, 0o555);
    for (const file of ["breach-radar.db", "existing.db"]) {
      const proc = startProcess(dir, { DATABASE_URL: `file:${join(data, file)}`, HOME: dir, OFFLINE_SAMPLE: "never" }, AS_NOBODY);
      expect(await proc.exited).toBe(1);
      const text = proc.logs.map((l) => String(l.msg)).join("\n");
      expect(text).toContain(`Cannot create or write the SQLite database ${join(data, file)}: the folder ${data} is missing, read-only or not writable`);
      expect(text).toContain("point DATABASE_URL at a writable path");
    }
    await chmod(data, 0o755);
  });
});
