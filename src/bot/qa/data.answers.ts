import type { DataClass } from "../../domain/data-class.js";
import { stanceStrength } from "../../domain/evidence.js";
import type { Fact, IncidentDetail, Source } from "../../domain/incident.js";
import type { AnswerLanguage } from "../../domain/stance-wording.js";
import type { ViewQuote } from "../../domain/view.js";
import { outlets } from "../views/evidence.js";
import { attributionOf, supportOf } from "../views/fact.words.js";
import { classLabel } from "../views/format.js";
import type { Phrases, Said } from "./answer.phrases.js";
import { notReported, type AnswerBody, type AnswerInput } from "./answer.types.js";
import { DATA_CLASS_TERMS, termLabel, type DataClassTerm } from "./data-class.terms.js";

/** Broader classes whose denial answers a question about a narrower one ("bank details were not affected" answers "were card numbers taken?"). */
const DENIAL_COVERS: Partial<Record<DataClass, DataClass[]>> = { payment_card: ["financial"] };
/** Negation words (EN, FR, DE, ES, IT; folded text). */
const NEGATION = /\b(?:not|no|never|none|non|pas|aucune?|nicht|keine?\w*|nessun\w*|ningun\w*|ni|sin)\b/;
/** Most sentences read for one data-class question (keeps an answer fast on long articles). */
const MAX_READ = 24;
import { stancePhrase } from "../../domain/stance-wording.js";
import type { ClassReading } from "./sentence.reading.js";
import { asQuotes, spread } from "./sentence.search.js";

/** English verb agreeing with a class label ("passport data was", "dates of birth were"). */
const be = (label: string): string => (/(data|history|gender)$/i.test(label) ? "was" : "were");

/** How one value reads in a template: its words, stance phrase, outlets and speaker. */
function said(d: IncidentDetail, field: "exposed" | "notExposed", classes: DataClass[], what: string, say: Phrases, lang: AnswerLanguage): Said & { facts: Fact[]; sources: Source[] } {
  const supports = classes.map((c) => supportOf(d, field, c));
  const weakest = supports.reduce((a, b) => (stanceStrength(b.stance) < stanceStrength(a.stance) ? b : a));
  const sources = [...new Map(supports.flatMap((s) => s.sources).map((s) => [s.id, s])).values()];
  return {
    what, be: be(what), who: attributionOf(d, field, classes[0], lang), per: sources.length > 0 ? say.per(outlets(sources)) : "",
    speaker: weakest.speaker, facts: supports.flatMap((s) => s.facts), sources,
  };
}

interface Check { line: string; cited: Source[]; facts: Fact[]; quoted: ViewQuote[] }

/** One data-class term: taken (worded by stance), stated NOT taken, what the sentences say, or not reported. */
function checkTerm(input: AnswerInput, term: DataClassTerm): Check {
  const { detail: d, say, intent } = input;
  const lang = intent.lang;
  const what = (classes: DataClass[]) => (lang === "en" ? classes.map(classLabel).join(", ") : termLabel(term, lang));
  const taken = term.classes.filter((c) => d.exposed.includes(c));
  if (taken.length > 0) {
    const s = said(d, "exposed", taken, what(taken), say, lang);
    const stance = supportOf(d, "exposed", taken[0]).stance;
    return { line: say.yes[stance](s), cited: s.sources, facts: s.facts, quoted: [] };
  }
  const safe = term.classes.filter((c) => d.notExposed.includes(c));
  if (safe.length > 0) {
    const s = said(d, "notExposed", safe, what(safe), say, lang);
    return { line: say.no(s), cited: s.sources, facts: s.facts, quoted: [] };
  }
  const label = termLabel(term, lang);
  const broader = term.classes.flatMap((c) => DENIAL_COVERS[c] ?? []).filter((c) => !term.classes.includes(c));
  const broaderTerms = DATA_CLASS_TERMS.filter((t) => t !== term && t.classes.some((c) => broader.includes(c)));
  // A broader class only answers through a denial, so only negated sentences about it are read; at most MAX_READ sentences in all.
  const all = input.sentences.filter((s) => term.pattern.test(s.folded) || (NEGATION.test(s.folded) && broaderTerms.some((t) => t.pattern.test(s.folded)))).slice(0, MAX_READ);
  const mentions = spread(all.filter((s) => term.pattern.test(s.folded)));
  const read = all.length > 0 ? fromReadings(input, term, input.reader.classes(all, [...term.classes, ...broader])) : null;
  if (read) return read;
  if (mentions.length === 0) return { line: notReported(d, label, say), cited: [], facts: [], quoted: [] };
  return { line: say.recordHasNone(label, mentions.length), cited: mentions.map((m) => m.source), facts: [], quoted: asQuotes(mentions) };
}

/** How the answer names a broader class in its language ("financial / bank data", "les données bancaires ou de paiement"). */
function widerLabel(c: DataClass, lang: AnswerLanguage): string {
  const term = lang === "en" ? undefined : DATA_CLASS_TERMS.find((t) => t.classes.includes(c) && t.classes.length > 1);
  return term && lang !== "en" ? term.labels[lang] : classLabel(c).toLowerCase();
}

/** The sentences say it was taken, or say it was not (never both): the verdict worded by the surest sentence's stance. */
function fromReadings(input: AnswerInput, term: DataClassTerm, readings: ClassReading[]): Check | null {
  const { detail: d, say, intent } = input;
  const taken = readings.filter((r) => r.taken && r.classes.some((c) => term.classes.includes(c)));
  const denied = readings.filter((r) => !r.taken);
  if ((taken.length > 0) === (denied.length > 0)) return null;
  const used = taken.length > 0 ? taken : denied;
  const best = used.reduce((a, b) => (stanceStrength(b.stance) > stanceStrength(a.stance) ? b : a));
  const sentences = spread(used.map((r) => r.sentence));
  const sources = [...new Map(sentences.map((s) => [s.source.id, s.source])).values()];
  const asked = intent.lang === "en" ? term.classes.filter((c) => best.classes.includes(c)).map(classLabel).join(", ") || classLabel(term.classes[0]!) : termLabel(term, intent.lang);
  const wider = best.classes.filter((c) => !term.classes.includes(c)).map((c) => widerLabel(c, intent.lang));
  const what = wider.length > 0 ? `${asked} (${wider.join(", ")})` : asked;
  const speaker = best.speaker ?? (best.stance === "confirmed" || best.stance === "denied" ? d.victims[0] ?? null : null);
  const s: Said = { what, be: be(what), who: stancePhrase(best.stance, { speaker, outlets: outlets(sources) || null }, intent.lang), per: say.per(outlets(sources)), speaker };
  return { line: taken.length > 0 ? say.yes[best.stance](s) : say.no(s), cited: sources, facts: [], quoted: asQuotes(sentences) };
}

/** "Was passport data taken?" for every kind of data the question names. */
export function answerDataClassCheck(input: AnswerInput): AnswerBody {
  const { detail, intent, say } = input;
  const checks = intent.terms.map((t) => checkTerm(input, t));
  const cited = checks.flatMap((c) => c.cited);
  const evidence = checks.flatMap((c) => c.facts);
  const quoted = checks.flatMap((c) => c.quoted);
  const base = { cited: cited.length > 0 ? cited : detail.sources, evidence, quoted };
  if (checks.length === 1) return { text: checks[0]!.line, ...base };
  return { text: say.several, bullets: checks.map((c) => c.line), ...base };
}

/** "What data was taken?": every class taken (worded by stance), and those stated NOT taken, each with its sources. */
export function answerDataTaken(input: AnswerInput): AnswerBody {
  const { detail, say, intent } = input;
  if (detail.exposed.length === 0 && detail.notExposed.length === 0) {
    return { text: notReported(detail, say.topics.data, say), cited: detail.sources };
  }
  const bullets: string[] = [];
  const cited: Source[] = [];
  const evidence: Fact[] = [];
  for (const [field, classes, label] of [["exposed", detail.exposed, say.taken], ["notExposed", detail.notExposed, say.notTaken]] as const) {
    for (const c of classes) {
      const s = supportOf(detail, field, c);
      cited.push(...s.sources);
      evidence.push(...s.facts);
      const who = field === "exposed" ? ` — ${attributionOf(detail, field, c, intent.lang)}` : "";
      bullets.push(`${label}: ${classLabel(c)}${who}${s.sources.length > 0 ? say.per(outlets(s.sources)) : ""}`);
    }
  }
  return { text: say.dataIntro(detail.title), bullets, cited, evidence };
}
