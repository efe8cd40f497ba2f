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

  it("adds an evidence object: the text read, and per field the values with stance, speaker, unit and quotes at their offsets", async () => {
    const { out } = await runCli(["--json", good]);
    const row = (JSON.parse(out) as Record<string, unknown>[])[0]!;
    const evidence = row.evidence as Record<string, unknown>;
    const text = evidence.text as string;
    expect(text.startsWith("Linnet Air confirms data breach\n")).toBe(true);
    type Entry = { value: unknown; stance: string; speaker: string | null; unit?: string; quotes: { text: string; start: number; end: number }[] };
    const count = (evidence.affected_count as Entry[]).find((e) => e.value === 20000)!;
    expect(count).toMatchObject({ stance: "confirmed", speaker: "Linnet Air", unit: "people" });
    expect((evidence.not_exposed as Entry[])[0]).toMatchObject({ value: "password", stance: "denied" });
    for (const [field, entries] of Object.entries(evidence)) {
      if (field === "text") continue;
      for (const e of entries as Entry[]) for (const q of e.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    // Every scalar the scorer reads has evidence under the same JSON name.
    for (const k of ["victims", "sector", "third_party", "affected_count", "disclosed"]) expect(evidence, k).toHaveProperty(k);
  });

  it("gives an undated report's day and month the year of the dated report of the same incident, never the clock's", async () => {
    const dated = join(dir, "dated.txt");
    writeFileSync(dated, "title: Whimbrel Air investigating cyber incident\npublished: 2024-06-16\n\nWhimbrel Air said it detected a cybersecurity incident on June 13 and that guest names and email addresses were accessed.");
    const loose = join(dir, "loose.txt");
    writeFileSync(loose, "title: Whimbrel Air says guest names were taken\npublished: unknown\n\nWhimbrel Air told guests that names and email addresses were stolen in the cyberattack it discovered on 13 June.");
    const alone = join(dir, "alone.txt");
    writeFileSync(alone, "title: Garganey Stores says customer data stolen\npublished: unknown\n\nGarganey Stores told shoppers that names and email addresses were stolen in a cyberattack it discovered on 2 March.");
    const { out } = await runCli(["--json", dated, loose, alone]);
    const [a, b, c] = JSON.parse(out) as { incident: string; detected: string | null; evidence: { text: string; detected?: { value: string }[]; yearless?: { field: string; value: string }[] } }[];
    expect(b!.incident).toBe(a!.incident);
    expect(b!.detected).toBe("2024-06-13");
    expect(b!.evidence.detected?.[0]?.value).toBe("2024-06-13");
    // Nothing gives the year: no date, and the day and month are kept year-less with their quote.
    expect(c!.detected).toBeNull();
    expect(c!.evidence.yearless).toEqual([expect.objectContaining({ field: "detected", value: "--03-02" })]);
  });

  it("prints a readable summary without --json", async () => {
    const { out } = await runCli([good]);
    expect(out).toContain("Linnet Air: customer data stolen via third-party platform");
  });
});
