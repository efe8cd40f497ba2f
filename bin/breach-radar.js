#!/usr/bin/env node
// Launcher: loads ./.env when present, then runs the TypeScript CLI through tsx's loader
// (no build step to forget).
import { existsSync } from "node:fs";
import { register } from "tsx/esm/api";

if (existsSync(".env") && typeof process.loadEnvFile === "function") process.loadEnvFile(".env");
register();
const { main } = await import("../src/cli/cli.ts");
process.exitCode = await main(process.argv.slice(2));
