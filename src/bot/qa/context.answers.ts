import { commandRef } from "../../domain/command-ref.js";
import { AUDIENCE_LABELS } from "../../domain/advice.js";
import type { Source } from "../../domain/incident.js";
import { outlets } from "../views/evidence.js";
import { formatDate, plural } from "../views/format.js";
import type { AnswerBody, AnswerInput } from "./answer.types.js";

/** "What should we do?" — advice for the asker's audience when stated, else the top actions. */
export function answerActions({ detail, intent, advice }: AnswerInput): AnswerBody {
  const a = advice();
  const list = intent.audience ? a.byAudience[intent.audience] ?? [] : a.actions.slice(0, 5);
  const who = intent.audience ? AUDIENCE_LABELS[intent.audience] : "everyone";
  const bullets = list.map((x) => `[${x.priority}] ${x.text} (why: ${x.reason})`);
  const text = bullets.length > 0
    ? `Recommended for ${who} (severity ${a.severity}), based on the facts reported by ${outlets(detail.sources) || "the sources"}:`
    : `No specific action for ${who} yet; type ${commandRef(`actions ${detail.id}`)} for all audiences.`;
  return { text, bullets, cited: detail.sources };
}

/** "What are the sources?" */
export function answerSources({ detail }: AnswerInput): AnswerBody {
  return { text: `${plural(detail.sources.length, "source")} reported on ${detail.title}:`, cited: detail.sources };
}

/** "What changed since Monday?" — change records at or after the date, each with its source. */
export function answerChanges({ detail, intent }: AnswerInput): AnswerBody {
  const since = intent.since;
  const changes = detail.changes.filter((c) => !since || c.at.getTime() >= since.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  const byId = new Map(detail.sources.map((s) => [s.id, s]));
  const cited: Source[] = [];
  const bullets = changes.map((c) => {
    const s = c.sourceId ? byId.get(c.sourceId) : undefined;
    if (s) cited.push(s);
    return `${formatDate(c.at)} · ${c.text}${s ? ` (per ${outlets([s])})` : ""}`;
  });
  const when = since ? ` since ${formatDate(since)}` : "";
  if (bullets.length === 0) return { text: `No changes recorded${when} (${plural(detail.sources.length, "source")} checked).`, cited: detail.sources };
  return { text: `${plural(bullets.length, "change")}${when}:`, bullets, cited };
}

/** What the bot can answer, for a question it did not understand. */
export function answerUnknown({ detail }: AnswerInput): AnswerBody {
  return {
    text: `I can answer, about ${detail.title}:`,
    bullets: [
      "what data was taken, or whether passports / cards / passwords / dates of birth … were taken",
      "how many people are affected", "who is behind it", "when it was detected or disclosed",
      "which vendor or platform", "which regulators", "what we should do (say who: SOC, call centre, Salesforce admins, legal…)",
      "the sources", "what changed since a date (\"since Monday\", \"since 2025-07-01\")",
    ],
    cited: detail.sources,
  };
}
