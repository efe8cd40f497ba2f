import type { Audience } from "../../domain/advice.js";
import type { AnswerLanguage } from "../../domain/stance-wording.js";
import { audienceIn } from "./audience.terms.js";
import { termsIn, type DataClassTerm } from "./data-class.terms.js";
import { INTENT_LEXICON, type IntentKind } from "./intent.lexicon.js";
import { foldQuestion, questionLanguage } from "./question.language.js";
import { parseSince } from "./since.parser.js";

export interface Intent {
  kind: IntentKind | "unknown";
  terms: DataClassTerm[];
  audience: Audience | null;
  since: Date | null;
  /** The language to answer in (the question's). */
  lang: AnswerLanguage;
}

/** Classifies a thread question with the intent lexicon, on its folded text (accents do not matter). */
export function classifyQuestion(question: string, now: Date): Intent {
  const folded = foldQuestion(question);
  const terms = termsIn(folded);
  const row = INTENT_LEXICON.find((r) => (!r.needsDataTerm || terms.length > 0) && r.all.every((p) => p.test(folded)) && !(r.none ?? []).some((p) => p.test(folded)));
  return {
    kind: row?.intent ?? "unknown",
    terms,
    audience: audienceIn(question) ?? audienceIn(folded),
    since: parseSince(question, now),
    lang: questionLanguage(question),
  };
}
