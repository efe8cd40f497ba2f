import { AUDIENCES, AUDIENCE_LABELS, LENS_LABELS, type Advice, type Audience, type Indicator, type RecommendedAction } from "../../domain/advice.js";
import { commandRef } from "../../domain/command-ref.js";
import type { ViewLink, ViewSection } from "../../domain/view.js";

/** Per action, at most this many technique ids and indicators inline (the rest are in the sections below). */
const MAX_INLINE_TECHNIQUES = 6;
const MAX_INDICATORS = 12;
const MAX_ADVISORIES = 10;

const INDICATOR_KIND: Record<Indicator["kind"], string> = { user_agent: "user agent", tool: "tool", app_name: "app name", infrastructure: "infrastructure" };

/** "[now · if you use the same vendor (assumed)]": priority and the reader the action is written for. */
function tag(a: RecommendedAction): string {
  return `[${a.priority} · ${LENS_LABELS[a.lens]}${a.lensAssumed ? " (assumed)" : ""}]`;
}

/** One bullet: tag, text, why, ATT&CK ids and the window to search. Raw text: renderers escape it. */
export function actionLine(a: RecommendedAction): string {
  const parts = [`${tag(a)} ${a.text} (why: ${a.reason})`];
  if (a.techniques.length > 0) {
    const shown = a.techniques.slice(0, MAX_INLINE_TECHNIQUES).join(", ");
    parts.push(`ATT&CK: ${shown}${a.techniques.length > MAX_INLINE_TECHNIQUES ? ", …" : ""}`);
  }
  if (a.window) parts.push(`search ${a.window.from} to ${a.window.to}`);
  return parts.join(" · ");
}

/** The primary advisories behind the shown actions, each once, as links. */
function advisoryLinks(actions: readonly RecommendedAction[]): ViewLink[] {
  const seen = new Map<string, ViewLink>();
  for (const a of actions) for (const ref of a.advisories) if (!seen.has(ref.url)) seen.set(ref.url, { title: ref.title, url: ref.url, note: ref.source });
  return [...seen.values()].slice(0, MAX_ADVISORIES);
}

/** Published indicators behind the shown actions, each once, with the source that lists it. */
function indicatorLines(actions: readonly RecommendedAction[]): string[] {
  const seen = new Map<string, string>();
  for (const a of actions) for (const i of a.indicators) seen.set(`${i.kind}:${i.value}`, `${INDICATOR_KIND[i.kind]}: ${i.value} (source: ${i.source})`);
  return [...seen.values()].slice(0, MAX_INDICATORS);
}

/**
 * The sections of `actions ID [for AUDIENCE]`: severity, one section per audience (each action with its lens,
 * ATT&CK ids and window), then the exposure window's basis, the advisories and the published indicators.
 */
export function actionSections(advice: Advice, options: { audience?: Audience; hasProfile: boolean }): ViewSection[] {
  const sections: ViewSection[] = [{ heading: `Severity: ${advice.severity}`, bullets: advice.severityReasons }];
  if (!options.hasProfile) {
    sections.push({ text: `No reader profile is set for this workspace, so each action says which reader it assumes. Set one with ${commandRef("profile")} to get only the actions that fit you.` });
  }
  const audiences = options.audience ? [options.audience] : AUDIENCES;
  const shown: RecommendedAction[] = [];
  for (const audience of audiences) {
    const actions = advice.byAudience[audience] ?? [];
    if (actions.length === 0) continue;
    shown.push(...actions);
    sections.push({ heading: AUDIENCE_LABELS[audience], bullets: actions.map(actionLine) });
  }
  if (options.audience && shown.length === 0) sections.push({ text: `No ${AUDIENCE_LABELS[options.audience].toLowerCase()} actions apply to this incident as recorded.` });
  const window = shown.find((a) => a.window)?.window;
  if (window) sections.push({ heading: "Exposure window to search", text: `${window.from} to ${window.to}: ${window.basis}.`, ...(window.source ? { links: [{ title: "Where the window comes from", url: window.source }] } : {}) });
  const links = advisoryLinks(shown);
  if (links.length > 0) sections.push({ heading: "Primary advisories", links });
  const indicators = indicatorLines(shown);
  if (indicators.length > 0) sections.push({ heading: "Published indicators (search your logs for them)", bullets: indicators });
  return sections;
}
