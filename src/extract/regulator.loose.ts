import { REGULATORS } from "../knowledge/gazetteer/index.js";
import { fold } from "./text.normalizer.js";

/** Word stem without inflection endings ("bayerische", "bayerisches" → "bayerisch"); short words as they are. */
const stem = (w: string): string => (w.length >= 5 ? w.replace(/(?:es|en|er|em|e|s)$/, "") : w);
const wordsOf = (folded: string): { w: string; at: number; end: number }[] => [...folded.matchAll(/[a-z0-9]+/g)].map((m) => ({ w: stem(m[0]), at: m.index, end: m.index + m[0].length }));
/** Right before a name: a plural article ("les autorités de protection des données" are authorities in general, not one). */
const PLURAL_BEFORE = /(?<![a-z])(?:les|des|aux|ces|leurs|los|las|gli|le altre|the relevant|the other|die zustandigen|den zustandigen|die anderen)(?:\s+(?:autres|otras|otros|altre|other|anderen|competentes?|relevant))?\s+$/;

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
 * nationale …"): full names of three words or more compared word stem by word stem, not after a plural article, a
 * shorter name inside a longer one dropped. Offsets (start and end) in the folded sentence.
 */
export function looseRegulators(folded: string): { name: string; at: number; end: number }[] {
  const words = wordsOf(folded);
  const out: { name: string; at: number; end: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (PLURAL_BEFORE.test(folded.slice(Math.max(0, words[i]!.at - 20), words[i]!.at))) continue;
    for (const a of aliasTable().get(words[i]!.w) ?? []) {
      if (a.stems.every((s, k) => words[i + k]?.w === s)) out.push({ name: a.name, at: words[i]!.at, end: words[i + a.stems.length - 1]!.end });
    }
  }
  // A name inside a longer one found here ("Office of the Privacy Commissioner" in "… of Canada") gives way to it.
  return out.filter((h) => !out.some((o) => o !== h && o.at <= h.at && h.end <= o.end && o.end - o.at > h.end - h.at));
}
