import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { command } from "../../src/cli/extract.command.js";

function runCli(args: string[]): Promise<{ code: number; out: string }> {
  let out = "";
  return command.run(args, { out: (t) => (out += t), err: () => undefined }).then((code) => ({ code, out }));
}

describe("breach-radar extract", () => {
  const dir = mkdtempSync(join(tmpdir(), "extract-cli-"));
  const good = join(dir, "good.txt");
  writeFileSync(good, "url: https://x.test/a\ntitle: Linnet Air confirms data breach\npublished: 2025-06-02\noutlet: Wire\n\nLinnet Air said names and email addresses of 20,000 customers were stolen from a third-party platform. No passwords were taken.");
  const empty = join(dir, "empty.txt");
  writeFileSync(empty, "");
  const binary = join(dir, "bin.dat");
  writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 0, 7, 8, 0, 0]));
  const big = join(dir, "big.txt");
  writeFileSync(big, "a".repeat(10 * 1024 * 1024));
  const scripts = join(dir, "scripts.html");
  writeFileSync(scripts, "<html><body>" + "<script>var a=1;</script>".repeat(50000) + "</body></html>");

  it("prints one JSON object per file with the scorer's fields, and per-file errors for bad input", async () => {
    const { code, out } = await runCli(["--json", good, empty, binary, big, scripts, join(dir, "missing.txt")]);
    expect(code).toBe(1); // missing.txt cannot be read; the others are still reported
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows).toHaveLength(6);
    const first = rows[0]!;
    for (const k of ["file", "is_breach_report", "incident", "victims", "victim_group", "sector", "third_party", "vendor", "exposed", "not_exposed", "affected_count", "actors", "detected", "regulators"]) expect(first).toHaveProperty(k);
    expect(first.victims).toEqual(["Linnet Air"]);
    expect(first.incident).toBe("linnet-air-2025");
    expect(first.affected_count).toBe(20000);
    expect(first.not_exposed).toEqual(["password"]);
    for (const row of rows.slice(1)) {
      expect(row.is_breach_report).toBe(false);
      expect(typeof row.error).toBe("string");
    }
  });

  it("prints a readable summary without --json", async () => {
    const { out } = await runCli([good]);
    expect(out).toContain("Linnet Air: customer data stolen via third-party platform");
  });
});
