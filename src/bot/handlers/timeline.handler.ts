import type { IncidentDetail, Source } from "../../domain/incident.js";
import type { Handler } from "../bot.env.js";
import { sourceLinks } from "../views/evidence.js";
import { formatDate, formatValue, outletOf } from "../views/format.js";
import { incidentContext } from "../views/incident.view.js";
import { finishView } from "../views/view.builder.js";
import { resolveIncident } from "./incident.resolver.js";

interface Entry { at: Date; line: string }

function timelineEntries(d: IncidentDetail): Entry[] {
  const byId = new Map<string, Source>(d.sources.map((s) => [s.id, s]));
  const from = (id: string | null): string => {
    const s = id ? byId.get(id) : undefined;
    return s ? ` — ${outletOf(s)}` : "";
  };
  const entries: Entry[] = [
    ...d.changes.map((c) => ({ at: c.at, line: `${formatDate(c.at)} · ${c.text}${from(c.sourceId)}` })),
    ...d.facts.map((f) => ({
      at: f.seenAt,
      line: `${formatDate(f.seenAt)} · ${f.field}: ${formatValue(f.value)}${f.current ? "" : " (superseded)"}${from(f.sourceId)}`,
    })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** `timeline ID`: facts and changes in time order, each with the source that reported it. */
export const timelineHandler: Handler<"timeline"> = async (cmd, _ctx, env) => {
  const found = await resolveIncident(cmd.ref, env, "timeline");
  if (!found.ok) return found.view;
  const d = found.detail;
  const entries = timelineEntries(d);
  return finishView({
    kind: "timeline",
    title: `Timeline: ${d.title}`,
    sections: [
      entries.length > 0 ? { bullets: entries.map((e) => e.line) } : { text: "Nothing recorded yet." },
      { heading: "Sources", links: sourceLinks(d.sources) },
    ],
    actions: [{ id: "show", label: "Incident", command: `show ${d.id}` }],
    context: incidentContext(d),
    incidentId: d.id,
    ephemeral: true,
  });
};
