import type { Advice } from "../../domain/advice.js";
import type { IncidentDetail, Source } from "../../domain/incident.js";
import type { Intent } from "./question.classifier.js";

/** The body of an answer and the sources whose facts it used. */
export interface AnswerBody {
  text: string;
  bullets?: string[];
  cited: Source[];
}

export interface AnswerInput {
  detail: IncidentDetail;
  intent: Intent;
  advice: () => Advice;
}

/** "Not reported in 3 sources" — the only way an unknown is answered. */
export const notReported = (d: IncidentDetail, what: string): string =>
  `Not reported in ${d.sources.length} source${d.sources.length === 1 ? "" : "s"}: nothing about ${what} yet.`;
