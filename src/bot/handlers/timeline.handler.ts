import type { Change, IncidentDetail, Source } from "../../domain/incident.js";
import type { Handler } from "../bot.env.js";
import { sourceLinks } from "../views/evidence.js";
import { attributionOf } from "../views/fact.words.js";
import { formatDate, outletOf } from "../views/format.js";
import { incidentContext } from "../views/incident.view.js";
import { finishView } from "../views/view.builder.js";
import { resolveIncident } from "./incident.resolver.js";

interface Entry { date: string | null; line: string }

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Event time of a source: its publication date, else the date its changes were reported at. */
function sourceDate(s: Source, changes: Change[]): string | null {
  if (s.publishedAt) return formatDate(s.publishedAt);
  const reported = changes.find((c) => c.reportedAt)?.reportedAt;
  return reported ? formatDate(reported) : null;
}

/** One line per article: when it was published, which article (title and link), and what it changed, in sentences. */
function articleEntries(d: IncidentDetail): Entry[] {
  return d.sources.map((s) => {
    const changes = d.changes.filter((c) => c.sourceId === s.id);
    const said = changes.filter((c) => c.kind !== "new_source").map((c) => sentence(c.text));
    const article = `${outletOf(s)}${s.title ? `, "${s.title}"` : ""} (${s.url})`;
    const what = said.length > 0 ? said.join(" ") : "Repeated facts already recorded.";
    return { date: sourceDate(s, changes), line: `${article}: ${what}` };
  });
}

/** The incident's own dates as events, worded by their stance. */
function incidentDates(d: IncidentDetail): Entry[] {
  const out: Entry[] = [];
  if (d.detectedAt) out.push({ date: d.detectedAt, line: `The incident was detected (${attributionOf(d, "detected", d.detectedAt)}).` });
  if (d.disclosedAt) out.push({ date: d.disclosedAt, line: `The incident was disclosed (${attributionOf(d, "disclosed", d.disclosedAt)}).` });
  return out;
}

/** Event-time order: dated entries oldest first, then undated ones. */
export function timelineLines(d: IncidentDetail): string[] {
  const entries = [...incidentDates(d), ...articleEntries(d)];
  const dated = entries.filter((e) => e.date).sort((a, b) => a.date!.localeCompare(b.date!));
  return [...dated, ...entries.filter((e) => !e.date)].map((e) => `${e.date ?? "date unknown"} — ${e.line}`);
}

/** `timeline ID`: what each article reported, in publication order, with the incident's own dates. */
export const timelineHandler: Handler<"timeline"> = async (cmd, _ctx, env) => {
  const found = await resolveIncident(cmd.ref, env, "timeline");
  if (!found.ok) return found.view;
  const d = found.detail;
  const lines = timelineLines(d);
  return finishView({
    kind: "timeline",
    title: `Timeline: ${d.title}`,
    subtitle: "Dates are when the sources were published and the incident's own dates, not when Breach Radar read them.",
    sections: [
      lines.length > 0 ? { bullets: lines } : { text: "Nothing recorded yet." },
      { heading: "Sources", links: sourceLinks(d.sources) },
    ],
    actions: [{ id: "show", label: "Incident", command: `show ${d.id}` }, { id: "evidence", label: "Why?", command: `evidence ${d.id}` }],
    context: incidentContext(d),
    incidentId: d.id,
    ephemeral: true,
  });
};
