import { REGULATORS } from "../../knowledge/gazetteer/index.js";
import { fold } from "../../extract/text.normalizer.js";

/** Word stem without inflection endings ("bayerische", "bayerisches" → "bayerisch"); short words as they are. */
const stem = (w: string): string => (w.length >= 5 ? w.replace(/(?:es|en|er|em|e|s)$/, "") : w);
const wordsOf = (folded: string): { w: string; at: number }[] => [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({ w: stem(m[0]), at: m.index }));

let table: Map<string, { name: string; stems: string[] }[]> | null = null;

/** Multi-word regulator names (gazetteer aliases) as stems, indexed by their first stem. */
function aliasTable(): Map<string, { name: string; stems: string[] }[]> {
  if (table) return table;
  table = new Map();
  for (const r of REGULATORS) {
    for (const alias of [r.name, ...r.aliases]) {
      const stems = wordsOf(fold(alias)).map((x) => x.w);
      if (stems.length < 3) continue;
      table.set(stems[0]!, [...(table.get(stems[0]!) ?? []), { name: r.name, stems }]);
    }
  }
  return table;
}

/**
 * Regulators named with inflected words ("das Bayerische Landesamt für Datenschutzaufsicht", "la Commission
 * nationale …"): full names of three words or more compared word stem by word stem. Offsets in the folded sentence.
 */
export function looseRegulators(folded: string): { name: string; at: number }[] {
  const words = wordsOf(folded);
  const out: { name: string; at: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const a of aliasTable().get(words[i]!.w) ?? []) {
      if (a.stems.every((s, k) => words[i + k]?.w === s)) out.push({ name: a.name, at: words[i]!.at });
    }
  }
  return out;
}
