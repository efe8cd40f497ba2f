import { z } from "zod";
import { loadConfig } from "../config.js";
import { SECTORS, SEVERITIES, type Incident, type IncidentDetail } from "../domain/incident.js";
import { createLogger } from "../logger.js";
import type { IncidentQuery, Store } from "../store/store.port.js";
import { parseArgs, USAGE_ERROR, type ParsedArgs } from "./cli.args.js";
import { CLI_SPECS } from "./cli.specs.js";
import { LOAD_DATA_HINT, withExistingStore } from "./cli.store.js";
import type { CliCommand, CliIO } from "./command.js";
import { clean } from "./poll.progress.js";

const USAGE = `Usage: breach-radar ${CLI_SPECS.incidents.usage}`;
const MAX_LIMIT = 1000;

/** `incidents list` options, checked at the edge. */
const LIMIT_TEXT = `must be a whole number from 1 to ${MAX_LIMIT}`;
const ListOptions = z.object({
  sector: z.enum(SECTORS, { error: `must be one of ${SECTORS.join(", ")}` }).optional(),
  severity: z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(", ")}` }).optional(),
  limit: z.string().regex(/^\d+$/, LIMIT_TEXT).transform(Number).pipe(z.number().min(1, LIMIT_TEXT).max(MAX_LIMIT, LIMIT_TEXT)).default(20),
});

const day = (d: Date) => d.toISOString().slice(0, 10);

function listLine(i: Incident): string {
  return clean(`${i.id.padEnd(28)} ${i.severity.padEnd(8)} ${i.sector.padEnd(7)} ${day(i.updatedAt)}  ${i.title}`);
}

function showText(i: IncidentDetail): string {
  const rows: [string, unknown][] = [
    ["id", i.id], ["sector", i.sector], ["severity", i.severity], ["status", i.status], ["victims", i.victims.join(", ")],
    ["vendor", i.vendor], ["vector", i.vector], ["exposed", i.exposed.join(", ")], ["not exposed", i.notExposed.join(", ")],
    ["affected", i.affectedCount?.toLocaleString("en-US")], ["actors", i.actors.map((a) => `${a.name} (${a.role})`).join(", ")],
    ["detected", i.detectedAt], ["disclosed", i.disclosedAt], ["regulators", i.regulators.join(", ")], ["campaign", i.campaign?.name],
    ["first seen", i.firstSeenAt.toISOString()], ["updated", i.updatedAt.toISOString()],
  ];
  const lines = [i.title, ...rows.filter(([, v]) => v !== null && v !== undefined && v !== "").map(([k, v]) => `  ${k.padEnd(12)} ${String(v)}`)];
  lines.push(`  sources (${i.sources.length}):`, ...i.sources.map((s) => `    ${s.outlet ?? "unknown outlet"}: ${s.url}`));
  return clean(lines.join("\n"));
}

async function list(store: Store, opts: ParsedArgs["options"], io: CliIO): Promise<number> {
  const parsed = ListOptions.safeParse({ sector: opts.sector, severity: opts.severity, limit: opts.limit });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    io.err(`--${String(issue?.path[0] ?? "option")} ${issue?.message ?? "is not valid"}\n${USAGE}`);
    return USAGE_ERROR;
  }
  const query: IncidentQuery = { sector: parsed.data.sector, minSeverity: parsed.data.severity, limit: parsed.data.limit };
  const incidents = await store.listIncidents(query);
  if (opts.json) io.out(JSON.stringify(incidents, null, 1));
  else if (incidents.length === 0) io.out((await store.countIncidents()) === 0 ? `No incidents yet. ${LOAD_DATA_HINT}` : "No incident matches.");
  else io.out(incidents.map(listLine).join("\n"));
  return 0;
}

async function show(store: Store, id: string, json: boolean, io: CliIO): Promise<number> {
  const incident = await store.getIncident(id);
  if (!incident) {
    io.err(clean(`No incident with id "${id.slice(0, 100)}"; \`breach-radar incidents list\` shows the ids.`));
    return 1;
  }
  io.out(json ? JSON.stringify(incident, null, 1) : showText(incident));
  return 0;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(CLI_SPECS.incidents, args);
  if ("error" in parsed) {
    io.err(`${parsed.error}\n${USAGE}`);
    return USAGE_ERROR;
  }
  const [action = "list", id, extra] = parsed.positionals;
  const showOnlyMisuse = action === "show" && (parsed.options.sector || parsed.options.severity || parsed.options.limit);
  if (extra !== undefined || (action === "show" && !id) || (action === "list" && id) || (action !== "list" && action !== "show") || showOnlyMisuse) {
    io.err(`${action !== "list" && action !== "show" ? `Unknown action: ${clean(action.slice(0, 60))}` : "Wrong arguments"}\n${USAGE}`);
    return USAGE_ERROR;
  }
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
  return withExistingStore(config, logger, (store) => (action === "list" ? list(store, parsed.options, io) : show(store, id!, parsed.options.json === true, io)));
}

export const command: CliCommand = { name: "incidents", run };
