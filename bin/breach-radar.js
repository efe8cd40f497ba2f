#!/usr/bin/env node
// Launcher: loads ./.env when present, then runs the compiled build (dist/, see bin/build.js) when it
// matches the sources, else the TypeScript sources through tsx's loader (no build step to forget).
// `export` streams large outputs: it re-runs itself in a child with bounded-heap V8 settings (export.runtime.ts).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { distIsFresh } from "./dist-state.js";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = process.env.BREACH_RADAR_FROM_SOURCE !== "1" && distIsFresh(root);
process.env.BREACH_RADAR_RUNTIME = compiled ? "dist" : "tsx";
if (!compiled) {
  const { register } = await import("tsx/esm/api");
  register();
}
const load = (path) => import(compiled ? `../dist/src/${path}.js` : `../src/${path}.ts`);
if (process.argv[2] === "export" && !process.env.BREACH_RADAR_EXPORT_PROCESS) {
  const { EXPORT_NODE_FLAGS } = await load("export/export.runtime");
  const child = spawn(process.execPath, [...EXPORT_NODE_FLAGS, fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit", env: { ...process.env, BREACH_RADAR_EXPORT_PROCESS: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  process.exitCode = await new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
} else {
  const cli = await load("cli/cli");
  process.exitCode = await cli.main(process.argv.slice(2));
}
