import type { DataClass } from "../domain/data-class.js";
import type { Sector } from "../domain/incident.js";
import { ADVICE_CUES, CLAUSE_BREAKS, CONDITIONAL_OPENERS, DATA_ADVICE_CUES, GENERIC_CUES, DATA_EXPOSURE_CUES, DETERMINER_NEGATION_CUES, ELSEWHERE_CUES, EXPOSURE_CUES, NEGATED_STATE_CUES, PREDICATE_NEGATION_CUES, SUBORDINATE_OPENERS, UNCERTAINTY_CUES } from "../knowledge/lexicon/cue.lexicon.js";
import { DATA_CLASS_TERMS, type DataClassTerm } from "../knowledge/lexicon/data-class.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { programmeSpans } from "./data-class.programme.js";
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
  exposure: cueRegex([...EXPOSURE_CUES, ...DATA_EXPOSURE_CUES]),
  conditional: new RegExp(`^\\W*(?:${CONDITIONAL_OPENERS.join("|")})\\b`),
  advice: cueRegex([...ADVICE_CUES, ...DATA_ADVICE_CUES]),
  elsewhere: cueRegex(ELSEWHERE_CUES),
  uncertain: cueRegex(UNCERTAINTY_CUES),
  generic: cueRegex(GENERIC_CUES),
  breaks: new RegExp(CLAUSE_BREAKS.map(escapeRegex).join("|"), "g"),
  opener: new RegExp(`^\\W*(?:${SUBORDINATE_OPENERS.join("|")})\\b[^,]*,`),
}));

/** A clause of a sentence: its folded text, offsets, and whether a ";" opened it (a list going on). */
export interface ClauseSpan {
  text: string;
  start: number;
  end: number;
  afterSemicolon: boolean;
}

/** Splits folded sentence text into clause spans (at "but", ";", "and that", "while …,", dashes). */
export function clauseSpans(folded: string): ClauseSpan[] {
  const c = compiled();
  const text = folded.replace(/"/g, " ");
  const out: ClauseSpan[] = [];
  const push = (start: number, end: number, afterSemicolon: boolean) => {
    const part = text.slice(start, end);
    const m = c.opener.exec(part);
    const cut = m ? start + m[0].length : start;
    if (m) out.push({ text: m[0], start, end: cut, afterSemicolon });
    if (text.slice(cut, end).trim()) out.push({ text: text.slice(cut, end), start: cut, end, afterSemicolon: afterSemicolon && !m });
  };
  let start = 0;
  let semi = false;
  for (const m of text.matchAll(c.breaks)) {
    push(start, m.index, semi);
    semi = m[0] === ";";
    start = m.index + m[0].length;
  }
  push(start, text.length, semi);
  return out.filter((p) => p.text.trim());
}

/** Splits folded sentence text into clauses. */
export function clauses(folded: string): string[] {
  return clauseSpans(folded).map((p) => p.text);
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

/** The clause states nothing either way: advice, other breaches, unknowns, conditions. */
function inert(clause: string): boolean {
  const c = compiled();
  return c.advice.test(clause) || c.elsewhere.test(clause) || c.uncertain.test(clause) || c.generic.test(clause) || c.conditional.test(clause);
}

/** The clause carries a cue of its own (exposure, negation, advice …), so it cannot inherit one. */
function hasCue(clause: string): boolean {
  const c = compiled();
  return inert(clause) || c.exposure.test(clause) || c.negatedState.test(clause) || negationStart(clause) >= 0;
}

/** Polarity of a data word at `at` in a clause: exposure, stated non-exposure, or neither (advice, other breaches, no cue). */
function polarity(clause: string, at: number, heading: string | null): Polarity {
  const c = compiled();
  if (inert(clause)) return null;
  const neg = negationStart(clause);
  const negated = neg >= 0 && neg <= at;
  if (negated && (c.exposure.test(clause) || c.negatedState.test(clause))) return "not_exposed";
  if (!negated && c.exposure.test(clause)) return "exposed";
  if (neg < 0 && heading && !c.advice.test(heading) && (c.exposure.test(heading) || c.negatedState.test(heading))) {
    return negationStart(heading) >= 0 ? "not_exposed" : "exposed";
  }
  return null;
}

/** "…were stolen, but not passwords" / "…, aber keine Bankdaten": a negated clause without a verb borrows the one before. */
function elliptic(clause: string, at: number, verbBefore: boolean): Polarity {
  if (!verbBefore || inert(clause)) return null;
  const neg = negationStart(clause);
  return neg >= 0 && neg <= at ? "not_exposed" : null;
}

/** Term hits of a whole sentence: lexicon terms, plus brand-named member numbers where no term stands. */
function sentenceHits(s: Sentence, sector: Sector | null): TermHit[] {
  let hits = termHits(s.folded, sector);
  for (const span of programmeSpans(s.text)) {
    if (hits.some((h) => h.start === span.start)) continue;
    hits = hits.filter((h) => h.start < span.start || h.start >= span.end);
    hits.push({ classes: ["loyalty_number"], start: span.start });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A verbless list answering the sentence before ("What was taken? Names, emails and phone numbers."). */
function answersPrevious(s: Sentence, prev: Sentence | undefined, hits: number): boolean {
  if (!prev || prev.index !== s.index - 1 || hits < 2 || hasCue(s.folded)) return false;
  const p = prev.folded.trim();
  return p.endsWith(":") || (p.endsWith("?") && p.split(/\s+/).length <= 8);
}

/** Polarity of each hit of one sentence, clause by clause; a ";"-continued list without a cue inherits the clause before. */
function sentencePolarities(s: Sentence, prev: Sentence | undefined, heading: string | null, sector: Sector | null): { hit: TermHit; p: Polarity }[] {
  const hits = sentenceHits(s, sector);
  if (!hits.length || s.text.trim().endsWith("?")) return [];
  if (answersPrevious(s, prev, hits.length)) return hits.map((hit) => ({ hit, p: "exposed" as const }));
  const out: { hit: TermHit; p: Polarity }[] = [];
  let carried: Polarity = null;
  let verbBefore = false;
  for (const clause of clauseSpans(s.folded)) {
    const inClause = hits.filter((h) => h.start >= clause.start && h.start < clause.end);
    const inherit: Polarity = clause.afterSemicolon && !hasCue(clause.text) ? carried : null;
    let last: Polarity = null;
    for (const hit of inClause) {
      const at = hit.start - clause.start;
      const p: Polarity = inherit ?? polarity(clause.text, at, heading) ?? elliptic(clause.text, at, verbBefore);
      out.push({ hit, p });
      last = p ?? last;
    }
    carried = last ?? (hasCue(clause.text) ? null : carried);
    verbBefore = compiled().exposure.test(clause.text);
  }
  return out;
}

/** A sentence announcing the bullet list after it ("The following data was involved", "… included:"). */
const LIST_LEAD = /(?:\b(?:following|below)\b|:\s*$)/;

/** Which sentences are about the victim; lets a sentence that names another organisation only as a source or inside the data list count. */
export interface DataScope {
  aboutVictim(sentence: number): boolean;
  /** Offset of the first other organisation named in the sentence, Infinity when none. */
  firstOtherOrgAt(sentence: number): number;
  /** Offset of the first other organisation named as an attack target, Infinity when none. */
  firstTargetAt(sentence: number): number;
}

/** Before an organisation's name: it is only the source of the report ("according to X", "laut X"). */
const SOURCE_BEFORE = /(?:according to|laut|selon|secondo|segun|citing|reported by|told|per|d'apres|stando a|nach angaben (?:von|des|der))\s+(?:the\s+)?$/;
/** Before an organisation's name: it is where data came from, so the sentence may be about that organisation. */
const PLACE_BEFORE = /(?:from|at|against|on|of|targeting|hit|bei|chez|presso|de|del|von)\s+(?:the\s+)?$/;

/** A sentence about another organisation still counts when that name is the report's source or sits inside the data list after a data word. */
function inScope(s: Sentence, scope: DataScope | undefined, sector: Sector | null): boolean {
  if (!scope || scope.aboutVictim(s.index)) return true;
  if (scope.firstTargetAt(s.index) < Infinity) return false;
  const at = scope.firstOtherOrgAt(s.index);
  const before = s.folded.slice(Math.max(0, at - 40), at);
  if (SOURCE_BEFORE.test(before)) return true;
  const first = termHits(s.folded, sector).find((h) => h.classes.length > 0);
  return !!first && first.start < at && !PLACE_BEFORE.test(before);
}

/** Reads exposed / not-exposed data classes from the given sentences (clause-level negation scope); with a scope, only sentences about the victim. */
export function extractDataClasses(sentences: Sentence[], sector: Sector | null, scope?: DataScope): DataClassResult {
  const exposed = new Set<DataClass>();
  const notExposed = new Set<DataClass>();
  let exposedEvidence: string | null = null;
  let notExposedEvidence: string | null = null;
  let prev: Sentence | undefined;
  let lead: string | null = null;
  let itemLead: string | null = null;
  for (const s of sentences) {
    if (!inScope(s, scope, sector)) continue;
    if (!s.isListItem) {
      lead = LIST_LEAD.test(s.folded) ? s.folded : null;
      itemLead = null;
    }
    const found = sentencePolarities(s, prev, s.isListItem ? (itemLead ?? s.heading ?? lead) : null, sector);
    if (s.isListItem && found.length === 0 && hasCue(s.folded)) itemLead = s.folded;
    for (const { hit, p } of found) {
      if (p === "exposed") {
        for (const k of hit.classes) exposed.add(k);
        exposedEvidence ??= s.text;
      } else if (p === "not_exposed") {
        for (const k of hit.classes) notExposed.add(k);
        notExposedEvidence ??= s.text;
      }
    }
    prev = s;
  }
  for (const k of exposed) notExposed.delete(k);
  return { exposed: [...exposed], notExposed: [...notExposed], exposedEvidence, notExposedEvidence };
}
