import { commandRef } from "../../domain/command-ref.js";
import type { ChatContext } from "../../domain/chat.js";
import type { IncidentDetail, Source } from "../../domain/incident.js";
import type { View, ViewSection } from "../../domain/view.js";
import type { SourceTextRecord } from "../../store/store.port.js";
import type { BotEnv } from "../bot.env.js";
import { sourceLinks } from "../views/evidence.js";
import { quotesOf } from "../views/fact.words.js";
import { incidentContext } from "../views/incident.view.js";
import { finishView, messageView } from "../views/view.builder.js";
import { truncateGraphemes } from "../text/graphemes.js";
import { PHRASES } from "./answer.phrases.js";
import { SentenceReader } from "./sentence.reading.js";
import { sentencesOf } from "./sentence.search.js";
import type { AnswerBody, AnswerInput } from "./answer.types.js";
import { templateButtonsFor } from "../views/template.view.js";
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

/** Most sentences quoted as evidence under one answer. */
const MAX_EVIDENCE = 6;

/**
 * Answers one question about one incident (pure: no store access), in the question's language:
 * the answer worded by stance, then the sentences behind it (evidence), then its sources.
 * `texts`: the incident's stored source texts, searched when the record has no value for what was asked.
 */
export function answerAbout(detail: IncidentDetail, question: string, env: Pick<BotEnv, "advise" | "clock">, texts: SourceTextRecord[] = []): View {
  const intent = classifyQuestion(question, env.clock.now());
  const say = PHRASES[intent.lang];
  const body = ANSWERS[intent.kind]({ detail, intent, advice: () => env.advise(detail), sentences: sentencesOf(detail, texts), reader: new SentenceReader(detail), say }, question);
  const cited = unique(body.cited);
  const evidence = quotesOf(detail, body.evidence ?? []).slice(0, MAX_EVIDENCE);
  // The sentences read are quoted under their own heading: the answer's verdict stays one plain statement.
  const sections: ViewSection[] = [
    { text: body.text, bullets: body.bullets && body.bullets.length > 0 ? body.bullets : undefined },
    ...(body.quoted && body.quoted.length > 0 ? [{ heading: say.inSources, quotes: body.quoted }] : []),
    ...(body.extra ?? []),
  ];
  if (evidence.length > 0) sections.push({ heading: say.evidence, quotes: evidence });
  sections.push({ heading: cited.length === detail.sources.length ? say.sources : say.cited, links: sourceLinks(cited) });
  return finishView({
    kind: "answer",
    title: detail.title,
    subtitle: truncateGraphemes(question, 120),
    sections,
    actions: [
      { id: "show", label: "Incident", command: `show ${detail.id}` },
      { id: "evidence", label: "Why?", command: `evidence ${detail.id}` },
      { id: "sources", label: "All sources", command: `sources ${detail.id}` },
      // "What should our call centre tell customers?": the ready-to-use texts for that team.
      ...(intent.kind === "actions" ? templateButtonsFor(detail.id, intent.audience, intent.lang) : []),
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
  return answerAbout(detail, question, env, await env.store.getSourceTexts(detail.id));
}
