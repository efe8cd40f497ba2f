import type { IncidentResource } from "./incident.resource.js";

/** CSV columns: one row per incident; list cells join their items with "; ". */
const COLUMNS: [string, (r: IncidentResource) => string][] = [
  ["id", (r) => r.id],
  ["title", (r) => r.title],
  ["victims", (r) => r.victims.map((v) => v.name).join("; ")],
  ["victim_group", (r) => r.victim_group ?? ""],
  ["sector", (r) => r.sector],
  ["severity", (r) => r.severity],
  ["status", (r) => r.status],
  ["vendor", (r) => (r.vendor ? `${r.vendor.name} (${r.vendor.stance})` : "")],
  ["vector", (r) => (r.vector ? `${r.vector.value} (${r.vector.stance})` : "")],
  ["exposed", (r) => r.exposed.map((c) => `${c.class} (${c.stance})`).join("; ")],
  ["not_exposed", (r) => r.not_exposed.map((c) => c.class).join("; ")],
  ["counts", (r) => r.counts.map((c) => `${c.value} ${c.unit} (${c.stance})`).join("; ")],
  ["actors", (r) => r.actors.map((a) => `${a.name} (${a.stance})`).join("; ")],
  ["detected", (r) => r.detected ?? ""],
  ["disclosed", (r) => r.disclosed ?? ""],
  ["regulators", (r) => r.regulators.map((g) => g.name).join("; ")],
  ["campaign", (r) => r.campaign?.name ?? ""],
  ["first_seen", (r) => r.first_seen],
  ["updated", (r) => r.updated],
  ["sources", (r) => r.sources.map((s) => s.url).join(" ")],
  ["stix_id", (r) => r.stix_id],
];

/**
 * One CSV cell (RFC 4180 quoting). Text from articles is untrusted: a cell that a spreadsheet would
 * read as a formula (=, +, -, @, tab, CR) gets a leading apostrophe, and control characters are dropped.
 */
export function csvCell(value: string): string {
  let text = value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const toCsvHeader = (): string => COLUMNS.map(([name]) => name).join(",") + "\r\n";
export const toCsvRow = (r: IncidentResource): string => COLUMNS.map(([, get]) => csvCell(get(r))).join(",") + "\r\n";
