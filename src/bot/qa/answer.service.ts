import { commandRef } from "../../domain/command-ref.js";
import type { ChatContext } from "../../domain/chat.js";
import type { IncidentDetail, Source } from "../../domain/incident.js";
import type { View } from "../../domain/view.js";
import type { BotEnv } from "../bot.env.js";
import { sourceLinks } from "../views/evidence.js";
import { incidentContext } from "../views/incident.view.js";
import { finishView, messageView } from "../views/view.builder.js";
import { truncateGraphemes } from "../text/graphemes.js";
import type { AnswerBody, AnswerInput } from "./answer.types.js";
import { answerActions, answerChanges, answerSources, answerUnknown } from "./context.answers.js";
import { answerDataClassCheck, answerDataTaken } from "./data.answers.js";
import { answerActors, answerCount, answerRegulators, answerStatus, answerVendor, answerWhen } from "./fact.answers.js";
import { classifyQuestion, type Intent } from "./question.classifier.js";
import { incidentForQuestion } from "./question.resolver.js";

/** Intent → answer builder. */
const ANSWERS: Record<Intent["kind"], (input: AnswerInput, question: string) => AnswerBody> = {
  changes_since: answerChanges,
  actions: answerActions,
  sources: answerSources,
  actors: answerActors,
  data_class_check: answerDataClassCheck,
  count: answerCount,
  when: answerWhen,
  vendor: answerVendor,
  regulators: answerRegulators,
  status: answerStatus,
  data_taken: answerDataTaken,
  unknown: answerUnknown,
};

const unique = (sources: Source[]): Source[] => [...new Map(sources.map((s) => [s.id, s])).values()];

/** Answers one question about one incident (pure: no store access). */
export function answerAbout(detail: IncidentDetail, question: string, env: Pick<BotEnv, "advise" | "clock">): View {
  const intent = classifyQuestion(question, env.clock.now());
  const body = ANSWERS[intent.kind]({ detail, intent, advice: () => env.advise(detail) }, question);
  const cited = unique(body.cited);
  return finishView({
    kind: "answer",
    title: detail.title,
    subtitle: truncateGraphemes(question, 120),
    sections: [
      { text: body.text, bullets: body.bullets && body.bullets.length > 0 ? body.bullets : undefined },
      { heading: cited.length === detail.sources.length ? "Sources" : "Cited sources", links: sourceLinks(cited) },
    ],
    actions: [
      { id: "show", label: "Incident", command: `show ${detail.id}` },
      { id: "sources", label: "All sources", command: `sources ${detail.id}` },
    ],
    context: incidentContext(detail),
    incidentId: detail.id,
    ephemeral: false,
  });
}

/** Thread Q&A entry point: finds the incident, then answers. */
export async function answerQuestion(question: string, ctx: ChatContext, env: BotEnv): Promise<View> {
  const detail = await incidentForQuestion(question, ctx, env);
  if (!detail) {
    return messageView(
      "Which incident do you mean?",
      `Ask in the thread of an incident post, name the victim ("was passport data taken at Qantas?"), or run ${commandRef("show ID")} first. Type ${commandRef("help")} for commands.`,
    );
  }
  return answerAbout(detail, question, env);
}
