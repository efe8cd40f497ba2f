import { readFile, stat } from "node:fs/promises";
import type { Article, Extraction } from "../domain/incident.js";
import { clusterIncidents, completeYear, emptyExtraction, extractArticle, incidentTitle, parseArticleFile } from "../extract/index.js";
import { evidenceJson } from "./evidence.json.js";
import { parseArgs, USAGE_ERROR } from "./cli.args.js";
import { CLI_SPECS } from "./cli.specs.js";
import type { CliCommand, CliIO } from "./command.js";

const MAX_BYTES = 5 * 1024 * 1024;
const MIN_TEXT = 40;

interface FileResult {
  file: string;
  article: Article | null;
  extraction: Extraction;
  error: string | null;
  /** The file could not be read at all (missing, not a file, no permission): the exit status is 1. */
  unreadable: boolean;
}

type Loaded = { article: Article } | { error: string; unreadable: boolean };

/** Reads and checks one file; expected failures come back as an error string, never a throw. */
async function loadArticle(file: string): Promise<Loaded> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { error: "not a regular file", unreadable: true };
    if (info.size === 0) return { error: "empty file", unreadable: false };
    if (info.size > MAX_BYTES) return { error: `file too large (${info.size} bytes, limit ${MAX_BYTES})`, unreadable: false };
    const buf = await readFile(file);
    const sample = buf.subarray(0, 8192);
    const nul = sample.filter((b) => b === 0).length;
    const ctrl = sample.filter((b) => b < 9 || (b > 13 && b < 32)).length;
    if (nul > 0 || ctrl > sample.length * 0.1) return { error: "binary file, not text", unreadable: false };
    const article = parseArticleFile(buf.toString("utf8"), file);
    if (article.body.replace(/\s+/g, " ").trim().length < MIN_TEXT) return { error: "no article text found", unreadable: false };
    return { article };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: code === "ENOENT" ? "file not found" : `cannot read file: ${(e as Error).message}`, unreadable: true };
  }
}

function toJson(r: FileResult, key: string | null) {
  const x = r.extraction;
  return {
    file: r.file, is_breach_report: x.isBreachReport, incident: key, victims: x.victims, victim_group: x.victimGroup, sector: x.sector,
    third_party: x.thirdParty, vendor: x.vendor, exposed: x.exposed, not_exposed: x.notExposed, affected_count: x.affectedCount,
    actors: x.actors.map((a) => a.name), detected: x.detected, regulators: x.regulators, vector: x.vector, disclosed: x.disclosed,
    actor_roles: Object.fromEntries(x.actors.map((a) => [a.name, a.role])), language: x.language, ...(r.error ? { error: r.error } : {}),
    evidence: evidenceJson(x),
  };
}

function summary(r: FileResult, key: string | null): string {
  const x = r.extraction;
  if (r.error) return `${r.file}: error: ${r.error}`;
  if (!x.isBreachReport) return `${r.file}: not a breach report`;
  const lines = [`${r.file}: ${incidentTitle(x)}  [${key ?? "-"}]`];
  const stance = (field: string, value: unknown) => x.evidence.find((e) => e.field === field && e.value === value)?.stance;
  const add = (label: string, v: unknown) => v !== null && v !== undefined && !(Array.isArray(v) && !v.length) && lines.push(`  ${label.padEnd(12)} ${Array.isArray(v) ? v.join(", ") : String(v)}`);
  add("sector", x.sector);
  add("third party", x.thirdParty);
  add("vendor", x.vendor && `${x.vendor} (${stance("vendor", x.vendor) ?? "?"})`);
  add("vector", x.vector);
  add("exposed", x.exposed);
  add("not exposed", x.notExposed);
  const counts = x.evidence.filter((e) => e.field === "affectedCount");
  const countText = (e: (typeof counts)[number]) => `${Number(e.value).toLocaleString("en-US")}${e.unit && e.unit !== "unknown" ? ` ${e.unit}` : ""} (${e.stance})`;
  const main = counts.find((e) => e.value === x.affectedCount);
  const others = counts.filter((e) => e !== main).map(countText);
  add("affected", main ? `${countText(main)}${others.length ? `; also ${others.join(", ")}` : ""}` : x.affectedCount?.toLocaleString("en-US"));
  add("actors", x.actors.map((a) => `${a.name} (${stance("actors", a.name) ?? a.role})`));
  add("detected", x.detected);
  add("regulators", x.regulators);
  return lines.join("\n");
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(CLI_SPECS.extract, args);
  if ("error" in parsed || parsed.positionals.length === 0) {
    io.err(`${"error" in parsed ? parsed.error : "Give at least one FILE"}\nUsage: breach-radar ${CLI_SPECS.extract.usage}`);
    return USAGE_ERROR;
  }
  const json = parsed.options.json === true;
  const files = parsed.positionals;
  const results: FileResult[] = [];
  for (const file of files) {
    const loaded = await loadArticle(file);
    if ("error" in loaded) {
      results.push({ file, article: null, extraction: emptyExtraction(), error: loaded.error, unreadable: loaded.unreadable });
      continue;
    }
    try {
      results.push({ file, article: loaded.article, extraction: extractArticle(loaded.article), error: null, unreadable: false });
    } catch (e) {
      results.push({ file, article: loaded.article, extraction: emptyExtraction(), error: `extraction failed: ${(e as Error).message}`, unreadable: false });
    }
  }
  const { keys, years } = clusterIncidents(results.map((r) => r.extraction), results.map((r) => r.article ?? { url: null, title: null, published: null, outlet: null, body: "" }));
  // An undated article's day+month dates take the year of the dated reports of the same incident.
  for (const [i, r] of results.entries()) r.extraction = completeYear(r.extraction, years[i] ?? null);
  if (json) io.out(JSON.stringify(results.map((r, i) => toJson(r, keys[i] ?? null)), null, 1));
  else io.out(results.map((r, i) => summary(r, keys[i] ?? null)).join("\n\n"));
  const unreadable = results.filter((r) => r.unreadable);
  for (const r of unreadable) io.err(`breach-radar extract: ${r.file}: ${r.error}`);
  return unreadable.length > 0 ? 1 : 0;
}

export const command: CliCommand = { name: "extract", run };
