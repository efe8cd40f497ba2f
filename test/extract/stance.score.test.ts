import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** The stance scorer (test/extract/stance.score.ts) on a small set written here: right labels score 1, a wrong one is counted and shown. */
const root = resolve(import.meta.dirname, "../..");
const score = (dir: string) => spawnSync(process.execPath, [join(root, "bin/run-ts.js"), join(root, "test/extract/stance.score.ts"), dir, "--errors"], { encoding: "utf8", cwd: root });

function writeSet(stances: Record<string, unknown>[]): string {
  const dir = mkdtempSync(join(tmpdir(), "stance-set-"));
  mkdirSync(join(dir, "articles"));
  writeFileSync(join(dir, "articles/001.txt"), "title: Heron Air says 5.7 million customers affected\npublished: 2025-07-09\n\nHeron Air said the details of 5.7 million customers were taken from its Salesforce instance. ShinyHunters claimed responsibility on its leak site.");
  writeFileSync(join(dir, "articles/002.txt"), "title: Plover Retail confirms breach\npublished: 2025-07-10\n\nPlover Retail said names and email addresses were stolen. Security researchers have linked the attack to Scattered Spider.");
  const base = { victim_group: null, third_party: true, exposed: [], not_exposed: [], detected: null, regulators: [], is_breach_report: true };
  const labels = [
    { ...base, file: "articles/001.txt", incident: "heron-air-2025", victims: ["Heron Air"], sector: "airline", vendor: "Salesforce", affected_count: 5700000, actors: ["ShinyHunters"], stance: stances[0] },
    { ...base, file: "articles/002.txt", incident: "plover-retail-2025", victims: ["Plover Retail"], sector: "retail", vendor: null, affected_count: null, actors: ["Scattered Spider"], stance: stances[1] },
  ];
  writeFileSync(join(dir, "labels.json"), JSON.stringify(labels));
  return dir;
}

describe("stance scorer", () => {
  it("prints accuracy per field and overall", () => {
    const dir = writeSet([{ affected_count: "confirmed", vendor: "confirmed", actors: { ShinyHunters: "claimed" } }, { actors: { "Scattered Spider": "reported" } }]);
    const r = score(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/affected_count\s+100\.0\s+1\/1/);
    expect(r.stdout).toMatch(/actors\s+100\.0\s+2\/2/);
    expect(r.stdout).toContain("stance: 1.000 (4/4 values found");
  });

  it("counts a wrong stance and names it", () => {
    const dir = writeSet([{ affected_count: "claimed", vendor: "confirmed", actors: { ShinyHunters: "claimed" } }, { actors: { "Scattered Spider": "reported" } }]);
    const r = score(dir);
    expect(r.stdout).toContain("articles/001.txt affected_count 5700000: want claimed, got confirmed");
    expect(r.stdout).toContain("stance: 0.750 (3/4 values found");
  });

  it("refuses a set without stance labels", () => {
    const dir = writeSet([undefined as unknown as Record<string, unknown>, undefined as unknown as Record<string, unknown>]);
    const r = score(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no breach report carries");
  });
});
