import type { IncidentIndexRow } from "../../store/store.port.js";
import type { Incident } from "../../domain/incident.js";
import type { ViewAction, ViewItem } from "../../domain/view.js";
import type { ChatContext } from "../../domain/chat.js";
import { formatCount, formatDate } from "./format.js";

/** One incident as a list item with its own buttons. */
export function incidentItem(i: Incident): ViewItem {
  const bits = [i.severity.toUpperCase(), i.sector];
  if (i.affectedCount !== null) bits.push(`${formatCount(i.affectedCount)} affected`);
  if (i.vendor) bits.push(`via ${i.vendor}`);
  bits.push(`updated ${formatDate(i.updatedAt)}`);
  return { title: i.title, text: `${bits.join(" · ")} · ${i.id}`, incidentId: i.id, actions: itemButtons(i.id) };
}

/** An index row (search results) as a list item. */
export function rowItem(r: IncidentIndexRow, matched?: string): ViewItem {
  const bits: string[] = [r.sector];
  if (r.vendor) bits.push(`via ${r.vendor}`);
  if (matched) bits.push(`matched "${matched}"`);
  bits.push(`updated ${formatDate(r.updatedAt)}`);
  return { title: r.title, text: `${bits.join(" · ")} · ${r.id}`, incidentId: r.id, actions: itemButtons(r.id) };
}

const itemButtons = (id: string): ViewAction[] => [
  { id: "show", label: "Details", command: `show ${id}` },
  { id: "actions", label: "Actions", command: `actions ${id}` },
];

/** The "Show more" button for the next page of a paginated command. */
export const moreButton = (nextCommand: string): ViewAction => ({ id: "more", label: "Show more", command: nextCommand });

/** Items per page: what was asked for, but never more than one message of this platform can show. */
export const pageSize = (wanted: number, ctx: Pick<ChatContext, "maxListItems">): number =>
  Math.max(1, Math.min(wanted, ctx.maxListItems ?? wanted));

/** "Showing 6–10 of 42". */
export function pageContext(page: number, size: number, shown: number, total: number): string {
  if (total === 0) return "No results";
  const from = (page - 1) * size + 1;
  if (shown === 0) return `No more results (${total} in total)`;
  return `Showing ${from}–${from + shown - 1} of ${total}`;
}
