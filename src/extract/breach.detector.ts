import { HARD_NON_BREACH_CUES, SOFT_NON_BREACH_CUES } from "../knowledge/lexicon/event.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { breachCue, exposureCue } from "./victim.roles.js";

const compiled = lazy(() => ({
  hard: cueRegex(HARD_NON_BREACH_CUES),
  soft: cueRegex(SOFT_NON_BREACH_CUES),
  strongTitle: /(?:data breach|customer data|(?:data|information) (?:stolen|theft|leak|exposed)|stole|stolen|hacked|breach(?:ed)? at|confirms? (?:a )?(?:cyber|data|breach))/,
}));

/** What the detector looked at, for callers that want to explain a decision. */
export interface BreachSignals {
  victimScore: number;
  victimInTitle: boolean;
  breachSentences: number;
}

/**
 * Is this a report of a specific organisation's breach? No for prosecutions (arrests, courts) and for
 * advisories/patches/guides unless the headline itself reports a named organisation's data breach.
 */
export function isBreachReport(sentences: Sentence[], signals: BreachSignals): boolean {
  const c = compiled();
  const title = sentences.find((s) => s.isTitle) ?? sentences[0];
  if (!title || signals.victimScore < 4) return false;
  const lead = sentences.slice(0, 3).map((s) => s.folded).join(" ");
  if (c.hard.test(title.folded) || (!title.isTitle && c.hard.test(lead.slice(0, 200)))) return false;
  if (c.soft.test(title.folded) && !(signals.victimInTitle && c.strongTitle.test(title.folded))) return false;
  const cueSentences = sentences.filter((s) => breachCue().test(s.folded) || exposureCue().test(s.folded)).length;
  return cueSentences >= 2 || (cueSentences >= 1 && signals.victimInTitle);
}
