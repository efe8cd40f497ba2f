/** Runs a Node script (the real `breach-radar start`, or a fixture through tsx) and reads its JSON log lines. */
import { spawn } from "node:child_process";
import { join } from "node:path";

export interface ServiceProcess {
  child: ReturnType<typeof spawn>;
  logs: Record<string, unknown>[];
  stdout: string[];
  exited: Promise<number | null>;
  waitFor(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  alive(): boolean;
}

export function spawnScript(args: string[], cwd: string, env: Record<string, string>): ServiceProcess {
  const child = spawn(process.execPath, args, {
    cwd, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? cwd, ...env }, stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  const stdout: string[] = [];
  let buffer = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      try { logs.push(JSON.parse(line) as Record<string, unknown>); } catch { logs.push({ msg: line }); }
    }
  });
  child.stdout!.on("data", (chunk: Buffer) => stdout.push(...chunk.toString().split("\n").filter(Boolean)));
  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => { exitCode = code; resolve(code); }));
  const waitFor = async (msg: string, timeoutMs = 40_000) => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const hit = logs.find((l) => l.msg === msg);
      if (hit) return hit;
      if (exitCode !== undefined) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no "${msg}" log line; got:\n${logs.map((l) => JSON.stringify(l)).join("\n")}`);
  };
  return { child, logs, stdout, exited, waitFor, alive: () => exitCode === undefined };
}

/** `breach-radar start` as `npm start` runs it. */
export const startArgs = (): string[] => [join(process.cwd(), "bin/breach-radar.js"), "start"];
/** A TypeScript fixture through the project's tsx launcher. */
export const tsArgs = (file: string): string[] => [join(process.cwd(), "bin/run-ts.js"), file];
