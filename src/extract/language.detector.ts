import { LANGUAGE_STOPWORDS } from "../knowledge/lexicon/language.lexicon.js";
import { lazy } from "./cue.compiler.js";

const table = lazy(() => {
  const map = new Map<string, string[]>();
  for (const [lang, words] of Object.entries(LANGUAGE_STOPWORDS)) {
    for (const w of words) map.set(w, [...(map.get(w) ?? []), lang]);
  }
  return map;
});

/** Best-guess ISO 639-1 language of folded text, by counting frequent function words. */
export function detectLanguage(folded: string): string {
  const counts: Record<string, number> = {};
  const words = folded.slice(0, 4000).match(/[a-z]+/g) ?? [];
  for (const w of words) {
    for (const lang of table().get(w) ?? []) counts[lang] = (counts[lang] ?? 0) + 1;
  }
  let best = "en";
  let bestCount = 0;
  for (const [lang, n] of Object.entries(counts)) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}
