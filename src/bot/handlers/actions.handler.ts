import { AUDIENCES, AUDIENCE_LABELS } from "../../domain/advice.js";
import type { ViewSection } from "../../domain/view.js";
import type { Handler } from "../bot.env.js";
import { incidentContext } from "../views/incident.view.js";
import { templateButtons, templateView } from "../views/template.view.js";
import { finishView } from "../views/view.builder.js";
import { resolveIncident } from "./incident.resolver.js";

/** `actions ID`: recommended actions grouped by audience, with priority and reason; `actions ID script|notice|staff [fr]`: a template. */
export const actionsHandler: Handler<"actions"> = async (cmd, _ctx, env) => {
  const found = await resolveIncident(cmd.ref, env, cmd.template ? `actions ${cmd.template} ${cmd.lang}` : "actions");
  if (!found.ok) return found.view;
  const d = found.detail;
  if (cmd.template) return templateView(d, cmd.template, cmd.lang, env.readerProfile);
  const advice = env.advise(d);
  const sections: ViewSection[] = [{ heading: `Severity: ${advice.severity}`, bullets: advice.severityReasons }];
  for (const audience of AUDIENCES) {
    const actions = advice.byAudience[audience] ?? [];
    if (actions.length === 0) continue;
    sections.push({ heading: AUDIENCE_LABELS[audience], bullets: actions.map((a) => `[${a.priority}] ${a.text} (why: ${a.reason})`) });
  }
  return finishView({
    kind: "actions",
    title: `Recommended actions: ${d.title}`,
    sections,
    actions: [
      { id: "sources", label: "Sources", command: `sources ${d.id}` },
      { id: "show", label: "Incident", command: `show ${d.id}` },
      ...templateButtons(d.id),
    ],
    context: incidentContext(d),
    incidentId: d.id,
    ephemeral: true,
  });
};
