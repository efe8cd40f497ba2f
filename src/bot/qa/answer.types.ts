import type { Advice } from "../../domain/advice.js";
import type { Fact, IncidentDetail, Source } from "../../domain/incident.js";
import type { ViewQuote, ViewSection } from "../../domain/view.js";
import type { Phrases } from "./answer.phrases.js";
import type { Intent } from "./question.classifier.js";
import type { SentenceReader } from "./sentence.reading.js";
import type { SourceSentence } from "./sentence.search.js";

/** The body of an answer, the facts it relies on and the sources it cites. */
export interface AnswerBody {
  text: string;
  bullets?: string[];
  /** Source sentences the answer was read from, or that speak to what was asked (the record has no value for it): quoted right under the answer. */
  quoted?: ViewQuote[];
  /** Further sections after the answer, before the evidence (e.g. other figures). */
  extra?: ViewSection[];
  /** The facts the answer states: their sentences are quoted as evidence, with outlet, date and link. */
  evidence?: Fact[];
  cited: Source[];
}

export interface AnswerInput {
  detail: IncidentDetail;
  intent: Intent;
  advice: () => Advice;
  /** The incident's stored source sentences, searched when the record has no value for what was asked. */
  sentences: SourceSentence[];
  /** Reads answers (with their stance) out of those sentences. */
  reader: SentenceReader;
  /** The templates of the question's language. */
  say: Phrases;
}

/** "Not reported in 3 sources" — only when no source sentence mentions what was asked. */
export const notReported = (d: IncidentDetail, what: string, say: Phrases): string => say.notReported(d.sources.length, what);
