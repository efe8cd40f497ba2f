#!/usr/bin/env node
// Launcher: runs the TypeScript CLI through tsx's loader, so there is no build step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/cli.ts");
process.exitCode = await main(process.argv.slice(2));
