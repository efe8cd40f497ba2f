import type { Incident } from "../../domain/incident.js";
import type { ViewAction } from "../../domain/view.js";

/** The "Why?" button: quotes the sentences behind each fact (`evidence ID`). */
export const whyButton = (incidentId: string): ViewAction => ({ id: "evidence", label: "Why?", command: `evidence ${incidentId}` });

/** The buttons under an incident: actions, why, sources, timeline, subscribe, watch vendor, post. */
export function incidentButtons(incident: Pick<Incident, "id" | "vendor">): ViewAction[] {
  const buttons: ViewAction[] = [
    { id: "actions", label: "Recommended actions", command: `actions ${incident.id}`, style: "primary" },
    whyButton(incident.id),
    { id: "sources", label: "Sources", command: `sources ${incident.id}` },
    { id: "timeline", label: "Timeline", command: `timeline ${incident.id}` },
    { id: "subscribe", label: "Subscribe this channel", command: "subscribe" },
  ];
  if (incident.vendor) buttons.push({ id: "watch", label: `Watch ${incident.vendor}`, command: `watch ${incident.vendor}` });
  buttons.push({ id: "post", label: "Post to channel", command: `show ${incident.id}` });
  return buttons;
}
