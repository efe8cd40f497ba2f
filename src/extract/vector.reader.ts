import type { AttackVector } from "../domain/incident.js";
import { VECTOR_CUES, VECTOR_NEGATION_BEFORE, VECTOR_NOT_THE_WAY_IN_CUES } from "../knowledge/lexicon/vector.lexicon.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { clauseSpans } from "./data-class.extractor.js";

const compiled = lazy(() => ({
  any: cueRegex(VECTOR_CUES.flatMap((v) => v.cues)),
  vectors: VECTOR_CUES.map((v) => ({ vector: v.vector, re: cueRegex(v.cues, true) })),
  notTheWayIn: cueRegex(VECTOR_NOT_THE_WAY_IN_CUES),
  negated: new RegExp(`(?<![a-z])${VECTOR_NEGATION_BEFORE}`),
}));

/**
 * The attack vector a sentence states as the way in, and where: the first vector (most specific first) named in a clause
 * that is not a warning to customers, a risk, a doubt, or a denial ("no ransomware was deployed").
 */
export function vectorIn(folded: string): { vector: AttackVector; at: number } | null {
  const c = compiled();
  if (!c.any.test(folded)) return null;
  let spans: ReturnType<typeof clauseSpans> | null = null;
  for (const { vector, re } of c.vectors) {
    re.lastIndex = 0;
    for (const m of folded.matchAll(re)) {
      spans ??= clauseSpans(folded);
      const clause = spans.find((x) => m.index >= x.start && m.index < x.end)?.text ?? folded;
      if (c.notTheWayIn.test(clause) || c.negated.test(folded.slice(Math.max(0, m.index - 30), m.index))) continue;
      return { vector, at: m.index };
    }
  }
  return null;
}
