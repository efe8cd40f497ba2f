import type { IncidentDetail, Source } from "../../domain/incident.js";
import type { ViewQuote } from "../../domain/view.js";
import type { Sentence } from "../../extract/sentence.splitter.js";
import { fold } from "../../extract/text.normalizer.js";
import type { SourceTextRecord } from "../../store/store.port.js";
import { formatDate, outletOf } from "../views/format.js";
import { foldQuestion } from "./question.language.js";

/** One sentence of a stored source text, with the source it comes from. */
export interface SourceSentence {
  text: string;
  folded: string;
  source: Source;
  /** Every line of the same source text (as the extractor reads them), for reading who says it. */
  doc: Sentence[];
  /** This sentence's place in `doc`. */
  index: number;
}

/** The incident's stored sentences (each text is one sentence per line), in source order. */
export function sentencesOf(detail: IncidentDetail, texts: SourceTextRecord[]): SourceSentence[] {
  const byId = new Map(detail.sources.map((s) => [s.id, s]));
  const out: SourceSentence[] = [];
  for (const t of texts) {
    const source = byId.get(t.sourceId);
    if (!source) continue;
    const doc: Sentence[] = [];
    for (const line of t.text.split("\n")) {
      const text = line.trim();
      if (!text) continue;
      const index = doc.length;
      doc.push({ index, text, folded: fold(text), isTitle: false, heading: null, isListItem: false });
      if (text.length >= 12) out.push({ text, folded: foldQuestion(text), source, doc, index });
    }
  }
  return out;
}

/** At most `limit` sentences matching a pattern, one per distinct wording, spread over sources first. */
export function mentioning(sentences: SourceSentence[], pattern: RegExp, limit = 3): SourceSentence[] {
  return spread(sentences.filter((s) => pattern.test(s.folded)), limit);
}

/** At most `limit` sentences, one per distinct wording, the first of each source first. */
export function spread(hits: SourceSentence[], limit = 3): SourceSentence[] {
  const seen = new Set<string>();
  const unique = hits.filter((s) => (seen.has(s.folded) ? false : (seen.add(s.folded), true)));
  const firstPerSource = unique.filter((s, i) => unique.findIndex((o) => o.source.id === s.source.id) === i);
  return [...firstPerSource, ...unique.filter((s) => !firstPerSource.includes(s))].slice(0, limit);
}

/** Sentences as quotes with outlet, date and link. */
export const asQuotes = (sentences: SourceSentence[]): ViewQuote[] =>
  sentences.map((s) => ({ text: s.text, source: outletOf(s.source), date: s.source.publishedAt ? formatDate(s.source.publishedAt) : undefined, url: s.source.url }));
