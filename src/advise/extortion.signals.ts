import type { IncidentDetail } from "../domain/incident.js";
import type { Incident } from "../domain/incident.js";
import { EXTORTION_CUES, type ExtortionCue } from "../knowledge/lexicon/extortion.lexicon.js";

/** Extortion steps the incident's sources report (from the sentences quoted for its facts). */
export type ExtortionSignals = Readonly<Record<ExtortionCue, boolean>>;

export const NO_SIGNALS: ExtortionSignals = Object.freeze({ leak: false, ransom: false, deadline: false, injunction: false });

const fold = (s: string): string => s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
const PATTERNS = Object.fromEntries(
  Object.entries(EXTORTION_CUES).map(([k, list]) => [k, new RegExp(`\\b(?:${list.join("|")})`)]),
) as Record<ExtortionCue, RegExp>;

/**
 * Which extortion steps the sources report. Reads only the quotes of current, stated facts of an incident
 * detail (a bare Incident has none): never the program's own inferences.
 */
export function extortionSignals(incident: Incident): ExtortionSignals {
  const facts = (incident as Partial<IncidentDetail>).facts;
  if (!facts || facts.length === 0) return NO_SIGNALS;
  const seen = new Set<string>();
  const texts: string[] = [];
  for (const f of facts) {
    if (!f.current || !f.quotes || f.stance === "inferred") continue;
    for (const q of f.quotes) if (!seen.has(q.text)) { seen.add(q.text); texts.push(fold(q.text)); }
  }
  if (texts.length === 0) return NO_SIGNALS;
  const all = texts.join("\n");
  return { leak: PATTERNS.leak.test(all), ransom: PATTERNS.ransom.test(all), deadline: PATTERNS.deadline.test(all), injunction: PATTERNS.injunction.test(all) };
}
