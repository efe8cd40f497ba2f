import { commandRef } from "../../domain/command-ref.js";
import { AUDIENCE_LABELS } from "../../domain/advice.js";
import type { Source } from "../../domain/incident.js";
import { outlets } from "../views/evidence.js";
import { formatDate } from "../views/format.js";
import type { AnswerBody, AnswerInput } from "./answer.types.js";

/** "What should we do?" — advice for the asker's audience when stated, else the top actions. */
export function answerActions({ detail, intent, advice, say }: AnswerInput): AnswerBody {
  const a = advice();
  const list = intent.audience ? a.byAudience[intent.audience] ?? [] : a.actions.slice(0, 5);
  const who = intent.audience ? AUDIENCE_LABELS[intent.audience] : say.everyone;
  const bullets = list.map((x) => `[${x.priority}] ${x.text} (why: ${x.reason})`);
  const text = bullets.length > 0 ? say.actionsIntro(who, a.severity, outlets(detail.sources) || say.sources) : say.noActions(who, detail.id);
  return { text, bullets, cited: detail.sources };
}

/** "What are the sources?" */
export function answerSources({ detail, say }: AnswerInput): AnswerBody {
  return { text: say.sourcesIntro(detail.sources.length, detail.title), cited: detail.sources };
}

/**
 * "What changed since Monday?" — changes whose source was PUBLISHED at or after the date (event
 * time, never the day Breach Radar read it), each with its date and source.
 */
export function answerChanges({ detail, intent, say }: AnswerInput): AnswerBody {
  const since = intent.since;
  const when = (c: (typeof detail.changes)[number]): Date => c.reportedAt ?? c.at;
  const changes = detail.changes
    .filter((c) => c.kind !== "new_source" && (!since || when(c).getTime() >= since.getTime()))
    .sort((a, b) => when(a).getTime() - when(b).getTime());
  const byId = new Map(detail.sources.map((s) => [s.id, s]));
  const cited: Source[] = [];
  const bullets = changes.map((c) => {
    const s = c.sourceId ? byId.get(c.sourceId) : undefined;
    if (s) cited.push(s);
    return `${formatDate(when(c))} · ${c.text}${s ? say.per(`${outlets([s])}${s.title ? `, "${s.title}"` : ""}`) : ""}`;
  });
  const sinceText = since ? formatDate(since) : "";
  if (bullets.length === 0) return { text: say.noChanges(sinceText, detail.sources.length), cited: detail.sources };
  return { text: say.changes(bullets.length, sinceText), bullets, cited };
}

/** What the bot can answer, for a question it did not understand. */
export function answerUnknown({ detail, say }: AnswerInput): AnswerBody {
  return { text: say.unknownIntro(detail.title), bullets: say.capabilities, cited: detail.sources };
}
