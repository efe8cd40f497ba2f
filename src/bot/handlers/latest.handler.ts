import type { Handler } from "../bot.env.js";
import { finishView } from "../views/view.builder.js";
import { incidentItem, moreButton, pageContext, pageSize } from "../views/list.view.js";

/**
 * `latest [sector] [N] [page P]`: the most recently reported incidents (latest publication first, not
 * fetch time). N is capped at what one message of the platform can show (ctx.maxListItems); "Show more"
 * continues right after.
 */
export const latestHandler: Handler<"latest"> = async (cmd, ctx, env) => {
  const query = cmd.sector ? { sector: cmd.sector } : {};
  const size = pageSize(cmd.limit, ctx);
  const offset = (cmd.page - 1) * size;
  const [incidents, total] = await Promise.all([
    env.store.listIncidents({ ...query, limit: size, offset, order: "reported" }),
    env.store.countIncidents(query),
  ]);
  const hasMore = offset + incidents.length < total;
  const base = `latest${cmd.sector ? ` ${cmd.sector}` : ""} ${size}`;
  const capped = size < cmd.limit ? ` (${size} per message here)` : "";
  return finishView({
    kind: "list",
    title: `Latest ${cmd.sector ? `${cmd.sector} ` : ""}incidents`,
    sections: incidents.length > 0 ? [{ items: incidents.map(incidentItem) }] : [{ text: "No incidents recorded yet." }],
    actions: hasMore ? [moreButton(`${base} page ${cmd.page + 1}`)] : undefined,
    context: `${pageContext(cmd.page, size, incidents.length, total)}${incidents.length > 0 ? capped : ""}`,
    ephemeral: true,
  });
};
