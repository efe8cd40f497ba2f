import type { AnswerLanguage } from "../../domain/stance-wording.js";

/**
 * Words that mark a short question's language (folded: lower case, no accents). Questions are too
 * short for article stop-word counts, so question words and common verbs weigh in. Knowledge as data.
 */
const MARKERS: Record<Exclude<AnswerLanguage, "en">, string[]> = {
  fr: ["quel", "quelle", "quels", "quelles", "combien", "qui", "quand", "ont", "est", "sont", "les", "des", "du", "donnees", "ete", "elles", "ils", "t", "derriere", "l", "d", "au", "aux", "pour", "clients", "personnes", "volees", "voles", "informes", "notifiees", "depuis", "quoi", "faire", "devons", "nous", "notre", "fournisseur", "plateforme"],
  de: ["wer", "wie", "viele", "welche", "welcher", "welches", "wurden", "wurde", "sind", "ist", "die", "der", "das", "daten", "steckt", "dahinter", "kunden", "betroffen", "gestohlen", "und", "oder", "seit", "was", "sollen", "wir", "unsere", "behorden", "informiert"],
  es: ["quien", "quienes", "cuantos", "cuantas", "que", "cuales", "cual", "fueron", "fue", "han", "sido", "los", "las", "datos", "robados", "robadas", "detras", "clientes", "personas", "afectados", "afectadas", "desde", "debemos", "nuestro", "autoridades", "informadas", "proveedor"],
  it: ["chi", "quanti", "quante", "quali", "quale", "sono", "stati", "state", "stato", "dati", "rubati", "rubate", "dietro", "clienti", "persone", "coinvolti", "colpiti", "gli", "della", "delle", "dei", "dal", "cosa", "dobbiamo", "nostro", "autorita", "informate", "fornitore"],
};

const EN = new Set(["the", "was", "were", "is", "are", "who", "what", "which", "how", "many", "did", "does", "taken", "stolen", "data", "behind", "of", "any", "customers", "people", "affected", "should", "we", "our", "since", "when", "have", "been", "it", "they", "their", "vendor", "platform", "regulators"]);

/** Lower case, accents removed, apostrophes and hyphens split: "Qu'ont-ils" → "qu ont ils". */
export function foldQuestion(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** The language to answer in: the one whose marker words the question uses most; English on a tie or none. */
export function questionLanguage(question: string): AnswerLanguage {
  const words = foldQuestion(question).match(/[a-z]+/g) ?? [];
  let best: AnswerLanguage = "en";
  let bestScore = words.filter((w) => EN.has(w)).length;
  for (const [lang, markers] of Object.entries(MARKERS) as [Exclude<AnswerLanguage, "en">, string[]][]) {
    const set = new Set(markers);
    const score = words.filter((w) => set.has(w)).length;
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
