import type { ExposureWindow } from "../../domain/advice.js";
import type { AdviceFacts } from "../advice.facts.js";

const DAY = 86_400_000;
/** How far back to search before the victim's first date when no window is published. */
export const LOOKBACK_DAYS = 90;
/** A published campaign window is the one to search when the incident falls within this many days after it. */
const CAMPAIGN_TAIL_DAYS = 365;

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string): number => Date.parse(`${date}T00:00:00Z`);

/** The incident's earliest own date: detection, disclosure, else when it was first reported. */
function anchorOf(f: AdviceFacts): { date: string; what: string } | null {
  const i = f.incident;
  if (i.detectedAt) return { date: i.detectedAt, what: `${f.victim}'s detection date` };
  if (i.disclosedAt) return { date: i.disclosedAt, what: `${f.victim}'s disclosure date` };
  return i.firstReportedAt ? { date: iso(i.firstReportedAt.getTime()), what: "the first report of the incident" } : null;
}

/**
 * The period to search logs for: the platform's published campaign window when the incident belongs to
 * that campaign (or has no date), else the LOOKBACK_DAYS before the incident's first date up to its
 * disclosure, saying so. Null when nothing dates the incident.
 */
export function exposureWindow(f: AdviceFacts): ExposureWindow | null {
  const published = f.vendor?.window;
  const anchor = anchorOf(f);
  if (published && (!anchor || (ms(anchor.date) >= ms(published.from) && ms(anchor.date) <= ms(published.to) + CAMPAIGN_TAIL_DAYS * DAY))) return published;
  const fallback = anchor ?? (f.incident.firstSeenAt ? { date: iso(f.incident.firstSeenAt.getTime()), what: "the day Breach Radar first stored the incident" } : null);
  return fallback ? lookback(f, fallback) : null;
}

/** The LOOKBACK_DAYS before the incident's first date, to its disclosure. */
function lookback(f: AdviceFacts, anchor: { date: string; what: string }): ExposureWindow {
  const from = iso(ms(anchor.date) - LOOKBACK_DAYS * DAY);
  const end = f.incident.disclosedAt && ms(f.incident.disclosedAt) > ms(anchor.date) ? f.incident.disclosedAt : anchor.date;
  return {
    from,
    to: end,
    basis: `no published window for this incident: ${LOOKBACK_DAYS} days before ${anchor.what} (${anchor.date})${end !== anchor.date ? ` to its disclosure (${end})` : ""}; widen it if your logs reach further back`,
  };
}
