/**
 * Microsoft 365 Agents Playground (npm `@microsoft/m365agentsplayground`) as a child process: found
 * through the project's node_modules, started against a bot endpoint on a free port, bound to
 * loopback and kept off the network (see loopback-only.cjs), stopped by its pid.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PLAYGROUND_PACKAGE = "@microsoft/m365agentsplayground";
const GUARD = fileURLToPath(new URL("./loopback-only.cjs", import.meta.url));
const START_TIMEOUT_MS = 20_000;

/** Where the installed playground lives, or why it cannot be used. */
export type PlaygroundInstall = { ok: true; cli: string; version: string } | { ok: false; reason: string };

/** A running playground: its web UI, what the guard refused, and a stop that waits for the exit. */
export interface PlaygroundProcess {
  /** http://127.0.0.1:<port>/ (the chat UI; its mocked connector is under /_connector). */
  url: string;
  port: number;
  pid: number;
  /** Hosts the loopback guard refused (telemetry, Azure metadata), for the report. */
  blocked(): string[];
  output(): string;
  stop(): Promise<void>;
}

/** Resolves the package the way `node_modules/.bin/agentsplayground` would. */
export async function findPlayground(): Promise<PlaygroundInstall> {
  let manifestPath: string;
  try {
    manifestPath = createRequire(import.meta.url).resolve(`${PLAYGROUND_PACKAGE}/package.json`);
  } catch {
    return { ok: false, reason: `${PLAYGROUND_PACKAGE} is not installed (add it to devDependencies)` };
  }
  const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { version: string; bin?: Record<string, string> };
  const bin = manifest.bin?.agentsplayground;
  if (!bin) return { ok: false, reason: `${PLAYGROUND_PACKAGE}@${manifest.version} has no agentsplayground bin` };
  return { ok: true, cli: join(dirname(manifestPath), bin), version: manifest.version };
}

/** Environment that keeps the playground quiet: no browser launch, no heartbeat or statsbeat, logs in a temp dir. */
function playgroundEnv(workDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_OPTIONS: `--require ${JSON.stringify(GUARD)}`,
    TEAMSAPPTESTER_BROWSER: "none",
    APPLICATION_INSIGHTS_NO_STATSBEAT: "1",
    APPLICATIONINSIGHTS_CONFIGURATION_CONTENT: JSON.stringify({ enableAutoCollectHeartbeat: false }),
    M365_AGENTS_PLAYGROUND_LOGFILE: join(workDir, "playground.log"),
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: join(workDir, ".m365agentsplayground.yml"),
  };
}

/**
 * Starts the playground with `cliArgs` (as the README gives them, e.g. `-e <endpoint> -c msteams`;
 * no credentials, so it sends no token) plus a free port and telemetry off, and waits for its port.
 */
export async function startPlayground(cli: string, cliArgs: string[]): Promise<PlaygroundProcess> {
  const workDir = await mkdtemp(join(tmpdir(), "breach-radar-playground-"));
  const args = [cli, ...cliArgs, "--port", "0", "--disable-telemetry"];
  const child = spawn(process.execPath, args, { cwd: workDir, env: playgroundEnv(workDir), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    await stopChild(child);
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const port = await waitForPort(child, () => output);
    return {
      url: `http://127.0.0.1:${port}/`,
      port,
      pid: child.pid!,
      blocked: () => [...output.matchAll(/\[loopback-only\] blocked (\S+)/g)].map((m) => m[1]!),
      output: () => output,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForPort(child: ChildProcess, output: () => string): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error(`playground did not start in ${START_TIMEOUT_MS} ms:\n${output()}`)), START_TIMEOUT_MS);
    const check = () => {
      const match = /Listening on (\d+)/.exec(output());
      if (match) done(null, Number(match[1]));
    };
    const exited = (code: number | null) => done(new Error(`playground exited (${code}) before listening:\n${output()}`));
    function done(error: Error | null, port?: number) {
      clearTimeout(timer);
      child.stdout?.off("data", check);
      child.off("exit", exited);
      if (error) reject(error);
      else resolve(port!);
    }
    child.stdout?.on("data", check);
    child.once("exit", exited);
  });
}

/** SIGTERM, then SIGKILL after 3 s; resolves once the process has exited. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3_000);
  await exited;
  clearTimeout(timer);
}
