import { stanceStrength } from "../../domain/evidence.js";
import type { CountFigure } from "../../domain/fact-stance.js";
import { countWords } from "../../domain/field-labels.js";
import type { Fact, FactField, IncidentDetail, Source } from "../../domain/incident.js";
import { stancePhrase } from "../../domain/stance-wording.js";
import { conflictSources, conflictText, outlets } from "../views/evidence.js";
import { actorPhrase, actorWords, attributionOf, figuresOf, supportOf, victimOf } from "../views/fact.words.js";
import { formatDate } from "../views/format.js";
import { vectorLabel } from "../views/incident.view.js";
import type { Phrases } from "./answer.phrases.js";
import { notReported, type AnswerBody, type AnswerInput } from "./answer.types.js";
import type { CountReading, NameReading, Reading } from "./sentence.reading.js";
import { asQuotes, mentioning, spread, type SourceSentence } from "./sentence.search.js";
import { withSpellings } from "./actor.spellings.js";
import { topicPattern, type Topic } from "./topic.terms.js";

const per = (say: Phrases, sources: Source[]): string => (sources.length > 0 ? say.per(outlets(sources)) : "");
/** "(per Reuters)" after a value, unless its stance phrase already names the outlets ("reported by Reuters, …"). */
const perFor = (say: Phrases, d: IncidentDetail, field: FactField, value: unknown): string => {
  const s = supportOf(d, field, value);
  return s.stance === "reported" || s.stance === "inferred" ? "" : per(say, s.sources);
};
const fieldFacts = (d: IncidentDetail, field: FactField): Fact[] => supportOf(d, field).facts;
const fieldSources = (d: IncidentDetail, field: FactField): Source[] => supportOf(d, field).sources;

/**
 * The record has no value for a topic: quote the source sentences that speak to it, or — only when
 * none does — say it is not reported in N sources.
 */
function fromSentences(input: AnswerInput, topic: Topic, what: string): AnswerBody {
  const mentions = mentioning(input.sentences, topicPattern(topic));
  if (mentions.length === 0) return { text: notReported(input.detail, what, input.say), cited: input.detail.sources };
  return { text: input.say.recordHasNone(what, mentions.length), quoted: asQuotes(mentions), cited: sourcesOf(mentions) };
}

/** The sources of some sentences, once each. */
const sourcesOf = (sentences: SourceSentence[]): Source[] => [...new Map(sentences.map((s) => [s.source.id, s.source])).values()];

/** "confirmed by Europcar", "reported by X, not confirmed by the company": a reading's stance phrase. */
const readingPhrase = (input: AnswerInput, r: Reading): string =>
  stancePhrase(r.stance, { speaker: r.speaker ?? (r.stance === "confirmed" ? victimOf(input.detail) : null), outlets: outlets([r.sentence.source]) || null }, input.intent.lang);

/** The stance phrase and, unless it already names the outlet, "(per outlet)". */
const readingWords = (input: AnswerInput, r: Reading): string =>
  `${readingPhrase(input, r)}${r.stance === "reported" || r.stance === "inferred" ? "" : per(input.say, [r.sentence.source])}`;

/** No count in the record: a figure of people (or accounts) the sentences say were affected, worded by stance; else what they say. */
function countFromSentences(input: AnswerInput): AnswerBody {
  const { say } = input;
  const withDigits = input.sentences.filter((s) => /\d/.test(s.folded));
  const readings = input.reader.counts(withDigits);
  const people = readings.filter((r) => r.unit === "people" || r.unit === "accounts");
  if (people.length === 0) {
    const records = spread(readings.map((r) => r.sentence));
    if (records.length === 0) return fromSentences(input, "count", say.topics.count);
    return { text: say.otherFiguresOnly(records.length), quoted: asQuotes(records), cited: sourcesOf(records) };
  }
  const best = people.reduce((a, b) => (stanceStrength(b.stance) > stanceStrength(a.stance) || (b.stance === a.stance && b.unit === "people" && a.unit !== "people") ? b : a));
  const text = say.count[best.stance](countSaid(input, best));
  const others = people.filter((r) => r.value !== best.value);
  const extra = others.length > 0 ? [{ heading: say.otherFigures, bullets: [...new Map(others.map((r) => [r.value, r])).values()].map((r) => `${readWords(say, r)} — ${readingPhrase(input, r)}`) }] : undefined;
  const sentences = spread(people.map((r) => r.sentence));
  return { text, extra, quoted: asQuotes(sentences), cited: sourcesOf(sentences) };
}

/** "fewer than 200K people" (the bound in the answer's language). */
const readWords = (say: Phrases, r: CountReading): string => `${r.bound ? `${say.bounds[r.bound]} ` : ""}${figureWords({ value: r.value, unit: r.unit, stance: r.stance, speaker: r.speaker, sources: [] }, say)}`;

function countSaid(input: AnswerInput, r: CountReading) {
  const { say } = input;
  return {
    what: figureWords({ value: r.value, unit: r.unit, stance: r.stance, speaker: r.speaker, sources: [] }, say),
    bound: r.bound ? say.bounds[r.bound] : undefined,
    who: readingPhrase(input, r), per: per(say, [r.sentence.source]), speaker: r.speaker,
  };
}

/** Names read from sentences: each worded by its own stance, the sentences quoted. */
function namesFromSentences(input: AnswerInput, readings: NameReading[], line: (r: NameReading) => string, intro: string): AnswerBody {
  const sentences = spread(readings.map((r) => r.sentence), 4);
  const lines = readings.map(line);
  const text = lines.length === 1 ? `${intro} ${lines[0]}.` : intro;
  return { text, bullets: lines.length === 1 ? undefined : lines, quoted: asQuotes(sentences), cited: sourcesOf(sentences) };
}

/** "5.7M people", "6M records", "5.7M". */
const figureWords = (f: CountFigure, say: Phrases): string => `${countWords(f.value)}${say.units[f.unit] ? ` ${say.units[f.unit]}` : ""}`;

/** "How many people?" — the surest figure, worded by its stance; other figures (claims) apart; a disagreement as such. */
export function answerCount(input: AnswerInput): AnswerBody {
  const { detail, say, intent } = input;
  const conflict = conflictText(detail, "affectedCount");
  if (conflict) return { text: say.countsDiffer(conflict), cited: conflictSources(detail, "affectedCount"), evidence: fieldFacts(detail, "affectedCount") };
  const figures = figuresOf(detail);
  if (figures.length === 0) return countFromSentences(input);
  const [main, ...others] = figures;
  const support = supportOf(detail, "affectedCount", main!.value);
  const speaker = main!.speaker ?? support.speaker ?? (main!.stance === "confirmed" ? victimOf(detail) : null);
  const who = stancePhrase(main!.stance, { speaker, outlets: outlets(support.sources) || null }, intent.lang);
  const text = say.count[main!.stance]({ what: figureWords(main!, say), who, per: per(say, support.sources), speaker });
  const extra = others.length > 0
    ? [{ heading: say.otherFigures, bullets: others.map((f) => `${figureWords(f, say)} — ${stancePhrase(f.stance, { speaker: f.speaker, outlets: outlets(supportOf(detail, "affectedCount", f.value).sources) || null }, intent.lang)}`) }]
    : undefined;
  return { text, extra, cited: fieldSources(detail, "affectedCount"), evidence: fieldFacts(detail, "affectedCount") };
}

/** "Who is behind it?" — each actor worded by stance (named by the victim, claiming, linked by reporting), with its sources. */
export function answerActors(input: AnswerInput): AnswerBody {
  const { detail, say, intent } = input;
  if (detail.actors.length === 0) {
    const read = input.reader.actors(mentioning(input.sentences, topicPattern("actors"), 12));
    if (read.length === 0) return fromSentences(input, "actors", say.topics.actors);
    const line = (r: NameReading) => `${withSpellings(r.name, say.alsoWritten)} — ${actorPhrase(r.stance, { speaker: r.speaker ?? victimOf(detail), outlets: outlets([r.sentence.source]) || null }, intent.lang)}`;
    return namesFromSentences(input, read, line, say.actorsIntro);
  }
  const cited: Source[] = [];
  const evidence: Fact[] = [];
  const ordered = [...detail.actors].sort((a, b) => stanceStrength(supportOf(detail, "actors", b.name).stance) - stanceStrength(supportOf(detail, "actors", a.name).stance));
  const bullets = ordered.map((a) => {
    const s = supportOf(detail, "actors", a.name);
    cited.push(...s.sources);
    evidence.push(...s.facts);
    const words = actorWords(detail, a, intent.lang);
    return `${withSpellings(a.name, say.alsoWritten)}${words.slice(a.name.length)}${perFor(say, detail, "actors", a.name)}`;
  });
  return { text: say.actorsIntro, bullets, cited, evidence };
}

/** "When was it detected / disclosed?" */
export function answerWhen(input: AnswerInput, question: string): AnswerBody {
  const { detail, say, intent } = input;
  const wantDetected = /detect|discover|aware|notice|d[ée]tect|d[ée]couv|entdeck|detect|scopert/i.test(question);
  const wantDisclosed = /disclos|announc|public|report|reveal|annonc|divulg|rendu public|bekannt|divulg|reso pubblico/i.test(question);
  const both = wantDetected === wantDisclosed;
  const lines: string[] = [];
  const cited: Source[] = [];
  const evidence: Fact[] = [];
  for (const [field, label, value, topic] of [["detected", say.labels.detected, detail.detectedAt, say.topics.detected], ["disclosed", say.labels.disclosed, detail.disclosedAt, say.topics.disclosed]] as const) {
    if (!both && (field === "detected" ? !wantDetected : !wantDisclosed)) continue;
    const s = supportOf(detail, field, value ?? undefined);
    cited.push(...s.sources);
    evidence.push(...s.facts);
    lines.push(value ? `${label}: ${formatDate(value)} — ${attributionOf(detail, field, value, intent.lang)}${perFor(say, detail, field, value)}` : `${label}: ${notReported(detail, topic, say)}`);
  }
  return { text: lines.length === 1 ? lines[0]! : say.labels.dates, bullets: lines.length === 1 ? undefined : lines, cited: cited.length > 0 ? cited : detail.sources, evidence };
}

/** "Which vendor / platform?" — vendor (worded by stance), whether third party, and the vector. */
export function answerVendor(input: AnswerInput): AnswerBody {
  const { detail, say, intent } = input;
  if (!detail.vendor) {
    const read = input.reader.vendors(mentioning(input.sentences, topicPattern("vendor"), 12));
    if (read.length > 0) return namesFromSentences(input, read, (r) => `${r.name} — ${readingWords(input, r)}`, `${say.labels.vendor}:`);
  }
  if (!detail.vendor && !detail.vector) {
    const found = fromSentences(input, "vendor", say.topics.vendor);
    return { ...found, text: `${say.labels.vendor}: ${found.text}` };
  }
  const lines: string[] = [];
  const vendorSources = fieldSources(detail, "vendor");
  lines.push(detail.vendor
    ? `${say.labels.vendor}: ${detail.vendor}${detail.thirdParty ? ` (${say.labels.thirdParty})` : ""} — ${attributionOf(detail, "vendor", detail.vendor, intent.lang)}${perFor(say, detail, "vendor", detail.vendor)}`
    : `${say.labels.vendor}: ${notReported(detail, say.topics.vendor, say)}`);
  if (detail.vector) lines.push(`${say.labels.how}: ${vectorLabel(detail.vector)} — ${attributionOf(detail, "vector", detail.vector, intent.lang)}${perFor(say, detail, "vector", detail.vector)}`);
  const cited = [...vendorSources, ...fieldSources(detail, "vector")];
  return { text: lines[0]!, bullets: lines.slice(1), cited: cited.length > 0 ? cited : detail.sources, evidence: [...fieldFacts(detail, "vendor"), ...fieldFacts(detail, "vector")] };
}

/** "Which regulators were notified?" — each worded by stance. */
export function answerRegulators(input: AnswerInput): AnswerBody {
  const { detail, say, intent } = input;
  const specific = detail.regulators.filter((r) => !isGeneric(r));
  const generic = detail.regulators.filter(isGeneric);
  const cited = fieldSources(detail, "regulators");
  const evidence = fieldFacts(detail, "regulators");
  if (specific.length > 0) {
    const named = detail.regulators.map((r) => `${r} — ${attributionOf(detail, "regulators", r, intent.lang)}${perFor(say, detail, "regulators", r)}`).join("; ");
    return { text: `${say.labels.regulators}: ${named}.`, cited, evidence };
  }
  const read = input.reader.regulators(mentioning(input.sentences, topicPattern("regulators"), 12));
  const readSpecific = read.filter((r) => !r.generic);
  if (readSpecific.length > 0) return namesFromSentences(input, readSpecific, (r) => `${r.name} — ${readingWords(input, r)}`, `${say.labels.regulators}:`);
  // Only "law enforcement" (or no one): no regulator is reported; the generic authority told is said apart.
  const told = [
    ...generic.map((r) => `${r} — ${attributionOf(detail, "regulators", r, intent.lang)}${perFor(say, detail, "regulators", r)}`),
    ...read.filter((r) => !generic.includes(r.name)).map((r) => `${r.name} — ${readingWords(input, r)}`),
  ];
  if (told.length === 0) return fromSentences(input, "regulators", say.topics.regulators);
  return {
    text: `${say.labels.regulators}: ${notReported(detail, say.topics.regulators, say)}`,
    bullets: told.map((t) => `${say.alsoInformed}: ${t}`),
    cited: cited.length > 0 ? cited : detail.sources,
    evidence,
  };
}

/** A generic authority ("law enforcement"), not a named regulator: gazetteer names of authorities are capitalised. */
const isGeneric = (name: string): boolean => name === name.toLowerCase();

/** "Is it contained?" */
export function answerStatus({ detail, say }: AnswerInput): AnswerBody {
  const cited = fieldSources(detail, "status");
  return { text: `${say.labels.status}: ${detail.status}${per(say, cited)}. ${say.labels.severity}: ${detail.severity}.`, cited: cited.length > 0 ? cited : detail.sources };
}
