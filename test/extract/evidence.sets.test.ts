import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { STANCES, type Evidence } from "../../src/domain/evidence.js";
import { ExtractionSchema, type Article, type Extraction } from "../../src/domain/incident.js";
import { clusterIncidents, completeYear, extractArticle, parseArticleFile } from "../../src/extract/index.js";
import { findSharedDir } from "../helpers/shared-dir.js";

/**
 * Evidence for 100% of output values, on every article of every labelled set: the sets under test/extract, and the shared
 * dev corpus and seeds when ../shared is there (as in the project's workspace). Extraction runs as `extract --json` runs it:
 * one batch per set, year-less dates completed from the batch.
 */
const here = import.meta.dirname;
const shared = findSharedDir() ?? join(here, "../../../shared");
const sets = [
  ...readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(here, d.name, "labels.json"))).map((d) => join(here, d.name)),
  ...["corpus", "seeds"].map((s) => join(shared, s)).filter((d) => existsSync(join(d, "labels.json"))),
];

function extractSet(dir: string): { file: string; x: Extraction }[] {
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as { file: string }[];
  const files = labels.map((l) => join(dir, l.file));
  const articles: Article[] = files.map((f) => parseArticleFile(readFileSync(f, "utf8"), f));
  const xs = articles.map((a) => extractArticle(a));
  const { years } = clusterIncidents(xs, articles);
  return xs.map((x, i) => ({ file: files[i]!, x: completeYear(x, years[i] ?? null) }));
}

/** Every value an extraction outputs, as (field, value) pairs: one per list element, one per non-null scalar. */
function outputValues(x: Extraction): [string, unknown][] {
  const lists: [string, unknown[]][] = [["victims", x.victims], ["exposed", x.exposed], ["notExposed", x.notExposed], ["actors", x.actors.map((a) => a.name)], ["regulators", x.regulators]];
  const scalars: [string, unknown][] = [
    ["victimGroup", x.victimGroup], ["sector", x.sector], ["thirdParty", x.thirdParty], ["vendor", x.vendor], ["vector", x.vector],
    ["affectedCount", x.affectedCount], ["detected", x.detected], ["disclosed", x.disclosed],
  ];
  return [...lists.flatMap(([f, vs]) => vs.map((v): [string, unknown] => [f, v])), ...scalars.filter(([, v]) => v !== null)];
}

/** Problems with one extraction's evidence (empty when every value is quoted verbatim at its offsets). */
function evidenceProblems(x: Extraction): string[] {
  const problems: string[] = [];
  const checkQuotes = (e: Evidence) => {
    if (!STANCES.includes(e.stance)) problems.push(`${e.field} ${String(e.value)}: stance ${e.stance}`);
    if (!e.quotes.length) problems.push(`${e.field} ${String(e.value)}: no quote`);
    for (const q of e.quotes) if (x.text.slice(q.start, q.end) !== q.text || !q.text) problems.push(`${e.field} ${String(e.value)}: quote ${q.start}-${q.end} is not the text there`);
  };
  for (const e of [...x.evidence, ...(x.yearless ?? [])]) checkQuotes(e);
  for (const [field, value] of outputValues(x)) {
    if (!x.evidence.some((e) => e.field === field && e.value === value)) problems.push(`${field} ${String(value)}: no evidence`);
  }
  // Every entry is for a value the extraction outputs, except further figures of the count (each kept with its stance).
  for (const e of x.evidence) {
    if (e.field !== "affectedCount" && !outputValues(x).some(([f, v]) => f === e.field && v === e.value)) problems.push(`${e.field} ${String(e.value)}: evidence for a value not output`);
    if (e.field === "affectedCount" && !e.unit) problems.push(`affectedCount ${String(e.value)}: no unit`);
  }
  return problems;
}

describe("evidence on every labelled article", () => {
  it("finds the labelled sets", () => {
    expect(sets.filter((d) => !d.startsWith(shared)).length).toBeGreaterThanOrEqual(8);
  });

  for (const dir of sets) {
    it(`${dir.replace(/^.*\/(?=[^/]+\/[^/]+$)/, "")}: every output value has evidence quoted verbatim at its offsets`, () => {
      const rows = extractSet(dir);
      let values = 0;
      const problems: string[] = [];
      for (const { file, x } of rows) {
        ExtractionSchema.parse(x);
        values += outputValues(x).length;
        for (const p of evidenceProblems(x)) problems.push(`${file}: ${p}`);
      }
      expect(problems).toEqual([]);
      expect(values).toBeGreaterThan(rows.length);
    });
  }

  it("the check itself fails on a missing entry, a wrong offset and a stray value", () => {
    const x = extractArticle({ url: null, title: "Linnet Air confirms data breach", published: "2025-06-02", outlet: null, body: "Linnet Air said names and email addresses of 20,000 customers were stolen. No passwords were taken." });
    expect(evidenceProblems(x)).toEqual([]);
    const missing = { ...x, evidence: x.evidence.filter((e) => e.field !== "notExposed") };
    expect(evidenceProblems(missing)).toContain("notExposed password: no evidence");
    const shifted = { ...x, evidence: x.evidence.map((e) => ({ ...e, quotes: e.quotes.map((q) => ({ ...q, start: q.start + 1, end: q.end + 1 })) })) };
    expect(evidenceProblems(shifted).some((p) => p.includes("is not the text there"))).toBe(true);
    const stray = { ...x, evidence: [...x.evidence, { ...x.evidence[0]!, field: "vendor", value: "Salesforce" }] };
    expect(evidenceProblems(stray)).toContain("vendor Salesforce: evidence for a value not output");
  });
});
