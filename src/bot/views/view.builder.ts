import type { View, ViewQuote, ViewSection } from "../../domain/view.js";

/** "The Register, 2025-07-02, https://…" (and what the sentence supports). */
export function quoteCredit(q: ViewQuote): string {
  return [q.source, q.date, q.url].filter(Boolean).join(", ") + (q.note ? ` (${q.note})` : "");
}

export type ViewDraft = Omit<View, "fallbackText"> & { fallbackText?: string };

function sectionText(s: ViewSection): string[] {
  const lines: string[] = [];
  if (s.heading) lines.push(s.heading);
  if (s.text) lines.push(s.text);
  for (const f of s.facts ?? []) lines.push(`${f.label}: ${f.value}`);
  if (s.badges?.length) lines.push(s.badges.map((b) => b.label).join(" · "));
  for (const b of s.bullets ?? []) lines.push(`- ${b}`);
  for (const i of s.items ?? []) lines.push(`- ${i.title}${i.text ? ` (${i.text})` : ""}`);
  for (const l of s.links ?? []) lines.push(`- ${l.title}${l.note ? ` (${l.note})` : ""}: ${l.url}`);
  for (const q of s.quotes ?? []) lines.push(`> "${q.text}" — ${quoteCredit(q)}`);
  if (s.copyText) lines.push(s.copyText);
  return lines;
}

/** Plain-text rendering of a view, for notifications and text-only clients. Raw text: renderers escape. */
export function fallbackText(view: Omit<View, "fallbackText">): string {
  const parts = [view.title, ...(view.subtitle ? [view.subtitle] : [])];
  for (const s of view.sections) parts.push(sectionText(s).join("\n"));
  if (view.context) parts.push(view.context);
  return parts.filter((p) => p.trim() !== "").join("\n\n");
}

/** Completes a draft view with its fallback text. */
export function finishView(draft: ViewDraft): View {
  return { ...draft, fallbackText: draft.fallbackText ?? fallbackText(draft) };
}

/** A short message view (confirmations, errors the user can fix). */
export function messageView(title: string, text?: string, kind: View["kind"] = "message"): View {
  return finishView({ kind, title, sections: text ? [{ text }] : [], ephemeral: true });
}
