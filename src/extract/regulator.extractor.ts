import { NOTIFY_CUES } from "../knowledge/lexicon/event.lexicon.js";
import { US_STATES } from "../knowledge/lexicon/us-states.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { regulatorMatcher } from "./gazetteer.matcher.js";
import { fold } from "./text.normalizer.js";
import { AUTHORITY_WORDS } from "../knowledge/lexicon/org-words.lexicon.js";

const compiled = lazy(() => {
  const states = US_STATES.map((s) => fold(s)).join("|");
  return {
    notify: cueRegex(NOTIFY_CUES),
    stateAg: new RegExp(`(?:attorneys? general(?:'s office)?(?: of| in)?(?: the state of)? (${states})|(${states})(?:'s)? (?:attorneys? general|ag)\\b|(?:autorita|behorden?|autorites|autoridades)[a-z ]{0,30} (?:del|des|von|de|du) (${states}))`, "g"),
  };
});

/** A named police force the gazetteer may not list: "Avon and Somerset Police", "Hong Kong Police Force". */
const POLICE = /(?:\p{Lu}[\p{L}'-]+ (?:(?:and|&) )?){1,4}(?:Police(?: Service| Department| Force)?|Constabulary|Polizei)\b/gu;

/** Trims a police match to the force's own name: stops at another authority's words or a possessive. */
function policeName(match: string): string | null {
  const words = match.split(" ");
  let i = words.length - 1;
  while (i > 0 && !/(?:'s|\u2019s)$/.test(words[i - 1]!) && !AUTHORITY_WORDS.has(fold(words[i - 1]!)) && !/^(?:The|A|Local|State|Federal)$/.test(words[i - 1]!)) i--;
  while (i < words.length - 1 && /^(?:and|&)$/.test(words[i]!)) i++;
  const name = words.slice(i).join(" ");
  return name.split(" ").length >= 2 ? name : null;
}

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
    for (const m of s.text.matchAll(POLICE)) {
      const name = policeName(m[0]);
      if (name) found.add(name);
    }
    if (found.size > before) evidence ??= s.text;
  }
  return { regulators: [...found], evidence };
}
