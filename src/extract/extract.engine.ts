import type { Article, Extraction } from "../domain/incident.js";
import { buildDoc, type Doc } from "./article.doc.js";
import { extractActors } from "./actor.extractor.js";
import { isBreachReport } from "./breach.detector.js";
import { extractCount } from "./count.extractor.js";
import { extractDataClasses } from "./data-class.extractor.js";
import { extractDates, incidentYear } from "./date.extractor.js";
import { findMentions, type Mention } from "./org.mentions.js";
import { extractPlatform } from "./platform.extractor.js";
import { extractRegulators } from "./regulator.extractor.js";
import { resolveSector } from "./sector.resolver.js";
import { findVictims } from "./victim.finder.js";

export interface ExtractOptions {
  /** Reference "now" for articles without a published date (default: the current time). */
  now?: Date;
}

/** Which sentences name the victim, and which name some other organisation. */
function sentenceIndex(mentions: Mention[], victimKeys: Set<string>, significant: Set<string>) {
  const victim = new Set<number>();
  const other = new Set<number>();
  for (const m of mentions) {
    if (victimKeys.has(m.key)) victim.add(m.sentence);
    else if (significant.has(m.key) && !m.vendor) other.add(m.sentence);
  }
  return {
    mentionsVictim: (i: number) => victim.has(i),
    mentionsOtherOrg: (i: number) => other.has(i),
    aboutVictim: (i: number) => victim.has(i) || !other.has(i),
  };
}

export function emptyExtraction(language = "en"): Extraction {
  return {
    isBreachReport: false, incidentKey: null, victims: [], victimGroup: null, sector: null, thirdParty: null, vendor: null, vector: null,
    exposed: [], notExposed: [], affectedCount: null, actors: [], detected: null, disclosed: null, regulators: [], language, evidence: {},
  };
}

function extractFromDoc(doc: Doc, now: Date): Extraction {
  const mentions = findMentions(doc);
  const victims = findVictims(doc, mentions);
  const idx = sentenceIndex(mentions, victims.victimKeys, victims.significantKeys);
  const victimInTitle = mentions.some((m) => victims.victimKeys.has(m.key) && doc.sentences[m.sentence]?.isTitle);
  const breach = victims.victims.length > 0 && isBreachReport(doc.sentences, { victimScore: victims.topScore, victimInTitle, breachSentences: 0 });
  if (!breach) return emptyExtraction(doc.language);
  const sentences = doc.sentences;
  const relevant = sentences.filter((s) => idx.aboutVictim(s.index));
  const sector = resolveSector(victims.victimOrgs, victims.victims, sentences, idx.aboutVictim);
  const data = extractDataClasses(relevant, sector);
  const count = extractCount(sentences, idx);
  const ref = { published: doc.published, year: incidentYear(sentences, doc.published, now) };
  const dates = extractDates(sentences, ref, idx);
  const actors = extractActors(sentences, idx);
  const regulators = extractRegulators(relevant);
  const platform = extractPlatform(sentences, idx);
  const evidence: Record<string, string> = {};
  const put = (k: string, v: string | null) => v && (evidence[k] = v);
  put("victims", victims.evidence);
  put("exposed", data.exposedEvidence);
  put("notExposed", data.notExposedEvidence);
  put("affectedCount", count.evidence);
  put("detected", dates.detectedEvidence);
  put("disclosed", dates.disclosedEvidence);
  put("actors", actors.evidence);
  put("regulators", regulators.evidence);
  put("thirdParty", platform.evidence.thirdParty);
  put("vendor", platform.evidence.vendor);
  put("vector", platform.evidence.vector);
  return {
    isBreachReport: true, incidentKey: null, victims: victims.victims, victimGroup: victims.group, sector,
    thirdParty: platform.thirdParty, vendor: platform.vendor, vector: platform.vector, exposed: data.exposed, notExposed: data.notExposed,
    affectedCount: count.count, actors: actors.actors, detected: dates.detected, disclosed: dates.disclosed, regulators: regulators.regulators,
    language: doc.language, evidence,
  };
}

/** Reads one article into a structured extraction. Pure and synchronous; the incident key is set by `assignIncidentKeys`. */
export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  return extractFromDoc(buildDoc(article), options.now ?? new Date());
}
