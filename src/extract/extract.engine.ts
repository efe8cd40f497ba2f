import type { Article, Extraction } from "../domain/incident.js";
import { buildDoc, type Doc } from "./article.doc.js";
import { extractActors } from "./actor.extractor.js";
import { isBreachReport } from "./breach.detector.js";
import { extractCount } from "./count.extractor.js";
import { extractDataClasses } from "./data-class.extractor.js";
import { extractDates, incidentYear } from "./date.extractor.js";
import { YEAR_UNKNOWN, yearsIn } from "./date.parser.js";
import { assembleEvidence } from "./evidence.assembler.js";
import { findMentions, type Mention } from "./org.mentions.js";
import { extractPlatform } from "./platform.extractor.js";
import { extractRegulators } from "./regulator.extractor.js";
import { resolveSector } from "./sector.resolver.js";
import { findVictims } from "./victim.finder.js";
import { actorMatcher } from "./gazetteer.matcher.js";

export interface ExtractOptions {
  /**
   * The latest date an event can have (default: the current time): years after it are forecasts, and a day+month of an
   * undated article that would fall after it goes to the year before. It never supplies a year: a day and month with no
   * year in the article's date or text is reported in `yearless`.
   */
  now?: Date;
}

/** Which sentences name the victim, and which name some other organisation. */
/** Words before a name that make it the target of an attack ("attacks on X", "has also hit X", "such as X"). */
const TARGET_BEFORE = /(?:(?:attacks?|breach(?:es)?|hacks?|intrusions?|incidents?|leaks?)\s+(?:on|at|against|of|targeting|affecting)|\bhit|targeted|breached|hacked|compromised|victims?(?: include)?|including|such as|like)\s+(?:the\s+)?$/;

/** A name used as the attacked party: "the M&S attack", "Harrods' breach". */
const TARGET_AFTER = /^(?:'s?)?\s+(?:cyber[- ]?)?(?:attacks?|breach(?:es)?|hacks?|incidents?|intrusions?|data theft)\b/;

/** Names listed after "the owner / parent (company) of" at the start of a sentence: the victim's own brands. */
const OWNER_OF = /^(?:.{0,4}\b)?(?:the |its )?(?:owner|parent(?: company| group)?|operator) of (?:[a-z0-9&'. -]{1,30}(?:, | and | & ))*(?:and )?$/;

function sentenceIndex(doc: Doc, mentions: Mention[], victimKeys: Set<string>, significant: Set<string>) {
  const victim = new Set<number>();
  const other = new Map<number, number>();
  const target = new Map<number, number>();
  for (const m of mentions) {
    if (victimKeys.has(m.key)) victim.add(m.sentence);
    else if (significant.has(m.key) && !m.vendor) {
      // "The owner of Food Lion, Stop & Shop and Giant said it…": brands listed as the victim's own are not another party.
      if (OWNER_OF.test(doc.sentences[m.sentence]?.folded.slice(Math.max(0, m.start - 80), m.start) ?? "")) continue;
      other.set(m.sentence, Math.min(other.get(m.sentence) ?? Infinity, m.start));
      const left = doc.sentences[m.sentence]?.folded.slice(Math.max(0, m.start - 40), m.start) ?? "";
      const right = doc.sentences[m.sentence]?.folded.slice(m.end, m.end + 30) ?? "";
      if (TARGET_BEFORE.test(left) || TARGET_AFTER.test(right)) target.set(m.sentence, Math.min(target.get(m.sentence) ?? Infinity, m.start));
    }
  }
  return {
    mentionsVictim: (i: number) => victim.has(i),
    mentionsOtherOrg: (i: number) => other.has(i),
    aboutVictim: (i: number) => victim.has(i) || !other.has(i),
    firstOtherOrgAt: (i: number) => other.get(i) ?? Infinity,
    firstTargetAt: (i: number) => target.get(i) ?? Infinity,
  };
}

/** "…, the airline said": the victim, named by its descriptor, reports what the sentence says. */
const VICTIM_SAYS = /,\s+the (?:airline|carrier|retailer|company|firm|insurer|bank|operator|group) (?:said|says|added|confirmed|stated)\b/;

/** The sentence names years, none of them the incident's year ("in 2018, 489,000 customers…"). */
function mentionsOnlyOtherYears(folded: string, year: number): boolean {
  const years = yearsIn(folded);
  return years.length > 0 && !years.includes(year);
}

export function emptyExtraction(language = "en"): Extraction {
  return {
    isBreachReport: false, incidentKey: null, victims: [], victimGroup: null, sector: null, thirdParty: null, vendor: null, vector: null,
    exposed: [], notExposed: [], affectedCount: null, actors: [], detected: null, disclosed: null, regulators: [], language, text: "", evidence: [],
  };
}

function extractFromDoc(doc: Doc, now: Date): Extraction {
  const mentions = findMentions(doc);
  const victims = findVictims(doc, mentions);
  const idx = sentenceIndex(doc, mentions, victims.victimKeys, victims.significantKeys);
  const victimInTitle = mentions.some((m) => victims.victimKeys.has(m.key) && doc.sentences[m.sentence]?.isTitle);
  const title = doc.sentences[0]?.isTitle ? doc.sentences[0] : null;
  const leading = title ? actorMatcher().find(title.text, title.folded).find((h) => h.start <= 2) : undefined;
  const actorLeadsTitle = !!leading;
  const profileTitle = !!leading && /^\s*:/.test(title?.folded.slice(leading.end) ?? "");
  const breach = victims.victims.length > 0 && isBreachReport(doc.sentences, { victimScore: victims.topScore, victimInTitle: victimInTitle && !profileTitle, actorLeadsTitle, breachSentences: 0 });
  if (!breach) return emptyExtraction(doc.language);
  const sentences = doc.sentences;
  const relevant = sentences.filter((s) => idx.aboutVictim(s.index) || VICTIM_SAYS.test(s.folded));
  const sector = resolveSector(victims.victimOrgs, victims.victims, sentences, idx.aboutVictim);
  const data = extractDataClasses(sentences, sector.sector, idx);
  const year = incidentYear(sentences, doc.published, now, doc.article.url) ?? YEAR_UNKNOWN;
  const ref = { published: doc.published, year, latest: doc.published ? undefined : now.toISOString().slice(0, 10) };
  const count = extractCount(sentences, { ...idx, otherYear: (s) => mentionsOnlyOtherYears(s.folded, ref.year) });
  const dates = extractDates(sentences, ref, idx);
  const actors = extractActors(sentences, idx);
  const regulators = extractRegulators(relevant);
  const platform = extractPlatform(sentences, idx, victims.victims);
  const read = assembleEvidence({ sentences, mentions, victims, sector, platform, data, count, actors, dates, regulators, published: doc.published });
  return {
    isBreachReport: true, incidentKey: null, victims: victims.victims, victimGroup: victims.group, sector: read.sector,
    thirdParty: read.thirdParty, vendor: read.vendor, vector: read.vector, exposed: data.exposed, notExposed: data.notExposed,
    affectedCount: read.affectedCount, actors: read.actors, detected: read.detected, disclosed: read.disclosed, regulators: regulators.regulators,
    language: doc.language, text: read.text, evidence: read.evidence, ...(read.yearless.length ? { yearless: read.yearless } : {}),
  };
}

/** Reads one article into a structured extraction. Pure and synchronous; the incident key is set by `assignIncidentKeys`. */
export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  return extractFromDoc(buildDoc(article), options.now ?? new Date());
}
