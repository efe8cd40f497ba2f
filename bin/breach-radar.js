#!/usr/bin/env node
// Launcher: loads ./.env when present, then runs the compiled build (dist/, see bin/build.js) when it
// matches the sources, else the TypeScript sources through tsx's loader (no build step to forget).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { distIsFresh } from "./dist-state.js";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const compiled = process.env.BREACH_RADAR_FROM_SOURCE !== "1" && distIsFresh(root);
process.env.BREACH_RADAR_RUNTIME = compiled ? "dist" : "tsx";
let cli;
if (compiled) {
  cli = await import("../dist/src/cli/cli.js");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  cli = await import("../src/cli/cli.ts");
}
process.exitCode = await cli.main(process.argv.slice(2));
