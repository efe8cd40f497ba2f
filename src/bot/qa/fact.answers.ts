import type { FactField, IncidentDetail, Source } from "../../domain/incident.js";
import { conflictSources, conflictText, factsFor, outlets, sourcesOf, valueHas } from "../views/evidence.js";
import { formatCount, formatDate } from "../views/format.js";
import { vectorLabel } from "../views/incident.view.js";
import { notReported, type AnswerBody, type AnswerInput } from "./answer.types.js";

const per = (sources: Source[]): string => (sources.length > 0 ? ` (per ${outlets(sources)})` : "");
const fieldSources = (d: IncidentDetail, field: FactField): Source[] => sourcesOf(d, factsFor(d, field));

/** "How many people?" — the count, or the disagreement between sources. */
export function answerCount({ detail }: AnswerInput): AnswerBody {
  const cited = fieldSources(detail, "affectedCount");
  const conflict = conflictText(detail, "affectedCount");
  if (conflict) return { text: `Sources differ on how many people are affected: ${conflict}.`, cited: conflictSources(detail, "affectedCount") };
  if (detail.affectedCount === null) return { text: notReported(detail, "how many people are affected"), cited: detail.sources };
  return { text: `About ${formatCount(detail.affectedCount)} people are affected${per(cited)}.`, cited };
}

/** "Who is behind it?" — each actor with its role and which source said so. */
export function answerActors({ detail }: AnswerInput): AnswerBody {
  if (detail.actors.length === 0) return { text: notReported(detail, "who is behind it"), cited: detail.sources };
  const cited: Source[] = [];
  const bullets = detail.actors.map((a) => {
    const s = sourcesOf(detail, factsFor(detail, "actors", (v) => valueHas(v, a.name)));
    cited.push(...s);
    return `${a.name}: ${a.role}${per(s)}`;
  });
  return { text: "Actors named by the sources (claimed = they said so; suspected = reporters think so; attributed = investigators say so):", bullets, cited };
}

/** "When was it detected / disclosed?" */
export function answerWhen({ detail }: AnswerInput, question: string): AnswerBody {
  const wantDetected = /detect|discover|aware|notice|d[ée]tect|d[ée]couv/i.test(question);
  const wantDisclosed = /disclos|announc|public|report|reveal|annonc|divulg|rendu public/i.test(question);
  const both = wantDetected === wantDisclosed;
  const lines: string[] = [];
  const cited: Source[] = [];
  for (const [field, label, value] of [["detected", "Detected", detail.detectedAt], ["disclosed", "Disclosed", detail.disclosedAt]] as const) {
    if (!both && (field === "detected" ? !wantDetected : !wantDisclosed)) continue;
    const s = fieldSources(detail, field);
    cited.push(...s);
    lines.push(value ? `${label}: ${formatDate(value)}${per(s)}` : `${label}: ${notReported(detail, `when it was ${field}`)}`);
  }
  return { text: lines.length === 1 ? lines[0]! : "Dates reported:", bullets: lines.length === 1 ? undefined : lines, cited: cited.length > 0 ? cited : detail.sources };
}

/** "Which vendor / platform?" — vendor, whether third party, and the vector. */
export function answerVendor({ detail }: AnswerInput): AnswerBody {
  const cited = [...fieldSources(detail, "vendor"), ...fieldSources(detail, "vector")];
  const lines: string[] = [];
  lines.push(detail.vendor
    ? `Vendor / platform: ${detail.vendor}${detail.thirdParty ? " (a third party)" : ""}${per(fieldSources(detail, "vendor"))}`
    : `Vendor / platform: ${notReported(detail, "a vendor or platform")}`);
  if (detail.vector) lines.push(`How: ${vectorLabel(detail.vector)}${per(fieldSources(detail, "vector"))}`);
  return { text: lines[0]!, bullets: lines.slice(1), cited: cited.length > 0 ? cited : detail.sources };
}

/** "Which regulators were notified?" */
export function answerRegulators({ detail }: AnswerInput): AnswerBody {
  if (detail.regulators.length === 0) return { text: notReported(detail, "regulators or authorities"), cited: detail.sources };
  const cited = fieldSources(detail, "regulators");
  return { text: `Regulators / authorities named: ${detail.regulators.join(", ")}${per(cited)}.`, cited };
}

/** "Is it contained?" */
export function answerStatus({ detail }: AnswerInput): AnswerBody {
  const cited = fieldSources(detail, "status");
  return { text: `Status: ${detail.status}${per(cited)}. Severity: ${detail.severity}.`, cited: cited.length > 0 ? cited : detail.sources };
}
