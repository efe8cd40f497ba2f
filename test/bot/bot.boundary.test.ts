import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../src/bot");
const FORBIDDEN = [/from "@slack\//, /from "botbuilder/, /from "node-cron"/, /from "@prisma\//, /from "(\.\.\/)+adapters\//, /console\.log\(/];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : []));
}

describe("bot core boundary", () => {
  it("src/bot imports no platform SDK, no Prisma, no adapter and never console.logs", () => {
    const all = files(ROOT);
    expect(all.length).toBeGreaterThan(20);
    for (const file of all) {
      const text = readFileSync(file, "utf8");
      for (const pattern of FORBIDDEN) expect(pattern.test(text), `${file} matches ${pattern}`).toBe(false);
    }
  });
});
