#!/usr/bin/env node
// Launcher: loads ./.env when present, then runs the TypeScript CLI through tsx's loader
// (no build step to forget).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
register();
if (process.argv[2] === "export" && !process.env.BREACH_RADAR_EXPORT_PROCESS) {
  // `export` streams large outputs: it runs in a process with bounded-heap V8 settings (see export.runtime.ts).
  const { EXPORT_NODE_FLAGS } = await import("../src/export/export.runtime.ts");
  const child = spawn(process.execPath, [...EXPORT_NODE_FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit", env: { ...process.env, BREACH_RADAR_EXPORT_PROCESS: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  process.exitCode = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
} else {
  const { main } = await import("../src/cli/cli.ts");
  process.exitCode = await main(process.argv.slice(2));
}
