import type { Audience } from "../../domain/advice.js";
import { audienceIn } from "./audience.terms.js";
import { termsIn, type DataClassTerm } from "./data-class.terms.js";
import { INTENT_LEXICON, type IntentKind } from "./intent.lexicon.js";
import { parseSince } from "./since.parser.js";

export interface Intent {
  kind: IntentKind | "unknown";
  terms: DataClassTerm[];
  audience: Audience | null;
  since: Date | null;
}

/** Classifies a thread question with the intent lexicon. */
export function classifyQuestion(question: string, now: Date): Intent {
  const terms = termsIn(question);
  const row = INTENT_LEXICON.find((r) => (!r.needsDataTerm || terms.length > 0) && r.all.every((p) => p.test(question)));
  return {
    kind: row?.intent ?? "unknown",
    terms,
    audience: audienceIn(question),
    since: parseSince(question, now),
  };
}
