/**
 * `npm start` as a child process, exactly as the README runs it (no Microsoft or Slack credentials),
 * with a scratch SQLite file, an ephemeral port and the bundled offline sample. Its JSON log lines
 * are collected so a test can wait for them; it is stopped with SIGTERM to its own process group.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CREDENTIALS = /^(Microsoft|SLACK_)/;

export interface NpmStart {
  port: number;
  databaseUrl: string;
  logs: Record<string, unknown>[];
  /** Resolves with the first log line (already logged or to come) matching `match`. */
  waitForLog(match: (line: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** SIGTERM to the process group (npm and the bot), then waits until both have exited. */
  stop(): Promise<void>;
}

export async function npmStart(): Promise<NpmStart> {
  const dir = await mkdtemp(join(tmpdir(), "br-npm-start-"));
  const databaseUrl = `file:${join(dir, "breach-radar.db")}`;
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !CREDENTIALS.test(k)));
  Object.assign(env, {
    DATABASE_URL: databaseUrl, PORT: "0", HOST: "127.0.0.1", OFFLINE_SAMPLE: "always", FEEDS: "http://127.0.0.1:9/feed", FETCH_ALLOW_PRIVATE: "127.0.0.1",
    LOG_LEVEL: "debug", CONSOLE: "off",
  });
  const child: ChildProcess = spawn("npm", ["start"], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  const logs: Record<string, unknown>[] = [];
  let buffer = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      try { logs.push(JSON.parse(line) as Record<string, unknown>); } catch { logs.push({ msg: line }); }
    }
  });
  child.stdout!.resume();
  // npm runs the bot as its own child, sharing this pipe: it closes when both have exited.
  const closed = new Promise<void>((resolve) => child.stderr!.once("close", () => resolve()));

  const waitForLog = async (match: (line: Record<string, unknown>) => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const hit = logs.find(match);
      if (hit) return hit;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no matching log line from npm start; got:\n${logs.slice(-30).map((l) => JSON.stringify(l)).join("\n")}`);
  };
  const stop = async () => {
    const group = child.pid;
    const signal = (name: NodeJS.Signals) => {
      try { if (group) process.kill(-group, name); } catch { /* already gone */ }
    };
    signal("SIGTERM");
    const timer = setTimeout(() => signal("SIGKILL"), 10_000);
    await closed;
    clearTimeout(timer);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const listening = await waitForLog((l) => l.msg === "http server listening");
    return { port: Number(listening.port), databaseUrl, logs, waitForLog, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
