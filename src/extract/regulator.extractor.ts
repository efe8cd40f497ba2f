import { NOTIFY_CUES } from "../knowledge/lexicon/event.lexicon.js";
import { US_STATES } from "../knowledge/lexicon/us-states.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { regulatorMatcher } from "./gazetteer.matcher.js";
import { fold } from "./text.normalizer.js";

const compiled = lazy(() => {
  const states = US_STATES.map((s) => fold(s)).join("|");
  return {
    notify: cueRegex(NOTIFY_CUES),
    stateAg: new RegExp(`(?:attorneys? general(?:'s office)?(?: of| in)?(?: the state of)? (${states})|(${states})(?:'s)? (?:attorneys? general|ag)\\b|(?:autorita|behorden?|autorites|autoridades)[a-z ]{0,30} (?:del|des|von|de|du) (${states}))`, "g"),
  };
});

const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** Authorities the text says were notified, filed with, or are working on the case (short canonical names). */
export function extractRegulators(sentences: Sentence[]): { regulators: string[]; evidence: string | null } {
  const c = compiled();
  const found = new Set<string>();
  let evidence: string | null = null;
  for (const s of sentences) {
    if (!c.notify.test(s.folded)) continue;
    const before = found.size;
    for (const hit of regulatorMatcher().find(s.text, s.folded)) found.add(hit.entry.name);
    for (const m of s.folded.matchAll(c.stateAg)) found.add(`${titleCase(m[1] ?? m[2] ?? m[3] ?? "")} AG`);
    if (found.size > before) evidence ??= s.text;
  }
  return { regulators: [...found], evidence };
}
