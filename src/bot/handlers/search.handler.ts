import type { Handler } from "../bot.env.js";
import { finishView } from "../views/view.builder.js";
import { moreButton, pageContext, pageSize, rowItem } from "../views/list.view.js";

export const SEARCH_PAGE_SIZE = 10;

/** `search TEXT [page P]`: fuzzy search over victims, groups, vendors, actors (with aliases) and campaigns. */
export const searchHandler: Handler<"search"> = async (cmd, ctx, env) => {
  const index = await env.index.get();
  const hits = index.search(cmd.text);
  const size = pageSize(SEARCH_PAGE_SIZE, ctx);
  const start = (cmd.page - 1) * size;
  const page = hits.slice(start, start + size);
  const hasMore = start + page.length < hits.length;
  return finishView({
    kind: "list",
    title: `Search: ${cmd.text}`,
    sections: page.length > 0
      ? [{ items: page.map((h) => rowItem(h.row, h.matched)) }]
      : [{ text: `No incident matches "${cmd.text}". Try a victim, vendor, actor or campaign name.` }],
    actions: hasMore ? [moreButton(`search ${cmd.text} page ${cmd.page + 1}`)] : undefined,
    context: pageContext(cmd.page, size, page.length, hits.length),
    ephemeral: true,
  });
};
