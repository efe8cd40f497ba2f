import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/**
 * Architecture guard (STYLE.md): the core under src/ knows no platform. Only src/store/ may
 * import Prisma; nothing under src/ imports Slack, Bot Framework or node-cron.
 */
const SRC = join(import.meta.dirname, "..", "src");

const FORBIDDEN: { pattern: RegExp; allowedUnder?: string; what: string }[] = [
  { pattern: /^@slack\//, what: "Slack SDK" },
  { pattern: /^botbuilder(-|$|\/)/, what: "Bot Framework SDK" },
  { pattern: /^node-cron$/, what: "node-cron" },
  { pattern: /^@prisma\/(client|adapter-)/, allowedUnder: "store", what: "Prisma" },
  { pattern: /(^|\/)generated\/(postgres|sqlite)(\/|$)/, allowedUnder: "store", what: "generated Prisma client" },
  { pattern: /^(pg|better-sqlite3)$/, allowedUnder: "store", what: "database driver" },
];

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") out.push(...tsFiles(path));
    } else if (/\.(ts|mts|cts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
      out.push(path);
    }
  }
  return out;
}

/** Every module specifier in static imports/exports, dynamic import() and require(). */
export function importedModules(source: string): string[] {
  const specs: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) specs.push(m[1]!);
  return specs;
}

describe("architecture boundary", () => {
  it("finds imports in all their forms", () => {
    const sample = `import { App } from "@slack/bolt";\nimport type { X } from '../store/generated/sqlite/index.js';\nexport * from "node-cron";\nconst m = await import("botbuilder");`;
    expect(importedModules(sample)).toEqual(["@slack/bolt", "../store/generated/sqlite/index.js", "node-cron", "botbuilder"]);
  });

  it("keeps platform SDKs out of src/ and Prisma inside src/store/", () => {
    const files = tsFiles(SRC);
    expect(files.length).toBeGreaterThan(5);
    const violations: string[] = [];
    for (const file of files) {
      const rel = relative(SRC, file).split(sep).join("/");
      for (const spec of importedModules(readFileSync(file, "utf8"))) {
        for (const rule of FORBIDDEN) {
          if (!rule.pattern.test(spec)) continue;
          if (rule.allowedUnder && rel.startsWith(`${rule.allowedUnder}/`)) continue;
          violations.push(`src/${rel} imports ${spec} (${rule.what})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });
});
