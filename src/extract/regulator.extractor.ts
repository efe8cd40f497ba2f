import { NOTIFY_CUES } from "../knowledge/lexicon/event.lexicon.js";
import { US_STATES } from "../knowledge/lexicon/us-states.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { regulatorMatcher, type GazetteerHit } from "./gazetteer.matcher.js";
import type { RegulatorEntry } from "../knowledge/types.js";
import { fold } from "./text.normalizer.js";
import { looseRegulators } from "./regulator.loose.js";
import type { ValueSource } from "./evidence.builder.js";
import { AUTHORITY_WORDS } from "../knowledge/lexicon/org-words.lexicon.js";
import { DPA_BY_NATIONALITY, MORE_NOTIFY_CUES } from "../knowledge/gazetteer/regulators.js";

const compiled = lazy(() => {
  const states = US_STATES.map((s) => fold(s)).join("|");
  return {
    notify: cueRegex([...NOTIFY_CUES, ...MORE_NOTIFY_CUES]),
    stateAg: new RegExp(`(?:attorneys? general(?:'s office)?(?: of| in)?(?: the state of)? (${states})|(${states})(?: state)?(?:'s)? (?:attorneys? general|ag)\\b|(?:autorita|behorden?|autorites|autoridades|generalstaatsanwalt\\w*|procureur general|procuratore generale|fiscal general)(?: [a-z'-]+){0,4} (${states}))`, "g"),
    dpaList: new RegExp(`\\b((?:(?:${Object.keys(DPA_BY_NATIONALITY).join("|")})(?:,? (?:and|und|et|e|y) |, )?)+) (?:data[- ]protection|privacy|datenschutz)[- ]?(?:authorit(?:y|ies)|regulators?|watchdogs?|agenc(?:y|ies)|behorden?)`, "g"),
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

/** A named prosecutor's office: "Procura di Bari", "Staatsanwaltschaft Köln", "Fiscalía de Madrid", "parquet de Lyon". */
const PROSECUTOR = /\b(?:Procura(?: della Repubblica)? di|Staatsanwaltschaft|Fiscal[ií]a(?: Provincial)? de|[Pp]arquet de) \p{Lu}[\p{L}'-]+/gu;

/** A sentence about an earlier, separate incident ("the earlier breach was reported to…"): its filings are not this incident's. */
const EARLIER_INCIDENT = /\b(?:earlier|previous|prior|first|separate|older|last year's|precedente|vorherige\w*|fruhere\w*|precedent\w*|anterior\w*) (?:[a-z'-]+ )?(?:data )?(?:breach|incident|attack|hack|intrusion|leak|violazione|attacco|angriff|vorfall|attaque|fuite|ataque|brecha)\w*/;

const titleCase = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

/** "notified law enforcement" (the company told the police) counts; "working with law enforcement agencies" does not. */
const LAW_ENFORCEMENT = /(?:notified|informed|alerted|contacted|reported (?:it |this |the (?:incident|breach|matter|attack) )?to)(?: (?:both|the|relevant|appropriate|federal))* law enforcement(?! (?:agencies|authorities|officials|partners))/;
/** Words that contain a notify cue without meaning it ("information"). */
const FALSE_NOTIFY = /(?<![a-z])(?:information|informationen|informazion[ei]|informaci[oa]n\w*|informations)(?![a-z])/g;
/** Short all-capitals names that are also something else (AFP, the news agency) need "the" or their country's context. */
const AMBIGUOUS_CONTEXT: Record<string, RegExp> = { AU: /(?:^|[^a-z])(?:austral\w*|police|federal|oaic|acsc)/ };

/** "the Home Affairs (and Cyber Security) Minister": a minister's portfolio, not the authority acting on the case. */
const MINISTER_PORTFOLIO = /^(?: (?:and|&) [a-z' -]{1,40}?)? minist(?:er|re|ro)\b/;

function keepHit(hit: GazetteerHit<RegulatorEntry>, s: Sentence): boolean {
  if (MINISTER_PORTFOLIO.test(s.folded.slice(hit.end, hit.end + 60))) return false;
  if (hit.entry.name === "law enforcement") return LAW_ENFORCEMENT.test(s.folded);
  if (!hit.entry.ambiguous || s.text.slice(hit.start, hit.end) !== hit.entry.name || hit.entry.name.length > 5) return true;
  const left = s.folded.slice(Math.max(0, hit.start - 12), hit.start);
  const context = AMBIGUOUS_CONTEXT[hit.entry.country];
  return !context || /the\s+$/.test(left) || context.test(s.folded.slice(0, hit.start) + s.folded.slice(hit.end));
}

/** Authorities the text says were notified, filed with, or are working on the case (short canonical names). */
export function extractRegulators(sentences: Sentence[]): { regulators: string[]; sources: Map<string, ValueSource[]> } {
  const c = compiled();
  const found = new Map<string, ValueSource[]>();
  const add = (name: string, s: Sentence, at: number) => {
    const list = found.get(name) ?? [];
    if (list.length < 4) list.push({ sentence: s.index, at });
    found.set(name, list);
  };
  for (const s of sentences) {
    if (!c.notify.test(s.folded.replace(FALSE_NOTIFY, (w) => "_".repeat(w.length))) || EARLIER_INCIDENT.test(s.folded)) continue;
    const exact = regulatorMatcher().find(s.text, s.folded);
    for (const hit of exact) if (keepHit(hit, s)) add(hit.entry.name, s, hit.start);
    // Full names with inflected words ("das Bayerische Landesamt für Datenschutzaufsicht informiert"), where the gazetteer
    // matched nothing over the same words ("Personal Data Protection Commission" is not the Irish "Data Protection Commission").
    for (const hit of looseRegulators(s.folded)) {
      if (exact.some((e) => e.start < hit.end && hit.at < e.end) || found.get(hit.name)?.some((v) => v.sentence === s.index)) continue;
      add(hit.name, s, hit.at);
    }
    for (const m of s.folded.matchAll(c.stateAg)) add(`${titleCase(m[1] ?? m[2] ?? m[3] ?? "")} AG`, s, m.index);
    for (const m of s.folded.matchAll(c.dpaList)) for (const w of m[1]!.split(/,? (?:and|und|et|e|y) |, /)) {
      const dpa = DPA_BY_NATIONALITY[w.trim()];
      if (dpa) add(dpa, s, m.index);
    }
    for (const m of s.text.matchAll(POLICE)) {
      const name = policeName(m[0]);
      if (name) add(name, s, m.index);
    }
    for (const m of s.text.matchAll(PROSECUTOR)) add(m[0].replace(/^[Pp]arquet/, "Parquet"), s, m.index);
  }
  return { regulators: [...found.keys()], sources: found };
}
