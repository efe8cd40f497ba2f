import type { Handler } from "../bot.env.js";
import { finishView } from "../views/view.builder.js";
import { incidentItem, moreButton, pageContext } from "../views/list.view.js";

/** `latest [sector] [N] [page P]`: the most recently reported incidents (latest publication first, not fetch time). */
export const latestHandler: Handler<"latest"> = async (cmd, _ctx, env) => {
  const query = cmd.sector ? { sector: cmd.sector } : {};
  const offset = (cmd.page - 1) * cmd.limit;
  const [incidents, total] = await Promise.all([
    env.store.listIncidents({ ...query, limit: cmd.limit, offset, order: "reported" }),
    env.store.countIncidents(query),
  ]);
  const hasMore = offset + incidents.length < total;
  const base = `latest${cmd.sector ? ` ${cmd.sector}` : ""} ${cmd.limit}`;
  return finishView({
    kind: "list",
    title: `Latest ${cmd.sector ? `${cmd.sector} ` : ""}incidents`,
    sections: incidents.length > 0 ? [{ items: incidents.map(incidentItem) }] : [{ text: "No incidents recorded yet." }],
    actions: hasMore ? [moreButton(`${base} page ${cmd.page + 1}`)] : undefined,
    context: pageContext(cmd.page, cmd.limit, incidents.length, total),
    ephemeral: true,
  });
};
