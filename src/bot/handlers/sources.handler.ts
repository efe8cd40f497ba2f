import type { Handler } from "../bot.env.js";
import { sourceLinks } from "../views/evidence.js";
import { incidentContext } from "../views/incident.view.js";
import { finishView } from "../views/view.builder.js";
import { resolveIncident } from "./incident.resolver.js";

/** `sources ID`: every article that reported on the incident, with outlet and date. */
export const sourcesHandler: Handler<"sources"> = async (cmd, _ctx, env) => {
  const found = await resolveIncident(cmd.ref, env, "sources");
  if (!found.ok) return found.view;
  const d = found.detail;
  const sorted = [...d.sources].sort((a, b) => (a.publishedAt?.getTime() ?? 0) - (b.publishedAt?.getTime() ?? 0));
  return finishView({
    kind: "sources",
    title: `Sources: ${d.title}`,
    sections: sorted.length > 0 ? [{ links: sourceLinks(sorted) }] : [{ text: "No sources recorded." }],
    actions: [
      { id: "show", label: "Incident", command: `show ${d.id}` },
      { id: "timeline", label: "Timeline", command: `timeline ${d.id}` },
    ],
    context: incidentContext(d),
    incidentId: d.id,
    ephemeral: true,
  });
};
