import type { IncidentIndexRow } from "../../store/store.port.js";
import type { Incident } from "../../domain/incident.js";
import type { ViewAction, ViewItem } from "../../domain/view.js";
import type { ChatContext } from "../../domain/chat.js";
import { stanceOf } from "../../domain/fact-stance.js";
import type { FactField } from "../../domain/incident.js";
import { STANCE_TAG } from "../../domain/stance-wording.js";
import { formatCount, formatDate } from "./format.js";

/** " (reported, not confirmed)" after a value in a compact line; nothing when confirmed. */
const tag = (i: Pick<Incident, "stances">, field: FactField): string => {
  const s = stanceOf(i.stances, field);
  return s === "confirmed" ? "" : ` (${STANCE_TAG[s]})`;
};

/** One incident as a list item with its own buttons; dates are event time (latest report). */
export function incidentItem(i: Incident): ViewItem {
  const bits = [i.severity.toUpperCase(), i.sector];
  if (i.affectedCount !== null) bits.push(`${formatCount(i.affectedCount)} affected${tag(i, "affectedCount")}`);
  if (i.vendor) bits.push(`via ${i.vendor}${tag(i, "vendor")}`);
  bits.push(`reported ${formatDate(i.lastReportedAt ?? i.updatedAt)}`);
  return { title: i.title, text: `${bits.join(" · ")} · ${i.id}`, incidentId: i.id, actions: itemButtons(i.id) };
}

/** An index row (search results) as a list item. */
export function rowItem(r: IncidentIndexRow, matched?: string): ViewItem {
  const bits: string[] = [r.sector];
  if (r.vendor) bits.push(`via ${r.vendor}${r.vendorStance === "confirmed" ? "" : ` (${STANCE_TAG[r.vendorStance ?? "reported"]})`}`);
  if (matched) bits.push(`matched "${matched}"`);
  bits.push(`reported ${formatDate(r.reportedAt ?? r.updatedAt)}`);
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
