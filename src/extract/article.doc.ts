import type { Article } from "../domain/incident.js";
import { detectLanguage } from "./language.detector.js";
import { splitSentences, type Sentence } from "./sentence.splitter.js";

/** An article prepared for the extractors: sentences (title first) and language. */
export interface Doc {
  article: Article;
  sentences: Sentence[];
  language: string;
  /** ISO date the article was published, else null. */
  published: string | null;
}

const MAX_BODY = 200_000;

export function buildDoc(article: Article): Doc {
  const body = article.body.length > MAX_BODY ? article.body.slice(0, MAX_BODY) : article.body;
  const sentences = splitSentences(article.title, body);
  const sample = sentences.slice(0, 40).map((s) => s.folded).join(" ");
  return { article, sentences, language: detectLanguage(sample), published: article.published };
}
