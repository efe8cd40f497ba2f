import { plainCommandRefs } from "../../src/domain/command-ref.js";
import type { View, ViewAction, ViewBadge, ViewSection } from "../../src/domain/view.js";

// ANSI escape sequences, C0/C1 control characters (except newline and tab) and bidi overrides.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[@-_]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes untrusted text safe for a terminal: no escape sequences, no control characters; commands named plainly. */
export function sanitize(text: string): string {
  return plainCommandRefs(text).replace(ANSI, "").replace(CONTROL, "");
}

/** Same, on one line (titles, facts). */
const line = (text: string): string => sanitize(text).replace(/[\r\n\t]+/g, " ").trim();

/** The real host of a link, shown next to its (untrusted) title. */
function hostOf(url: string): string | null {
  try {
    return line(new URL(url).hostname) || null;
  } catch {
    return null;
  }
}

const BADGE_MARK: Record<ViewBadge["tone"], string> = { exposed: "TAKEN", safe: "NOT TAKEN", neutral: "INFO", stack: "YOUR STACK" };

function badgeText(b: ViewBadge): string {
  const label = line(b.label).replace(/^NOT /, "");
  return `[${BADGE_MARK[b.tone]}] ${label}`;
}

function renderSection(s: ViewSection): string[] {
  const out: string[] = [];
  if (s.heading) out.push(`-- ${line(s.heading)} --`);
  if (s.text) out.push(...sanitize(s.text).split("\n").map((l) => `  ${l}`));
  if (s.facts?.length) {
    const width = Math.max(...s.facts.map((f) => line(f.label).length));
    for (const f of s.facts) out.push(`  ${line(f.label).padEnd(width)}  ${line(f.value)}`);
  }
  if (s.badges?.length) out.push(`  ${s.badges.map(badgeText).join("  ")}`);
  for (const b of s.bullets ?? []) out.push(`  * ${line(b)}`);
  for (const i of s.items ?? []) {
    out.push(`  * ${line(i.title)}`);
    if (i.text) out.push(`      ${line(i.text)}`);
  }
  for (const l of s.links ?? []) {
    const host = hostOf(l.url);
    out.push(`  * ${line(l.title)}${host ? ` — ${host}` : ""}${l.note ? ` (${line(l.note)})` : ""}`);
    out.push(`      ${line(l.url)}`);
  }
  for (const q of s.quotes ?? []) {
    out.push(`  > "${line(q.text)}"`);
    out.push(`      — ${[q.source, q.date, q.url].filter(Boolean).map((x) => line(x!)).join(", ")}${q.note ? ` (${line(q.note)})` : ""}`);
  }
  if (s.copyText) out.push("----- copy from here -----", ...sanitize(s.copyText).split("\n"), "----- to here -----");
  return out;
}

function renderActions(actions: ViewAction[]): string[] {
  // "Post to channel" means nothing in a terminal.
  const usable = actions.filter((a) => a.id !== "post");
  if (usable.length === 0) return [];
  return ["Next:", ...usable.map((a) => `  ${line(a.label)}: type \`${line(a.command)}\``)];
}

/** Renders a neutral view as readable terminal text. Pure; escapes every untrusted string. */
export function renderText(view: View): string {
  const out: string[] = [`== ${line(view.title)} ==`];
  if (view.subtitle) out.push(line(view.subtitle));
  for (const s of view.sections) {
    const lines = renderSection(s);
    if (lines.length > 0) out.push("", ...lines);
  }
  if (view.actions?.length) out.push("", ...renderActions(view.actions));
  if (view.context) out.push("", `(${line(view.context)})`);
  return out.join("\n");
}
