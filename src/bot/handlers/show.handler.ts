import { vendorFlagFor } from "../../advise/profile.match.js";
import type { Handler } from "../bot.env.js";
import { incidentView } from "../views/incident.view.js";
import { resolveIncident } from "./incident.resolver.js";

/** `show ID|NAME`: the incident card, flagged when it touches a vendor in the workspace's stack. */
export const showHandler: Handler<"show"> = async (cmd, _ctx, env) => {
  const found = await resolveIncident(cmd.ref, env, "show");
  return found.ok ? incidentView(found.detail, env.advise(found.detail), { flag: vendorFlagFor(found.detail, env.readerProfile) }) : found.view;
};
