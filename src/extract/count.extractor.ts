import {
  ACCOUNT_UNIT_WORDS, ALREADY_CUES, BASE_UNIT_WORDS, BUSINESS_SIZE_BEFORE, CAMPAIGN_CUES, EARLIER_EVENT_CUES, COUNT_UNITS, PERSON_UNITS, CURRENCY_BEFORE, MORE_PERSON_UNIT_WORDS,
  AFFECTED_AFTER, NON_COUNT_AFTER, NUMBER_WORDS, PART_OF_BASE, PEOPLE_TOTAL_BEFORE, RECORD_UNIT_WORDS, RECORDS_OF_BEFORE, SCALE_WORDS, STAFF_UNITS,
} from "../knowledge/lexicon/count.lexicon.js";
import type { CountUnit } from "../domain/evidence.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { escapeRegex } from "./text.normalizer.js";

/** A number in text with its parsed value and how precisely it was written. */
export interface ParsedNumber {
  value: number;
  digits: number;
  start: number;
  end: number;
}

const words = (o: Record<string, number>) => Object.keys(o).sort((a, b) => b.length - a.length).map(escapeRegex).join("|");

const compiled = lazy(() => {
  const scale = `\\s*(${words(SCALE_WORDS)})(?![a-z])`;
  // Number words take only a spelled-out scale after a space ("a million", not "am" = "a" + "m").
  const spelled = Object.fromEntries(Object.entries(SCALE_WORDS).filter(([w]) => w.length >= 4));
  return {
    number: new RegExp(`(?<![\\w.,])(?:(\\d{1,3}(?:(?:,\\d{2})+,\\d{3}|(?:[,.' ]\\d{3})+)|\\d+(?:[.,]\\d+)?)(?:${scale}|(?![\\w]))|(${words(NUMBER_WORDS)})(?:\\s+(${words(spelled)})(?![a-z])|(?![\\w])))`, "g"),
    unitAfter: new RegExp(`^\\s*(?:\\+\\s*)?(?:(?:[a-z-]+\\.?(?:[a-z]\\.)*\\s+){0,3}?)(?:d'|de |di |des |del |der )?(?:${COUNT_UNITS.join("|")})\\b`),
    personUnit: new RegExp(`^\\s*(?:\\+\\s*)?(?:(?:[a-z-]+\\s+){0,3}?)(?:d'|de |di |des |del |der )?(?:${PERSON_UNITS})\\b`),
    baseUnit: new RegExp(`^\\s*(?:${BASE_UNIT_WORDS})\\s`),
    bound: /(?:fewer than|less than|no more than|not more than|under|weniger als|moins de|menos de|meno di)\s+$/,
    employs: /(?:employs|employing|employ|workforce of|headcount of|staff of|beschaftigt|emploie|impiega|emplea)\s+(?:about|around|roughly|some|nearly|approximately|more than|over|almost|rund|etwa|environ|circa|oltre)?\s*$/,
    affectsBefore: /(?:affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|expos(?:es|ed|ing)|hits?|cover(?:s|ed|ing)?|concern(?:s|ed|ing)?|betrifft|colpisce|touche|afecta|(?:data|details|information|records) (?:on|of|about|for|belonging to)|dati (?:di|su)|donnees (?:de|sur)|datos de|daten (?:von|zu))\s+(?:up to |over |more than |nearly |around |about |almost |some |roughly |approximately |oltre |plus de |mas de |uber |mehr als |rund |circa |environ )?$/,
    bareEnd: /^\s*(?:[.,;:)!?]|$|and\b|in\b|at\b|across\b|worldwide|globally|people|(?:stolen|leaked|exposed|affected|impacted|compromised|taken)\b)/,
    // A headline's bare figure of people: "6 million affected in …", "5.7m impacted", "5,7 Millionen Betroffene".
    affectedAfter: new RegExp(`^\\s*(?:${AFFECTED_AFTER})(?![a-z])`),
    base: new RegExp(`(?:(?:of|among|out of|across) (?:its|their|our|the (?:company|airline|retailer|firm|bank|insurer)'s)|(?:has|have|serves|serving) (?:a (?:customer )?base of )?|(?:${BUSINESS_SIZE_BEFORE}))\\s*(?:about|around|roughly|some|nearly|approximately|more than|over|almost|rund|etwa|environ|circa|unos|unas)?\\s*$`),
    affectedTotal: /(?:number|total|zahl|anzahl|nombre|numero|cifra) (?:of |der |de |di |des |del )?(?:the )?(?:(?:people|persons|customers|clients|individuals|passengers|members|users|guests) )?(?:affected|impacted|betroffenen|afectados|interessati|concernes|touches)\b[^.;:]{0,40}?\s(?:at|to|auf|a|en|in)\s+(?:about |around |roughly |nearly |some |rund |etwa |environ |circa |unos |unas |oltre |uber |mehr als )?$/,
    // "the affected customers in the US number about 2,300", "i clienti interessati ... sono circa 2.300"
    affectedAre: /(?:customers|clients|people|individuals|passengers|members|users|clienti|persone|utenti|kunden|personen|clientes|personas|personnes)\s+(?:affected|impacted|concerned|interessati|coinvolti|colpiti|betroffen\w*|concernes|touches|afectados)\b[^.;:]{0,40}?\s(?:are|were|is|was|number(?:ed)?|total(?:led)?|sono|erano|sind|waren|sont|etaient|son|eran)\s+(?:about |around |roughly |nearly |some |approximately |circa |environ |etwa |rund |unos |unas |oltre |quasi |presque |casi |fast )?$/,
    oneOf: /\bone of (?:the )?(?:more than |over |about |around |nearly |some |at least )?$/,
    earlier: cueRegex(EARLIER_EVENT_CUES),
    already: cueRegex(ALREADY_CUES),
    nonCount: new RegExp(`^\\s*${NON_COUNT_AFTER}(?![a-z])`),
    partOfBase: new RegExp(`(?:${PART_OF_BASE})\\s+(?:(?:of|among|out of|di|des|de|der|von)\\s+)?(?:its|their|our|the (?:company|airline|retailer|firm|bank|insurer|group)'s|i suoi|ses|sus|seine[nr]?|ihre[nr]?)\\s*(?:about|around|roughly|some|nearly|approximately|more than|over|almost|circa|environ|oltre|etwa|rund|mehr als)?\\s*$`),
    headcount: new RegExp(`(?:(?:its|their|our|[a-z&.-]+'s|has|have|employs|employing|with|workforce of|staff of)\\s+(?:about|around|roughly|some|nearly|approximately|more than|over|almost)?\\s*)$`),
    // "present in 40 countries with about 34,000 employees": a company profile, not the people affected.
    profile: /\b\d+\s+(?:countries|markets|paises|pays|paesi|landern|staaten|tari)\b/,
    staffUnit: new RegExp(`^\\s*(?:${STAFF_UNITS})\\b`),
    campaign: cueRegex(CAMPAIGN_CUES),
    unitWords: [
      { unit: "records" as const, re: new RegExp(`^(?:${RECORD_UNIT_WORDS})$`) },
      { unit: "accounts" as const, re: new RegExp(`^(?:${ACCOUNT_UNIT_WORDS})$`) },
      { unit: "people" as const, re: new RegExp(`^(?:${PERSON_UNITS}|${MORE_PERSON_UNIT_WORDS})$`) },
    ],
    recordsOf: new RegExp(RECORDS_OF_BEFORE),
    peopleTotal: new RegExp(PEOPLE_TOTAL_BEFORE),
  };
});

const GROUPED = /^\d{1,3}(?:(?:,\d{2})+,\d{3}|(?:[,.' ]\d{3})+)$/;

/** "430,000" / "2.861" / "45,00,000" are grouped integers; "4.4" / "1,2" (or "2.861 million") are decimals. */
function parseDigits(raw: string, hasScale: boolean): { value: number; digits: number } {
  const seps = raw.match(/[,.' ]/g)?.length ?? 0;
  if (GROUPED.test(raw) && !(hasScale && seps === 1)) {
    const clean = raw.replace(/[,.' ]/g, "");
    return { value: Number(clean), digits: clean.replace(/0+$/, "").length };
  }
  const value = Number(raw.replace(",", ".").replace(/[' ]/g, ""));
  return { value, digits: raw.replace(/[.,' ]/g, "").replace(/^0+/, "").length };
}

/** All numbers in folded text, with scale words applied ("5.7m", "1,2 Mio.", "45 lakh", "six million"). */
export function parseNumbers(folded: string): ParsedNumber[] {
  const c = compiled();
  const out: ParsedNumber[] = [];
  c.number.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.number.exec(folded))) {
    const raw = m[1] ?? m[3] ?? "";
    const scaleWord = m[2] ?? m[4];
    const word = NUMBER_WORDS[raw];
    const base = word !== undefined ? { value: word, digits: 1 } : parseDigits(raw, !!scaleWord);
    const mult = scaleWord ? SCALE_WORDS[scaleWord] ?? 1 : 1;
    if (word !== undefined && !scaleWord && word < 100) continue;
    if (!Number.isFinite(base.value)) continue;
    out.push({ value: Math.round(base.value * mult), digits: base.digits, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Context the count extractor needs about each sentence. */
export interface CountContext {
  mentionsVictim(sentence: number): boolean;
  mentionsOtherOrg(sentence: number): boolean;
  /** The sentence is about another year than the incident's (an earlier breach). */
  otherYear(sentence: Sentence): boolean;
}

/** A figure the text gives for this incident, with how it scored and what it counts. */
export interface CountCandidate extends ParsedNumber {
  score: number;
  sentence: Sentence;
  unit: CountUnit;
}
type Candidate = CountCandidate;

const unitOf = (word: string): CountUnit | null => compiled().unitWords.find((u) => u.re.test(word))?.unit ?? null;

/** What a figure counts: the last unit noun of the words after it ("user accounts" → accounts), or records for "records of N customers". */
export function countUnit(after: string, before: string): CountUnit {
  if (compiled().recordsOf.test(before)) return "records";
  const words = after.replace(/^[\s+]+/, "").split(/[^a-z'-]+/).slice(0, 5);
  let unit: CountUnit | null = null;
  let skipped = 0;
  for (const raw of words) {
    const w = raw.replace(/^(?:d'|l')/, "").replace(/'s?$/, "");
    const u = w ? unitOf(w) : null;
    if (u) unit = u;
    else if (unit || ++skipped > 3) break;
  }
  return unit ?? (compiled().peopleTotal.test(before) || compiled().affectedAfter.test(after) ? "people" : "unknown");
}

function candidatesIn(s: Sentence, prev: Sentence | undefined, ctx: CountContext): Candidate[] {
  const c = compiled();
  const out: Candidate[] = [];
  for (const n of parseNumbers(s.folded)) {
    const after = s.folded.slice(n.end, n.end + 60);
    const before = s.folded.slice(Math.max(0, n.start - 40), n.start);
    if (c.nonCount.test(after) || CURRENCY_BEFORE.test(before)) continue;
    if (c.partOfBase.test(before) || (c.staffUnit.test(after) && (c.headcount.test(before) || c.profile.test(s.folded))) || c.employs.test(before) || c.baseUnit.test(after)) continue;
    if (c.bound.test(before)) continue;
    if (n.value < 10 || (n.value >= 1900 && n.value <= 2100 && n.digits === 4 && !/\d[,.]\d/.test(s.folded.slice(n.start, n.end)))) continue;
    const unit = c.unitAfter.test(after);
    const wide = s.folded.slice(Math.max(0, n.start - 90), n.start);
    const affected = c.affectsBefore.test(before) || c.affectedTotal.test(wide) || c.affectedAre.test(wide);
    const affectedAfter = c.affectedAfter.test(after);
    if (!unit && !(affected && c.bareEnd.test(after)) && !affectedAfter) continue;
    let score = 1;
    if (c.base.test(before) || c.oneOf.test(before)) score -= 3;
    if (c.earlier.test(s.folded) || (prev && c.earlier.test(prev.folded)) || (c.already.test(s.folded) && ctx.otherYear(s))) score -= 3;
    if (c.personUnit.test(after)) score += 0.5;
    if (ctx.otherYear(s)) score -= 2;
    if (s.isTitle) score += 3;
    const otherHere = ctx.mentionsOtherOrg(s.index);
    const victimHere = ctx.mentionsVictim(s.index);
    if (victimHere) score += 2;
    if (otherHere && !victimHere) score -= 3;
    // After a sentence naming other organisations the figure may be theirs; a count of people right after one that also names
    // the victim (its own brands) stays, records of a dataset spanning several companies do not ("23 million records").
    if (!victimHere && !otherHere && prev && ctx.mentionsOtherOrg(prev.index) && !(ctx.mentionsVictim(prev.index) && c.personUnit.test(after))) score -= 3;
    if (c.campaign.test(s.folded) && !victimHere) score -= 2;
    if (/\b(?:rows|entries|lines|files)\b/.test(after.slice(0, 30)) && !/customer|passenger|client/.test(after.slice(0, 30))) score -= 0.5;
    out.push({ ...n, score, sentence: s, unit: countUnit(after, wide) });
  }
  return out;
}

/** The count chosen, and every figure the text gives for this incident (each becomes evidence with its stance and unit). */
export interface CountResult {
  count: number | null;
  chosen: CountCandidate | null;
  candidates: CountCandidate[];
}

/** The number of people/records affected at this victim, or null. Prefers a more precise figure close to the best one. */
export function extractCount(sentences: Sentence[], ctx: CountContext): CountResult {
  const all: Candidate[] = [];
  sentences.forEach((s, i) => all.push(...candidatesIn(s, sentences[i - 1], ctx)));
  const ok = all.filter((x) => x.score >= 1).sort((a, b) => b.score - a.score);
  let best = ok[0];
  if (!best) return { count: null, chosen: null, candidates: [] };
  for (const other of ok) {
    const close = Math.abs(other.value - best.value) <= best.value * 0.15;
    if (close && other.digits > best.digits && other.value >= best.value) best = other;
  }
  // The exact figure of the same count wins even where its sentence names someone else (a filing with a regulator).
  const rounded = best;
  for (const other of all) {
    if (Math.abs(other.value - rounded.value) <= rounded.value * 0.03 && other.digits > best.digits && other.digits >= 4 && !ctx.otherYear(other.sentence)) best = other;
  }
  return { count: best.value, chosen: best, candidates: ok.includes(best) ? ok : [best, ...ok] };
}
