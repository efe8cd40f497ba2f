import { commandRef } from "../../domain/command-ref.js";
import type { Campaign } from "../../domain/incident.js";
import type { View, ViewItem } from "../../domain/view.js";
import type { BotEnv, Handler } from "../bot.env.js";
import { closest } from "../text/edit-distance.js";
import { normalize } from "../text/normalize.js";
import { vectorLabel } from "../views/incident.view.js";
import { formatDate, plural } from "../views/format.js";
import { moreButton, pageContext, pageSize, rowItem } from "../views/list.view.js";
import { finishView, messageView } from "../views/view.builder.js";

const PAGE = 10;

function describe(c: Campaign): string {
  const bits = [plural(c.incidentIds.length, "incident")];
  if (c.vendor) bits.push(`vendor ${c.vendor}`);
  if (c.actor) bits.push(`actor ${c.actor}`);
  if (c.vector) bits.push(vectorLabel(c.vector));
  if (c.since) bits.push(`since ${c.since}`);
  return bits.join(" · ");
}

async function findCampaign(name: string, env: BotEnv): Promise<Campaign | null> {
  const exact = await env.store.getCampaign(name);
  if (exact) return exact;
  const all = await env.store.listCampaigns();
  const wanted = normalize(name);
  const partial = all.find((c) => normalize(c.name).includes(wanted));
  if (partial) return partial;
  const guess = closest(wanted, all.map((c) => normalize(c.name)));
  return all.find((c) => normalize(c.name) === guess) ?? null;
}

async function listAll(env: BotEnv): Promise<View> {
  const all = await env.store.listCampaigns();
  const items: ViewItem[] = all.map((c) => ({
    title: c.name, text: describe(c), actions: [{ id: "show", label: "Incidents", command: `campaign ${c.name}` }],
  }));
  return finishView({
    kind: "list", title: "Campaigns",
    sections: items.length > 0 ? [{ items }] : [{ text: "No campaigns detected yet." }],
    context: plural(all.length, "campaign"), ephemeral: true,
  });
}

/** `campaign [NAME]`: all campaigns, or one campaign with its incidents. */
export const campaignHandler: Handler<"campaign"> = async (cmd, ctx, env) => {
  if (!cmd.name) return listAll(env);
  const campaign = await findCampaign(cmd.name, env);
  if (!campaign) return messageView(`No campaign matches "${cmd.name}"`, `Type ${commandRef("campaign")} to list them.`, "error");
  const index = await env.index.get();
  const rows = campaign.incidentIds.map((id) => index.row(id)).filter((r) => r !== undefined)
    .sort((a, b) => (b.reportedAt ?? b.updatedAt).getTime() - (a.reportedAt ?? a.updatedAt).getTime());
  const size = pageSize(PAGE, ctx);
  const start = (cmd.page - 1) * size;
  const page = rows.slice(start, start + size);
  return finishView({
    kind: "list",
    title: `Campaign: ${campaign.name}`,
    subtitle: describe(campaign),
    sections: [{ items: page.map((r) => rowItem(r)) }],
    actions: start + page.length < rows.length ? [moreButton(`campaign ${campaign.name} page ${cmd.page + 1}`)] : undefined,
    context: pageContext(cmd.page, size, page.length, rows.length),
    ephemeral: true,
  });
};
