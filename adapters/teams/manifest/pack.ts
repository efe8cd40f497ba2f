/**
 * Writes the Teams app package and (re)draws the icons.
 *   MicrosoftAppId=<guid> PUBLIC_URL=https://bot.example.com npx tsx adapters/teams/manifest/pack.ts [out.zip]
 *   npx tsx adapters/teams/manifest/pack.ts --icons   # regenerate color.png / outline.png
 */
import { writeFileSync } from "node:fs";
import { loadConfig } from "../../../src/config.js";
import { buildAppPackage } from "./app-package.js";
import { colorIcon, outlineIcon } from "./icons.js";

const arg = process.argv[2];
if (arg === "--icons") {
  writeFileSync(new URL("./color.png", import.meta.url), colorIcon());
  writeFileSync(new URL("./outline.png", import.meta.url), outlineIcon());
  process.stdout.write("wrote adapters/teams/manifest/color.png and outline.png\n");
} else {
  const config = loadConfig();
  const out = arg ?? "breach-radar-teams.zip";
  writeFileSync(out, buildAppPackage({ appId: config.MicrosoftAppId ?? "", publicUrl: config.PUBLIC_URL ?? "" }));
  process.stdout.write(`wrote ${out}\n`);
}
