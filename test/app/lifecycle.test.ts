import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { installLifecycle, type ProcessPort, type TerminationSignal } from "../../adapters/process.lifecycle.js";

/** A process port that records what the lifecycle does and lets the test raise signals. */
function fakeProcess() {
  const listeners = new Map<TerminationSignal, (() => void)[]>();
  const said: string[] = [];
  const exits: number[] = [];
  const port: ProcessPort = {
    on: (s, l) => void listeners.set(s, [...(listeners.get(s) ?? []), l]),
    exit: (code) => void exits.push(code),
    say: (line) => void said.push(line),
  };
  const raise = (s: TerminationSignal) => { for (const l of listeners.get(s) ?? []) l(); };
  return { port, raise, said, exits };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe("process lifecycle (signals → one clean stop)", () => {
  it("a signal during start-up stops the service as soon as it is up, once", async () => {
    const p = fakeProcess();
    const lifecycle = installLifecycle(p.port, 1_000);
    p.raise("SIGTERM");
    expect(lifecycle.signal.aborted).toBe(true);
    let stops = 0;
    lifecycle.started(async () => { stops++; });
    await tick();
    expect(stops).toBe(1);
    expect(p.exits).toEqual([0]);
    expect(p.said[0]).toContain("SIGTERM received, shutting down");
  });

  it("a repeated signal (npm forwarding the group's SIGTERM, a second Ctrl-C) does not start a second stop", async () => {
    const p = fakeProcess();
    const lifecycle = installLifecycle(p.port, 1_000);
    let stops = 0;
    let release: () => void = () => undefined;
    lifecycle.started(() => { stops++; return new Promise<void>((r) => { release = r; }); });
    p.raise("SIGINT");
    p.raise("SIGTERM");
    p.raise("SIGINT");
    release();
    await tick();
    expect(stops).toBe(1);
    expect(p.exits).toEqual([0]);
    expect(p.said.filter((l) => l.includes("already shutting down"))).toHaveLength(2);
  });

  it("a stop that hangs is cut off at the deadline with exit status 1", async () => {
    const p = fakeProcess();
    const lifecycle = installLifecycle(p.port, 50);
    lifecycle.started(() => new Promise<void>(() => undefined));
    p.raise("SIGHUP");
    await tick(120);
    expect(p.exits).toEqual([1]);
    expect(p.said.at(-1)).toContain("did not finish within");
  });

  it("the console's exit goes through the same single stop", async () => {
    const p = fakeProcess();
    const lifecycle = installLifecycle(p.port, 1_000);
    let stops = 0;
    lifecycle.started(async () => { stops++; });
    lifecycle.shutdown("Console closed, shutting down…");
    p.raise("SIGTERM");
    await tick();
    expect(stops).toBe(1);
    expect(p.exits).toEqual([0]);
  });
});

/** Is any process of this group still alive? */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe("npm start as a container runs it", () => {
  let dir: string;
  let leader: number | undefined;
  afterEach(async () => {
    if (leader !== undefined && groupAlive(leader)) process.kill(-leader, "SIGKILL");
    leader = undefined;
    await rm(dir, { recursive: true, force: true });
  });

  it("SIGTERM to the npm start process-group leader stops everything within 10 s, cleanly", async () => {
    dir = await mkdtemp(join(tmpdir(), "br-npm-start-"));
    const child = spawn("npm", ["start", "--silent"], {
      cwd: process.cwd(), detached: true, stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "", HOME: dir, npm_config_update_notifier: "false", npm_config_cache: join(dir, ".npm"),
        DATABASE_URL: `file:${join(dir, "data/br.db")}`, PORT: "0", OFFLINE_SAMPLE: "never", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1",
      },
    });
    leader = child.pid!;
    let log = "";
    child.stderr.on("data", (c: Buffer) => { log += c.toString(); });
    child.stdout.on("data", (c: Buffer) => { log += c.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const deadline = Date.now() + 40_000;
    while (!/"msg":"http server listening"/.test(log) && Date.now() < deadline) await tick(50);
    const port = Number(/"msg":"http server listening"[^\n]*"port":(\d+)/.exec(log)?.[1]);
    expect(port, log).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const sent = Date.now();
    process.kill(leader, "SIGTERM"); // the leader only, as `docker stop` does to PID 1
    const code = await exited;
    while (groupAlive(leader) && Date.now() - sent < 10_000) await tick(50);
    expect(groupAlive(leader), "a process of the npm start group is still running").toBe(false);
    expect(Date.now() - sent).toBeLessThan(10_000);
    expect(code).toBe(0);
    expect(log).toContain('"msg":"stopped"');
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 60_000);
});
