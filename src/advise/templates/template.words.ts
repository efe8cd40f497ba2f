import { DATA_CLASSES, type DataClass } from "../../domain/data-class.js";
import type { CountUnit } from "../../domain/evidence.js";
import { classWords, countWords, UNIT_WORDS, VECTOR_WORDS } from "../../domain/field-labels.js";
import type { AttackVector } from "../../domain/incident.js";
import { DATA_CLASS_TERMS } from "../../bot/qa/data-class.terms.js";
import type { TemplateLanguage } from "./template.types.js";

/**
 * The few words templates need in each language. English reuses the shared labels (field-labels);
 * French reuses the Q&A lexicon's labels (data-class.terms) and adds only what that lexicon lacks.
 */

/** French labels the Q&A lexicon does not give one class alone (it groups loyalty data and bank data). */
const FR_CLASS_EXTRA: Partial<Record<DataClass, string>> = {
  loyalty_number: "les numéros de fidélité (grand voyageur)",
  loyalty_tier: "le niveau de fidélité",
  loyalty_balance: "les soldes de points ou de miles",
  financial: "les données bancaires",
  other: "d'autres données",
};

function frenchClass(c: DataClass): string {
  const own = DATA_CLASS_TERMS.find((t) => t.classes.length === 1 && t.classes[0] === c);
  return own?.labels.fr ?? FR_CLASS_EXTRA[c] ?? c;
}

/** A data class inside a sentence: "email addresses" / "les adresses e-mail". */
export const classLabel = (c: DataClass, lang: TemplateLanguage): string => (lang === "fr" ? frenchClass(c) : classWords(c));

/** "a, b and c" / "a, b et c". */
export function joinList(items: string[], lang: TemplateLanguage): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${lang === "fr" ? "et" : "and"} ${items[items.length - 1]}`;
}

/** Classes in display order, as a list. */
export const classList = (classes: DataClass[], lang: TemplateLanguage): string =>
  joinList(DATA_CLASSES.filter((c) => classes.includes(c)).map((c) => classLabel(c, lang)), lang);

/** "30 June 2025" / "30 juin 2025" (calendar dates are UTC days). */
export function dateWords(iso: string, lang: TemplateLanguage): string {
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === "fr" ? "fr-FR" : "en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

const FR_UNITS: Record<CountUnit, string> = { people: "personnes", records: "enregistrements", accounts: "comptes", unknown: "personnes ou enregistrements" };

/** "5.7M people" / "5 700 000 personnes": the stored figure, never rounded into another number. */
export function figureWords(value: number, unit: CountUnit, lang: TemplateLanguage): string {
  if (lang === "fr") return `${value.toLocaleString("fr-FR").replace(/\u202f/g, " ")} ${FR_UNITS[unit]}`;
  return `${countWords(value)} ${unit === "unknown" ? "people or records" : UNIT_WORDS[unit]}`;
}

const FR_VECTORS: Record<AttackVector, string> = {
  vishing: "l'hameçonnage par téléphone (vishing)",
  social_engineering: "l'ingénierie sociale",
  phishing: "l'hameçonnage (phishing)",
  oauth_app: "une application OAuth malveillante ou compromise",
  stolen_credentials: "des identifiants volés",
  credential_stuffing: "le bourrage d'identifiants (credential stuffing)",
  ransomware: "un rançongiciel",
  misconfiguration: "une erreur de configuration",
  vulnerability: "l'exploitation d'une vulnérabilité logicielle",
  insider: "une personne interne",
};

/** How the way in reads in a sentence. */
export const vectorWords = (v: AttackVector, lang: TemplateLanguage): string => (lang === "fr" ? FR_VECTORS[v] : VECTOR_WORDS[v]);

/** First letter upper case. */
export const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
