import { DETECTION_CUES, DISCLOSURE_CUES } from "../knowledge/lexicon/event.lexicon.js";
import { ATTACK_DAY_CUES, MORE_DETECTION_CUES, THIRD_PARTY_FINDERS } from "../knowledge/lexicon/date.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { eventYearsIn, findDates, type DateRef } from "./date.parser.js";
import type { ValueSource } from "./evidence.builder.js";

/** Which sentences speak about the victim (or about no other organisation). */
export interface SentenceFilter {
  aboutVictim(sentence: number): boolean;
}

const cues = lazy(() => ({
  detect: cueRegex([...DETECTION_CUES, ...MORE_DETECTION_CUES], true),
  disclose: cueRegex(DISCLOSURE_CUES, true),
  struck: cueRegex(ATTACK_DAY_CUES, true),
  finder: new RegExp(`(?<![a-z])(?:${THIRD_PARTY_FINDERS.join("|")})(?![a-z])[^.;]{0,60}$`),
}));

/** Years in a URL path ("/2025/07/…", "-2025-09-20"). */
const urlYears = (url: string | null | undefined) => [...(url ?? "").matchAll(/(?<=[/_-])(20[0-4]\d)(?=[/_-](?:[01]\d|[a-z]))/g)].map((m) => +m[1]!);

/**
 * The incident's year: the published year; without one, the latest year the text or the URL mentions (years after `now`
 * are ignored as forecasts, background years such as "active since 2022" are not the incident's); with no year anywhere,
 * null: the clock never supplies a year.
 */
export function incidentYear(sentences: Sentence[], published: string | null, now: Date, url?: string | null): number | null {
  if (published) return +published.slice(0, 4);
  const cap = now.getUTCFullYear();
  const years = [...sentences.flatMap((s) => eventYearsIn(s.folded)), ...urlYears(url)].filter((y) => y <= cap);
  return years.length ? Math.max(...years) : null;
}

/** The date closest after a cue in the sentence (or just before it). */
function dateNearCue(s: Sentence, re: RegExp, ref: DateRef): string | null {
  const dates = findDates(s.folded, ref);
  if (!dates.length) return null;
  re.lastIndex = 0;
  const cue = re.exec(s.folded);
  if (!cue) return null;
  const found = dates.find((d) => d.start >= cue.index);
  const cueEnd = cue.index + cue[0].length;
  // "… discovering hackers, the company said in a filing on Monday": a date after a reporting verb is when it was said.
  const after = found && !REPORTED.test(s.folded.slice(cueEnd, found.start)) ? found : undefined;
  // "In a notice posted on Monday, X said Y had alerted it": a date before the reporting verb dates the statement too.
  const before = dates.filter((d) => d.end <= cue.index && !REPORTED.test(s.folded.slice(d.end, cue.index))).pop();
  return (after && after.start - cue.index < 120 ? after : before ?? after)?.iso ?? null;
}

const NEXT_DAY = /\b(?:the (?:next|following) day|a day later|one day later|the day after|am (?:folgenden|nachsten) tag|einen tag spater|tags darauf|am tag danach|le lendemain|un jour plus tard|il giorno dopo|il giorno successivo|un giorno dopo|al dia siguiente|un dia despues)\b/;

/** Reporting verbs: a date after one of these (between the cue and the date) dates the statement, not the detection. */
const REPORTED = /\b(?:said|says|told|announced|stated|disclosed|confirmed|in a (?:regulatory |securities )?filing|in a statement|in a notice|erklarte|teilte mit|ha dichiarato|ha comunicato|a declare|a annonce|declaro|anuncio)\b/;

/** "… on July 16 … discovered it the next day": the last date before the phrase, plus one day.
 * "discovered it on May 23 and shut off access the following day": a date between the cue and the phrase is the cue's own. */
function nextDay(sentences: Sentence[], s: Sentence, ref: DateRef, cueAt: number): string | null {
  const m = NEXT_DAY.exec(s.folded);
  if (!m) return null;
  const here = findDates(s.folded, ref).filter((d) => d.end <= m.index);
  if (cueAt < m.index && here.some((d) => d.start >= cueAt)) return null;
  const prev = sentences.filter((x) => x.index === s.index - 1).flatMap((x) => findDates(x.folded, ref));
  const base = (here.length ? here : prev).pop();
  if (!base) return null;
  const dt = new Date(`${base.iso}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + 1);
  return dt.toISOString().slice(0, 10);
}

function firstDated(sentences: Sentence[], re: RegExp, ref: DateRef, filter: SentenceFilter): { date: string | null; source: ValueSource | null } {
  for (const s of sentences) {
    if (!filter.aboutVictim(s.index)) continue;
    re.lastIndex = 0;
    const cue = re.exec(s.folded);
    if (!cue) continue;
    if (re === cues().detect && cues().finder.test(s.folded.slice(Math.max(0, cue.index - 80), cue.index))) continue;
    if (OTHER_INCIDENT.test(s.folded.slice(0, cue.index))) continue;
    const date = nextDay(sentences, s, ref, cue.index) ?? dateNearCue(s, re, ref);
    if (date) return { date, source: { sentence: s.index, at: cue.index } };
  }
  return { date: null, source: null };
}

/**
 * The sentence speaks of another, earlier incident before the cue ("a separate attack from the one it disclosed in
 * November, which its vendor spotted on October 31"): its dates are that incident's, not this one's.
 */
const OTHER_INCIDENT = /\b(?:separate|different|earlier|previous|prior|first|last year's) (?:attack|incident|breach|intrusion|hack)\w* (?:from|than|in|of)\b|\b(?:the one|the attack|the incident|the breach) (?:it|the company|\w+) (?:had )?(?:disclosed|reported|announced) (?:in|last|earlier)\b|\b(?:un(?:e)? autre|otra|altro|ein(?:e|en)? (?:anderen?|fruheren?)) (?:attaque|incident|ataque|incidente|attacco|angriff|vorfall)\b/;

/** Detection and disclosure dates with the sentence each was read from; a disclosure date taken from the article's own date has no sentence. */
export interface DatesResult {
  detected: string | null;
  disclosed: string | null;
  sources: { detected: ValueSource | null; disclosed: ValueSource | null };
}

/** When the organisation detected / learned of the incident, and when it was disclosed (default: published). */
export function extractDates(sentences: Sentence[], ref: DateRef, filter: SentenceFilter): DatesResult {
  let detected = firstDated(sentences, cues().detect, ref, filter);
  if (!detected.date) detected = firstDated(sentences, cues().struck, ref, filter);
  const disclosed = firstDated(sentences, cues().disclose, ref, filter);
  return { detected: detected.date, disclosed: disclosed.date ?? ref.published, sources: { detected: detected.source, disclosed: disclosed.date ? disclosed.source : null } };
}
