import { z } from "zod";
import { SECTORS } from "../domain/incident.js";
import { EXPORT_FORMATS } from "../export/index.js";

export const EXPORT_USAGE = "export --format stix|json|csv [--since DATE|Nd] [--sector airline|retail|other] [--incident ID]... [--out FILE]";

/** `--since` accepts an ISO date or timestamp, or a relative window ("7d", "24h"). */
function parseSince(text: string, now: Date): Date | null {
  const rel = /^(\d{1,5})([dh])$/.exec(text);
  if (rel) return new Date(now.getTime() - Number(rel[1]) * (rel[2] === "d" ? 86_400_000 : 3_600_000));
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return null;
  const d = new Date(/T| /.test(text) ? text : `${text}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const ArgsSchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: "--format must be stix, json or csv" }),
  since: z.date().optional(),
  sector: z.enum(SECTORS, { error: "--sector must be airline, retail or other" }).optional(),
  incidents: z.array(z.string().min(1)).optional(),
  out: z.string().min(1).optional(),
});
export type ExportArgs = z.infer<typeof ArgsSchema>;

export type ParsedExportArgs = { kind: "ok"; args: ExportArgs } | { kind: "error"; message: string };

/** Parses the command line at the edge; every mistake becomes a message naming the option. */
export function parseExportArgs(argv: string[], now: Date): ParsedExportArgs {
  const raw: Record<string, unknown> = {};
  const incidents: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = inline ?? argv[k + 1];
    if (!["--format", "--since", "--sector", "--incident", "--out"].includes(flag)) return { kind: "error", message: `Unknown option: ${arg}` };
    if (value === undefined || value.startsWith("--")) return { kind: "error", message: `${flag} needs a value` };
    if (inline === undefined) k++;
    if (flag === "--incident") incidents.push(value);
    else if (flag === "--since") {
      const since = parseSince(value, now);
      if (!since) return { kind: "error", message: `--since must be a date (2025-07-01), a timestamp, or a window such as 7d or 24h; got "${value}"` };
      raw.since = since;
    } else raw[flag.slice(2)] = value;
  }
  if (incidents.length > 0) raw.incidents = incidents;
  if (raw.format === undefined) return { kind: "error", message: "--format is required (stix, json or csv)" };
  const parsed = ArgsSchema.safeParse(raw);
  if (!parsed.success) return { kind: "error", message: parsed.error.issues.map((i) => i.message).join("; ") };
  return { kind: "ok", args: parsed.data };
}
