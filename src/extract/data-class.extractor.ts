import type { DataClass } from "../domain/data-class.js";
import type { Sector } from "../domain/incident.js";
import { ADVICE_CUES, CLAUSE_BREAKS, DETERMINER_NEGATION_CUES, ELSEWHERE_CUES, EXPOSURE_CUES, NEGATED_STATE_CUES, PREDICATE_NEGATION_CUES, SUBORDINATE_OPENERS, UNCERTAINTY_CUES } from "../knowledge/lexicon/cue.lexicon.js";
import { DATA_CLASS_TERMS, type DataClassTerm } from "../knowledge/lexicon/data-class.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { bounded, escapeRegex } from "./text.normalizer.js";

/** Data classes stated exposed and stated not exposed, with the sentence each came from. */
export interface DataClassResult {
  exposed: DataClass[];
  notExposed: DataClass[];
  exposedEvidence: string | null;
  notExposedEvidence: string | null;
}

const compiled = lazy(() => ({
  any: new RegExp(bounded(DATA_CLASS_TERMS.map((t) => t.pattern).join("|")), "g"),
  sticky: DATA_CLASS_TERMS.map((t) => ({ term: t, re: new RegExp(`${bounded(t.pattern)}`, "y") })),
  determiner: cueRegex(DETERMINER_NEGATION_CUES, true),
  predicate: cueRegex(PREDICATE_NEGATION_CUES),
  negatedState: cueRegex(NEGATED_STATE_CUES),
  exposure: cueRegex(EXPOSURE_CUES),
  advice: cueRegex(ADVICE_CUES),
  elsewhere: cueRegex(ELSEWHERE_CUES),
  uncertain: cueRegex(UNCERTAINTY_CUES),
  breaks: new RegExp(CLAUSE_BREAKS.map(escapeRegex).join("|"), "g"),
  opener: new RegExp(`^\\W*(?:${SUBORDINATE_OPENERS.join("|")})\\b[^,]*,`),
}));

/** Splits folded sentence text into clauses (at "but", ";", "while …,", dashes). */
export function clauses(folded: string): string[] {
  const c = compiled();
  const parts = folded.replace(/"/g, " ").split(c.breaks);
  const out: string[] = [];
  for (const part of parts) {
    const m = c.opener.exec(part);
    if (m) out.push(m[0], part.slice(m[0].length));
    else out.push(part);
  }
  return out.filter((p) => p.trim());
}

/** A data-class term found in a clause. */
export interface TermHit {
  classes: DataClass[];
  start: number;
}

/** Data classes named in a clause (longest term at each position). */
export function termsIn(clause: string, sector: Sector | null): DataClass[] {
  return termHits(clause, sector).flatMap((h) => h.classes);
}

/** Data-class terms in a clause with positions, longest term first at each position. */
export function termHits(clause: string, sector: Sector | null): TermHit[] {
  const c = compiled();
  const found: TermHit[] = [];
  c.any.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.any.exec(clause))) {
    let best: { term: DataClassTerm; len: number } | null = null;
    for (const { term, re } of c.sticky) {
      re.lastIndex = m.index;
      const hit = re.exec(clause);
      if (hit && (!best || hit[0].length > best.len)) best = { term, len: hit[0].length };
    }
    const len = Math.max(best?.len ?? m[0].length, 1);
    if (best) found.push({ classes: (sector && best.term.bySector?.[sector]) ?? best.term.classes, start: m.index });
    c.any.lastIndex = m.index + len;
  }
  return found;
}

type Polarity = "exposed" | "not_exposed" | null;

/** Position from which data words are negated: 0 for a negated predicate, the first "no/keine/aucun" otherwise, -1 for none. */
function negationStart(clause: string): number {
  const c = compiled();
  if (c.predicate.test(clause)) return 0;
  c.determiner.lastIndex = 0;
  const m = c.determiner.exec(clause);
  return m ? m.index : -1;
}

/** Polarity of a data word at `at` in a clause: exposure, stated non-exposure, or neither (advice, other breaches, no cue). */
function polarity(clause: string, at: number, heading: string | null): Polarity {
  const c = compiled();
  if (c.advice.test(clause) || c.elsewhere.test(clause) || c.uncertain.test(clause)) return null;
  const neg = negationStart(clause);
  const negated = neg >= 0 && neg <= at;
  if (negated && (c.exposure.test(clause) || c.negatedState.test(clause))) return "not_exposed";
  if (!negated && c.exposure.test(clause)) return "exposed";
  if (neg < 0 && heading && !c.advice.test(heading) && (c.exposure.test(heading) || c.negatedState.test(heading))) {
    return negationStart(heading) >= 0 ? "not_exposed" : "exposed";
  }
  return null;
}

/** Reads exposed / not-exposed data classes from the given sentences (clause-level negation scope). */
export function extractDataClasses(sentences: Sentence[], sector: Sector | null): DataClassResult {
  const exposed = new Set<DataClass>();
  const notExposed = new Set<DataClass>();
  let exposedEvidence: string | null = null;
  let notExposedEvidence: string | null = null;
  for (const s of sentences) {
    for (const clause of clauses(s.folded)) {
      for (const hit of termHits(clause, sector)) {
        const p = polarity(clause, hit.start, s.isListItem ? s.heading : null);
        if (p === "exposed") {
          for (const k of hit.classes) exposed.add(k);
          exposedEvidence ??= s.text;
        } else if (p === "not_exposed") {
          for (const k of hit.classes) notExposed.add(k);
          notExposedEvidence ??= s.text;
        }
      }
    }
  }
  for (const k of exposed) notExposed.delete(k);
  return { exposed: [...exposed], notExposed: [...notExposed], exposedEvidence, notExposedEvidence };
}
