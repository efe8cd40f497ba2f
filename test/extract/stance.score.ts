/**
 * Stance accuracy of `breach-radar extract --json` on a labelled set whose breach reports carry `stance` labels:
 *   "stance": { "affected_count": S, "vendor": S, "actors": { "<canonical name>": S } },  S = confirmed | reported | claimed
 *
 *   node bin/run-ts.js test/extract/stance.score.ts SETDIR [--errors]
 *
 * For each labelled value the extractor also output (the labelled count within 1%, the vendor, each actor), the stance
 * of its evidence entry is compared with the label. Prints, per field, accuracy over the values found (the stance figure)
 * and how many labelled values were not output at all (an extraction miss, scored by ../shared/eval/score.mjs).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { canonicalActorName } from "../../src/extract/index.js";

interface EvidenceEntry { value: unknown; stance: string }
interface Output { file: string; is_breach_report: boolean; evidence?: Record<string, EvidenceEntry[] | unknown> }
interface Label { file: string; is_breach_report: boolean; affected_count: number | null; vendor: string | null; actors: string[]; stance?: { affected_count?: string; vendor?: string; actors?: Record<string, string> } }

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  process.stderr.write("usage: node bin/run-ts.js test/extract/stance.score.ts SETDIR [--errors]\n");
  process.exit(2);
}
const showErrors = args.includes("--errors");
const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Label[];
const labelled = labels.filter((l) => l.is_breach_report && l.stance);
if (!labelled.length) {
  process.stderr.write(`${dir}: no breach report carries a "stance" label\n`);
  process.exit(2);
}
const cli = resolve(import.meta.dirname, "../../bin/breach-radar.js");
const run = spawnSync(process.execPath, [cli, "extract", "--json", ...labels.map((l) => join(dir, l.file))], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
if (run.status !== 0) {
  process.stderr.write(`extract failed (exit ${run.status}):\n${run.stderr.slice(-3000)}\n`);
  process.exit(2);
}
const outputs = new Map((JSON.parse(run.stdout) as Output[]).map((o) => [resolve(o.file), o]));
const entries = (o: Output | undefined, field: string): EvidenceEntry[] => (Array.isArray(o?.evidence?.[field]) ? (o!.evidence![field] as EvidenceEntry[]) : []);
const normName = (s: unknown) => String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
const actorKey = (s: unknown) => normName(canonicalActorName(String(s)));

type Tally = { right: number; wrong: number; missing: number };
const tally: Record<string, Tally> = { affected_count: { right: 0, wrong: 0, missing: 0 }, vendor: { right: 0, wrong: 0, missing: 0 }, actors: { right: 0, wrong: 0, missing: 0 } };
const errors: string[] = [];
const score = (field: string, file: string, what: string, want: string, got: string | null) => {
  const t = tally[field]!;
  if (got === null) (t.missing++, errors.push(`${file} ${field} ${what}: want ${want}, value not output`));
  else if (got === want) t.right++;
  else (t.wrong++, errors.push(`${file} ${field} ${what}: want ${want}, got ${got}`));
};

for (const l of labelled) {
  const o = outputs.get(resolve(join(dir, l.file)));
  const s = l.stance!;
  if (s.affected_count && l.affected_count !== null) {
    const gold = l.affected_count;
    // The entry of exactly the labelled figure, else the nearest within 1% ("nearly 300,000" beside "299,006").
    const near = entries(o, "affected_count").filter((e) => typeof e.value === "number" && Math.abs(e.value - gold) <= gold * 0.01);
    const hit = near.sort((a, b) => Math.abs((a.value as number) - gold) - Math.abs((b.value as number) - gold))[0];
    score("affected_count", l.file, String(gold), s.affected_count, hit?.stance ?? null);
  }
  if (s.vendor && l.vendor) {
    const hit = entries(o, "vendor").find((e) => normName(e.value) === normName(l.vendor));
    score("vendor", l.file, l.vendor, s.vendor, hit?.stance ?? null);
  }
  for (const [name, want] of Object.entries(s.actors ?? {})) {
    const hit = entries(o, "actors").find((e) => actorKey(e.value) === actorKey(name));
    score("actors", l.file, name, want, hit?.stance ?? null);
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
process.stdout.write(`set: ${resolve(dir)}  breach reports with stance labels: ${labelled.length}\n`);
process.stdout.write("field            accuracy (of values found)   right/found   not output\n");
let right = 0;
let found = 0;
for (const [field, t] of Object.entries(tally)) {
  const n = t.right + t.wrong;
  right += t.right;
  found += n;
  process.stdout.write(`${field.padEnd(16)} ${n ? pct(t.right / n) : "    -"}                        ${String(t.right).padStart(3)}/${String(n).padEnd(3)}        ${t.missing}\n`);
}
if (showErrors && errors.length) process.stdout.write(`\nerrors:\n  ${errors.join("\n  ")}\n`);
process.stdout.write(`stance: ${found ? (right / found).toFixed(3) : "n/a"} (${right}/${found} values found; ${Object.values(tally).reduce((n, t) => n + t.missing, 0)} labelled values not output)\n`);
