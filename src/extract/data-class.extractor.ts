import type { DataClass } from "../domain/data-class.js";
import type { Sector } from "../domain/incident.js";
import { ADVICE_CUES, ANAPHORIC_DATA_SUBJECTS, CLAUSE_BREAKS, CONDITIONAL_OPENERS, DATA_ADVICE_CUES, GENERIC_CUES, DATA_EXPOSURE_CUES, NON_NEGATING, DETERMINER_NEGATION_CUES, ELSEWHERE_CUES, EXPOSURE_CUES, NEGATED_STATE_CUES, PREDICATE_NEGATION_CUES, SUBORDINATE_OPENERS, UNCERTAINTY_CUES } from "../knowledge/lexicon/cue.lexicon.js";
import { DATA_CLASS_TERMS, DESCRIBED_AFTER, EXCEPTION_BEFORE, type DataClassTerm } from "../knowledge/lexicon/data-class.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { programmeSpans } from "./data-class.programme.js";
import { bounded, escapeRegex } from "./text.normalizer.js";
import type { ValueSource } from "./evidence.builder.js";

/** Data classes stated exposed and stated not exposed, with the sentences (and offsets in them) each was read from. */
export interface DataClassResult {
  exposed: DataClass[];
  notExposed: DataClass[];
  sources: { exposed: Map<DataClass, ValueSource[]>; notExposed: Map<DataClass, ValueSource[]> };
}

/** V8 leaves a regex source over ~20 KB to its slow interpreter: keep each alternation under this size. */
const MAX_REGEX_SOURCE = 12_000;

/** The term patterns as a few global alternations, each small enough to be compiled to native code. */
function chunkedAlternation(patterns: string[]): RegExp[] {
  const chunks: string[][] = [[]];
  let size = 0;
  for (const p of patterns) {
    if (size + p.length > MAX_REGEX_SOURCE && chunks[chunks.length - 1]!.length) (chunks.push([]), (size = 0));
    chunks[chunks.length - 1]!.push(p);
    size += p.length + 1;
  }
  return chunks.map((c) => new RegExp(bounded(c.join("|")), "g"));
}

/** A chunk's last match (null: none left) — still the first match at or after any later `from` up to its index. */
type ChunkMatch = { index: number; length: number } | null | undefined;

/** The earliest (then longest) match of any chunk at or after `from`; `seen` keeps each chunk's last match between calls on the same text. */
function firstMatch(chunks: RegExp[], text: string, from: number, seen: ChunkMatch[]): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const [i, re] of chunks.entries()) {
    let m = seen[i];
    if (m === undefined || (m !== null && m.index < from)) {
      re.lastIndex = from;
      const hit = re.exec(text);
      m = hit ? { index: hit.index, length: hit[0].length } : null;
      seen[i] = m;
    }
    if (m && (!best || m.index < best.index || (m.index === best.index && m.length > best.length))) best = m;
  }
  return best;
}

/** Caps memo tables so a long run cannot grow them without bound. */
const MEMO_LIMIT = 5_000;

/** Every memo table, emptied at the start of each article so results are only reused within one article. */
const memoTables: Map<string, unknown>[] = [];

/** Memoises a pure function of a string (results are shared: callers must not mutate them). */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const table = new Map<string, T>();
  memoTables.push(table);
  return (s) => {
    let v = table.get(s);
    if (v === undefined && !table.has(s)) {
      if (table.size >= MEMO_LIMIT) table.clear();
      v = fn(s);
      table.set(s, v);
    }
    return v as T;
  };
}

const compiled = lazy(() => ({
  any: chunkedAlternation(DATA_CLASS_TERMS.map((t) => t.pattern)),
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
  anaphor: new RegExp(`^\\W*(?:(?:and|so|therefore|thus|hence|which means|meaning|donc|quindi|por lo tanto|daher|deshalb)\\s+)?(?:${ANAPHORIC_DATA_SUBJECTS.join("|")})\\b`),
  nonNegating: new RegExp(`(?<![a-z])(?:${NON_NEGATING.join("|")})(?![a-z])`, "g"),
  opener: new RegExp(`^\\W*(?:${SUBORDINATE_OPENERS.join("|")})\\b[^,]*,`),
  described: new RegExp(`^[\\s-]+${DESCRIBED_AFTER}(?![a-z])`),
  exception: new RegExp(`(?<![a-z])${EXCEPTION_BEFORE}\\s+(?:[a-z'-]+\\s+){0,3}$`),
  additive: /^\s*(?:also|as well|aussi|egalement|anche|pure|auch|tambien)\b/,
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
    // "… but also the date of birth" / "mais aussi": the list goes on, no contrast.
    if (c.additive.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
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
  return [...termHitsMemo(sector ?? "")(clause)];
}

const hitTables = new Map<string, (clause: string) => readonly TermHit[]>();

/** The memoised term scan for one sector ("" for none). */
function termHitsMemo(sector: string): (clause: string) => readonly TermHit[] {
  let fn = hitTables.get(sector);
  if (!fn) hitTables.set(sector, (fn = memo((clause: string) => scanTerms(clause, (sector || null) as Sector | null))));
  return fn;
}

/** Scans a clause for data-class terms (see termHits). */
function scanTerms(clause: string, sector: Sector | null): TermHit[] {
  const c = compiled();
  const found: TermHit[] = [];
  const seen: ChunkMatch[] = [];
  let from = 0;
  let m: { index: number; length: number } | null;
  while ((m = firstMatch(c.any, clause, from, seen))) {
    let best: { term: DataClassTerm; len: number } | null = null;
    for (const { term, re } of c.sticky) {
      re.lastIndex = m.index;
      const hit = re.exec(clause);
      if (hit && (!best || hit[0].length > best.len)) best = { term, len: hit[0].length };
    }
    const len = Math.max(best?.len ?? m.length, 1);
    // "mobile phone retailer", "travel booking website": the words describe a business or a tool, not data.
    const described = best && best.term.classes.length > 0 && c.described.test(clause.slice(m.index + len, m.index + len + 40));
    if (best && !described) found.push({ classes: (sector && best.term.bySector?.[sector]) ?? best.term.classes, start: m.index });
    from = m.index + len;
  }
  return found;
}

type Polarity = "exposed" | "not_exposed" | null;

/** Position from which data words are negated: 0 for a negated predicate, the first "no/keine/aucun" otherwise, -1 for none. */
const negationStart = memo(computeNegationStart);

function computeNegationStart(text: string): number {
  const c = compiled();
  const clause = text.replace(c.nonNegating, (m) => " ".repeat(m.length));
  if (c.predicate.test(clause)) return 0;
  c.determiner.lastIndex = 0;
  const m = c.determiner.exec(clause);
  return m ? m.index : -1;
}

/** The negation at `neg` covers the word at `at`: it comes before it and, when it opens inside brackets ("(without PINs)"), the brackets have not closed. */
function negates(clause: string, neg: number, at: number): boolean {
  if (neg < 0 || neg > at) return false;
  const inBrackets = clause.lastIndexOf("(", neg) > clause.lastIndexOf(")", neg);
  return !(inBrackets && clause.slice(neg, at).includes(")"));
}

/** The clause states nothing either way: advice, other breaches, unknowns, conditions. */
const inert = memo(computeInert);

function computeInert(clause: string): boolean {
  const c = compiled();
  return c.advice.test(clause) || c.elsewhere.test(clause) || c.uncertain.test(clause) || c.generic.test(clause) || c.conditional.test(clause);
}

/** The clause carries a cue of its own (exposure, negation, advice …), so it cannot inherit one. */
const hasCue = memo((clause: string): boolean => inert(clause) || exposed(clause) || negatedState(clause) || negationStart(clause) >= 0);

/** The clause carries an exposure cue ("stolen", "accessed" …). */
const exposed = memo((clause: string): boolean => compiled().exposure.test(clause));

/** The clause carries a negated-state cue ("not affected", "unaffected" …). */
const negatedState = memo((clause: string): boolean => compiled().negatedState.test(clause));

/** Polarity of a data word at `at` in a clause: exposure, stated non-exposure, or neither (advice, other breaches, no cue). */
function polarity(clause: string, at: number, heading: string | null): Polarity {
  const c = compiled();
  if (inert(clause)) return null;
  const neg = negationStart(clause);
  const negated = negates(clause, neg, at);
  // "messages beyond conversations with support were not accessed": the exception to a denied predicate is not denied.
  if (negated && neg === 0 && c.exception.test(clause.slice(Math.max(0, at - 60), at))) return null;
  if (negated && (exposed(clause) || negatedState(clause))) return "not_exposed";
  if (!negated && exposed(clause)) return "exposed";
  if (neg < 0 && heading && !c.advice.test(heading) && (exposed(heading) || negatedState(heading))) {
    return negationStart(heading) >= 0 ? "not_exposed" : "exposed";
  }
  return null;
}

/** "…were stolen, but not passwords" / "…, aber keine Bankdaten": a negated clause without a verb borrows the one before. */
function elliptic(clause: string, at: number, verbBefore: boolean): Polarity {
  if (!verbBefore || inert(clause)) return null;
  return negates(clause, negationStart(clause), at) ? "not_exposed" : null;
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

/** A short question about what data was involved ("What information was in those profiles?"). */
const DATA_QUESTION = /\b(?:what|which|welche\w*|quel\w*|qual[ie]?|que|cuales?)\b.*\b(?:data|information|details|info|daten|angaben|donnees|informations?|dati|informazioni|datos|informacion)\b/;

/** A verbless list answering the sentence before ("What was taken? Names, emails and phone numbers."). */
function answersPrevious(s: Sentence, prev: Sentence | undefined, hits: number): boolean {
  if (!prev || prev.index !== s.index - 1 || hits < 2) return false;
  const p = prev.folded.trim();
  const question = p.endsWith("?") && p.split(/\s+/).length <= 8;
  if (!hasCue(s.folded)) return p.endsWith(":") || question;
  // "What information was in those profiles? Basic profile data: name, email …, plus X if one was saved."
  return question && DATA_QUESTION.test(p) && negationStart(s.folded) < 0 && !inert(s.folded);
}

/** "… so these were not involved" / "This data was therefore not affected": a negated state said of the data just listed. */
function anaphoricDenial(clause: string, sector: Sector | null): boolean {
  const c = compiled();
  return c.anaphor.test(clause) && negationStart(clause) === 0 && (negatedState(clause) || exposed(clause)) && termHits(clause, sector).length === 0;
}

/** "no other data - passports, IDs or member numbers - was impacted": a cue-less list between dashes takes the polarity of the clauses around it. */
function bracketed(spans: ClauseSpan[], byClause: { hit: TermHit; p: Polarity }[][]): void {
  const c = compiled();
  for (let k = 1; k + 1 < spans.length; k++) {
    const here = byClause[k]!;
    const before = spans[k - 1]!.text;
    const after = spans[k + 1]!.text;
    if (!here.length || here.some((x) => x.p !== null) || hasCue(spans[k]!.text) || byClause[k + 1]!.length || byClause[k - 1]!.length) continue;
    if (!(exposed(after) || negatedState(after)) || inert(before) || inert(after)) continue;
    const p: Polarity = negationStart(before) >= 0 || negationStart(after) >= 0 ? "not_exposed" : "exposed";
    for (const x of here) x.p = p;
  }
}

/** Polarity of each hit of one sentence, clause by clause; a ";"-continued list without a cue inherits the clause before. */
function sentencePolarities(s: Sentence, prev: Sentence | undefined, heading: string | null, sector: Sector | null, next?: Sentence): { hit: TermHit; p: Polarity }[] {
  const hits = sentenceHits(s, sector);
  if (!hits.length || s.text.trim().endsWith("?")) return [];
  if (answersPrevious(s, prev, hits.length)) return hits.map((hit) => ({ hit, p: "exposed" as const }));
  const out: { hit: TermHit; p: Polarity }[] = [];
  let carried: Polarity = null;
  let verbBefore = false;
  const spans = clauseSpans(s.folded);
  const pending: { hit: TermHit; p: Polarity }[] = [];
  const byClause: { hit: TermHit; p: Polarity }[][] = [];
  for (const [k, clause] of spans.entries()) {
    const inClause = hits.filter((h) => h.start >= clause.start && h.start < clause.end);
    byClause.push([]);
    const inherit: Polarity = clause.afterSemicolon && !hasCue(clause.text) ? carried : null;
    let last: Polarity = null;
    for (const hit of inClause) {
      const at = hit.start - clause.start;
      const p: Polarity = inherit ?? polarity(clause.text, at, heading) ?? elliptic(clause.text, at, verbBefore);
      out.push({ hit, p });
      byClause[k]!.push(out[out.length - 1]!);
      if (p === null && negates(clause.text, negationStart(clause.text), at)) pending.push(out[out.length - 1]!);
      last = p ?? last;
    }
    if (pending.length && k + 1 < spans.length && anaphoricDenial(spans[k + 1]!.text, sector)) for (const x of pending.splice(0)) x.p = "not_exposed";
    carried = last ?? (hasCue(clause.text) ? null : carried);
    verbBefore = exposed(clause.text);
  }
  bracketed(spans, byClause);
  const following = next && next.index === s.index + 1 ? clauseSpans(next.folded)[0]?.text : undefined;
  if (pending.length && following && anaphoricDenial(following, sector)) for (const x of pending) x.p = "not_exposed";
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

/** The other organisation only reports on this incident's data ("The parent group told the exchange that the stolen information included …"). */
const SPEAKER_ON_THIS_DATA = /^[^.;]{0,140}?\b(?:told|said|says|confirmed|stated|disclosed|announced)\b[^.;]{0,60}?\bthat (?:the|this) (?:exposed|stolen|compromised|affected|accessed|leaked) (?:information|data|details)\b/;

/** A sentence about another organisation still counts when that name is the report's source or sits inside the data list after a data word. */
function inScope(s: Sentence, scope: DataScope | undefined, sector: Sector | null): boolean {
  if (!scope || scope.aboutVictim(s.index)) return true;
  if (scope.firstTargetAt(s.index) < Infinity) return false;
  const at = scope.firstOtherOrgAt(s.index);
  const before = s.folded.slice(Math.max(0, at - 40), at);
  if (SOURCE_BEFORE.test(before) || SPEAKER_ON_THIS_DATA.test(s.folded.slice(at))) return true;
  const first = termHits(s.folded, sector).find((h) => h.classes.length > 0);
  if (!first || PLACE_BEFORE.test(before)) return false;
  // The other name only qualifies the data word ("Enrich account passwords", "SkyMiles numbers"): a programme or product, not another victim.
  return first.start < at || (at === 0 && /^[\p{L}\d&'-]+(?: [\p{L}\d&'-]+)?\s+$/u.test(s.folded.slice(at, first.start)));
}

/** Reads exposed / not-exposed data classes from the given sentences (clause-level negation scope); with a scope, only sentences about the victim. */
export function extractDataClasses(sentences: Sentence[], sector: Sector | null, scope?: DataScope): DataClassResult {
  const exposed = new Set<DataClass>();
  const notExposed = new Set<DataClass>();
  const sources = { exposed: new Map<DataClass, ValueSource[]>(), notExposed: new Map<DataClass, ValueSource[]>() };
  const note = (table: Map<DataClass, ValueSource[]>, k: DataClass, source: ValueSource) => {
    const list = table.get(k) ?? [];
    if (list.length < 4 && !list.some((x) => x.sentence === source.sentence)) list.push(source);
    table.set(k, list);
  };
  for (const table of memoTables) table.clear();
  let prev: Sentence | undefined;
  let lead: string | null = null;
  let itemLead: string | null = null;
  for (const [k, s] of sentences.entries()) {
    if (!inScope(s, scope, sector)) continue;
    if (!s.isListItem) {
      lead = LIST_LEAD.test(s.folded) ? s.folded : null;
      itemLead = null;
    }
    const found = sentencePolarities(s, prev, s.isListItem ? (itemLead ?? s.heading ?? lead) : null, sector, sentences[k + 1]);
    if (s.isListItem && found.length === 0 && hasCue(s.folded)) itemLead = s.folded;
    for (const { hit, p } of found) {
      if (!hit.classes.length) continue;
      if (p === "exposed") {
        for (const k of hit.classes) (exposed.add(k), note(sources.exposed, k, { sentence: s.index, at: hit.start }));
      } else if (p === "not_exposed") {
        for (const k of hit.classes) (notExposed.add(k), note(sources.notExposed, k, { sentence: s.index, at: hit.start }));
      }
    }
    prev = s;
  }
  for (const k of exposed) notExposed.delete(k);
  return { exposed: [...exposed], notExposed: [...notExposed], sources };
}
