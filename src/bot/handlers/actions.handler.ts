import { AUDIENCE_LABELS } from "../../domain/advice.js";
import { actionSections } from "../views/actions.view.js";
import type { Handler } from "../bot.env.js";
import { incidentContext } from "../views/incident.view.js";
import { templateButtons, templateView } from "../views/template.view.js";
import { finishView } from "../views/view.builder.js";
import { resolveIncident } from "./incident.resolver.js";

/** `actions ID [for AUDIENCE]`: recommended actions grouped by audience, with priority, lens, reason, ATT&CK ids, window and advisories; `actions ID script|notice|staff [fr]`: a template. */
export const actionsHandler: Handler<"actions"> = async (cmd, _ctx, env) => {
  const found = await resolveIncident(cmd.ref, env, cmd.template ? `actions ${cmd.template} ${cmd.lang}` : "actions");
  if (!found.ok) return found.view;
  const d = found.detail;
  if (cmd.template) return templateView(d, cmd.template, cmd.lang, env.readerProfile);
  // The clock lets notification reminders say how many hours are left.
  const advice = env.advise(d, { now: env.clock.now() });
  const sections = actionSections(advice, { audience: cmd.audience, hasProfile: Boolean(env.readerProfile) });
  return finishView({
    kind: "actions",
    title: `Recommended actions${cmd.audience ? ` for ${AUDIENCE_LABELS[cmd.audience].toLowerCase()}` : ""}: ${d.title}`,
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
