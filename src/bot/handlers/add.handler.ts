import { vendorFlagFor } from "../../advise/profile.match.js";
import type { ChatContext } from "../../domain/chat.js";
import { isBreachRadarError } from "../../domain/errors.js";
import { ownerKey } from "../../domain/tenancy.js";
import type { View } from "../../domain/view.js";
import type { BotEnv, Handler } from "../bot.env.js";
import { incidentView } from "../views/incident.view.js";
import { messageView } from "../views/view.builder.js";

/** Reads the article (in the page pool), merges it, and describes what changed. */
async function addArticle(url: string, ctx: ChatContext, env: BotEnv, ingestUrl: NonNullable<BotEnv["ingestUrl"]>): Promise<View> {
  let result;
  try {
    result = await ingestUrl(url, { userSupplied: true, owner: ownerKey(ctx) });
  } catch (error) {
    env.logger.warn("add URL failed", { url, error });
    const why = isBreachRadarError(error) ? `${error.message} (${error.code})` : "the article could not be read";
    return messageView("Could not add that article", `I could not ingest ${url}: ${why}.`, "error");
  }
  if (!result.isBreachReport || !result.incidentId) {
    return messageView("Not a breach report", `I read ${url} but found no data-breach incident in it, so nothing was added.`);
  }
  env.index.invalidate();
  const detail = await env.store.getIncident(result.incidentId);
  let summary = result.isNew
    ? `New incident ${result.incidentId} created.`
    : `Incident ${result.incidentId} updated${result.changes.length > 0 ? `: ${result.changes.join("; ")}` : " (nothing new)"}.`;
  if (!detail) return messageView("Article added", summary);
  if (detail.owner) summary += " It is visible only in this workspace until a configured news feed reports the same incident.";
  const view = incidentView(detail, env.advise(detail), { flag: vendorFlagFor(detail, env.readerProfile) });
  return { ...view, subtitle: `${summary} ${view.subtitle ?? ""}`.trim(), fallbackText: `${summary}\n\n${view.fallbackText}` };
}

/**
 * `add URL`: ingest one article and explain what it changed. Reading a page takes seconds, so
 * with a FollowUp the answer is "Reading the article…" at once and the result follows.
 */
export const addHandler: Handler<"add"> = async (cmd, ctx, env) => {
  const ingestUrl = env.ingestUrl;
  if (!ingestUrl) return messageView("Adding articles is not enabled here", undefined, "error");
  if (!env.followUp) return addArticle(cmd.url, ctx, env, ingestUrl);
  env.later("add", () => addArticle(cmd.url, ctx, env, ingestUrl), env.followUp);
  return messageView("Reading the article…", `I am reading ${cmd.url} and will post what I find here in a moment.`);
};
