/**
 * A bot replica as production runs it: `breach-radar start` in its own process, reading its JSON log
 * lines from stderr. Tests kill it with SIGTERM (a deploy) or SIGKILL (a crash).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface Replica {
  readonly name: string;
  readonly child: ChildProcess;
  readonly logs: Record<string, unknown>[];
  /** Resolves with the exit code (null when killed by a signal) and when it exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  waitFor(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  /** The HTTP port it listens on (after "http server listening"). */
  port(): Promise<number>;
  /** Ends it for good (SIGKILL) if still running. */
  destroy(): void;
}

export function startReplica(name: string, env: Record<string, string>, cwd: string): Replica {
  const child = spawn(process.execPath, [join(process.cwd(), "bin/breach-radar.js"), "start"], {
    cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, ...env }, stdio: ["ignore", "ignore", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  let buffer = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  let done = false;
  void exited.then(() => { done = true; });
  const waitFor = async (msg: string, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const hit = logs.find((l) => l.msg === msg);
      if (hit) return hit;
      if (done) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${name}: no "${msg}" log line; last lines:\n${logs.slice(-15).map((l) => JSON.stringify(l)).join("\n")}`);
  };
  return {
    name, child, logs, exited, waitFor,
    port: async () => Number((await waitFor("http server listening")).port),
    destroy() {
      if (!done) child.kill("SIGKILL");
    },
  };
}
