import { isBreachRadarError } from "../../domain/errors.js";
import { ownerKey } from "../../domain/tenancy.js";
import type { Handler } from "../bot.env.js";
import { incidentView } from "../views/incident.view.js";
import { messageView } from "../views/view.builder.js";

/** `add URL`: ingest one article now and explain what it changed. */
export const addHandler: Handler<"add"> = async (cmd, ctx, env) => {
  if (!env.ingestUrl) return messageView("Adding articles is not enabled here", undefined, "error");
  let result;
  try {
    result = await env.ingestUrl(cmd.url, { userSupplied: true, owner: ownerKey(ctx) });
  } catch (error) {
    env.logger.warn("add URL failed", { url: cmd.url, error });
    const why = isBreachRadarError(error) ? `${error.message} (${error.code})` : "the article could not be read";
    return messageView("Could not add that article", `I could not ingest ${cmd.url}: ${why}.`, "error");
  }
  if (!result.isBreachReport || !result.incidentId) {
    return messageView("Not a breach report", "I read the article but found no data-breach incident in it, so nothing was added.");
  }
  env.index.invalidate();
  const detail = await env.store.getIncident(result.incidentId);
  let summary = result.isNew
    ? `New incident ${result.incidentId} created.`
    : `Incident ${result.incidentId} updated${result.changes.length > 0 ? `: ${result.changes.join("; ")}` : " (nothing new)"}.`;
  if (!detail) return messageView("Article added", summary);
  if (detail.owner) summary += " It is visible only in this workspace until a configured news feed reports the same incident.";
  const view = incidentView(detail, env.advise(detail));
  return { ...view, subtitle: `${summary} ${view.subtitle ?? ""}`.trim(), fallbackText: `${summary}\n\n${view.fallbackText}` };
};
