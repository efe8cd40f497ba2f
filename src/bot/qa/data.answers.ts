import type { DataClass } from "../../domain/data-class.js";
import type { IncidentDetail, Source } from "../../domain/incident.js";
import { factsFor, outlets, sourcesOf, valueHas } from "../views/evidence.js";
import { classLabel } from "../views/format.js";
import { notReported, type AnswerBody, type AnswerInput } from "./answer.types.js";
import type { DataClassTerm } from "./data-class.terms.js";

function said(d: IncidentDetail, field: "exposed" | "notExposed", cls: DataClass): Source[] {
  return sourcesOf(d, factsFor(d, field, (v) => valueHas(v, cls)));
}

const per = (sources: Source[]): string => (sources.length > 0 ? ` (per ${outlets(sources)})` : "");

/** One data-class term: "Yes", "Stated NOT taken", or "Not reported in N sources". */
function checkTerm(d: IncidentDetail, term: DataClassTerm): { line: string; cited: Source[] } {
  const taken = term.classes.filter((c) => d.exposed.includes(c));
  if (taken.length > 0) {
    const cited = taken.flatMap((c) => said(d, "exposed", c));
    return { line: `Yes: ${taken.map(classLabel).join(", ")} reported taken${per(cited)}.`, cited };
  }
  const safe = term.classes.filter((c) => d.notExposed.includes(c));
  if (safe.length > 0) {
    const cited = safe.flatMap((c) => said(d, "notExposed", c));
    return { line: `Stated NOT taken: ${safe.map(classLabel).join(", ")}${per(cited)}.`, cited };
  }
  return { line: notReported(d, term.label), cited: [] };
}

/** "Was passport data taken?" for every kind of data the question names. */
export function answerDataClassCheck({ detail, intent }: AnswerInput): AnswerBody {
  const checks = intent.terms.map((t) => checkTerm(detail, t));
  const cited = checks.flatMap((c) => c.cited);
  if (checks.length === 1) return { text: checks[0]!.line, cited: cited.length > 0 ? cited : detail.sources };
  return { text: "Here is what the sources say:", bullets: checks.map((c) => c.line), cited: cited.length > 0 ? cited : detail.sources };
}

/** "What data was taken?": every class reported taken, and those stated NOT taken, each with its sources. */
export function answerDataTaken({ detail }: AnswerInput): AnswerBody {
  if (detail.exposed.length === 0 && detail.notExposed.length === 0) {
    return { text: notReported(detail, "which data was taken"), cited: detail.sources };
  }
  const bullets: string[] = [];
  const cited: Source[] = [];
  for (const c of detail.exposed) {
    const s = said(detail, "exposed", c);
    cited.push(...s);
    bullets.push(`Taken: ${classLabel(c)}${per(s)}`);
  }
  for (const c of detail.notExposed) {
    const s = said(detail, "notExposed", c);
    cited.push(...s);
    bullets.push(`Stated NOT taken: ${classLabel(c)}${per(s)}`);
  }
  return { text: `Data reported for ${detail.title}:`, bullets, cited };
}
