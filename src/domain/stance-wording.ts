import type { Stance } from "./evidence.js";

/** Languages the bot words its answers in (ISO 639-1). */
export const ANSWER_LANGUAGES = ["en", "fr", "de", "es", "it"] as const;
export type AnswerLanguage = (typeof ANSWER_LANGUAGES)[number];

export const isAnswerLanguage = (lang: string): lang is AnswerLanguage => (ANSWER_LANGUAGES as readonly string[]).includes(lang);

/** Who stands behind a value: the speaker a sentence names, the outlets that carry it. */
export interface Attribution {
  /** As written in the source ("Qantas", "ShinyHunters"); null when unnamed. */
  speaker?: string | null;
  /** Outlet names of the sources ("The Register, Reuters"). */
  outlets?: string | null;
}

type Wording = (who: Attribution) => string;

/**
 * How each stance is said after a value ("Salesforce — reported by The Register, not confirmed by
 * the company"). Knowledge as data: one line per stance and language. Every non-confirmed wording
 * names its stance ("reported", "claims … unverified", "inferred"), so no reader takes it for a
 * confirmed fact; the confirmed wording never appears for another stance.
 */
export const STANCE_WORDING: Record<AnswerLanguage, Record<Stance, Wording>> = {
  en: {
    confirmed: (w) => `confirmed by ${w.speaker || "the company"}`,
    reported: (w) => `reported${w.outlets ? ` by ${w.outlets}` : ""}, not confirmed by the company`,
    claimed: (w) => (w.speaker ? `${w.speaker} claims this, unverified` : "the attackers claim this, unverified"),
    inferred: () => "inferred by Breach Radar, not stated by any source",
    denied: (w) => `stated not so by ${w.speaker || "the company"}`,
  },
  fr: {
    confirmed: (w) => `confirmé par ${w.speaker || "l'entreprise"}`,
    reported: (w) => `rapporté${w.outlets ? ` par ${w.outlets}` : " par la presse"}, sans confirmation de l'entreprise`,
    claimed: (w) => `revendiqué par ${w.speaker || "les attaquants"}, invérifié`,
    inferred: () => "déduit par Breach Radar, absent des sources",
    denied: (w) => `démenti par ${w.speaker || "l'entreprise"}`,
  },
  de: {
    confirmed: (w) => `bestätigt von ${w.speaker || "dem Unternehmen"}`,
    reported: (w) => `berichtet${w.outlets ? ` von ${w.outlets}` : ""}, vom Unternehmen nicht bestätigt`,
    claimed: (w) => `behauptet von ${w.speaker || "den Angreifern"}, unbestätigt`,
    inferred: () => "von Breach Radar abgeleitet, in keiner Quelle genannt",
    denied: (w) => `bestritten von ${w.speaker || "dem Unternehmen"}`,
  },
  es: {
    confirmed: (w) => `confirmado por ${w.speaker || "la empresa"}`,
    reported: (w) => `publicado${w.outlets ? ` por ${w.outlets}` : " por la prensa"}, sin confirmar por la empresa`,
    claimed: (w) => `reivindicado por ${w.speaker || "los atacantes"}, sin verificar`,
    inferred: () => "deducido por Breach Radar, ninguna fuente lo dice",
    denied: (w) => `desmentido por ${w.speaker || "la empresa"}`,
  },
  it: {
    confirmed: (w) => `confermato da ${w.speaker || "l'azienda"}`,
    reported: (w) => `riportato${w.outlets ? ` da ${w.outlets}` : " dalla stampa"}, non confermato dall'azienda`,
    claimed: (w) => `rivendicato da ${w.speaker || "gli attaccanti"}, non verificato`,
    inferred: () => "dedotto da Breach Radar, nessuna fonte lo dice",
    denied: (w) => `smentito da ${w.speaker || "l'azienda"}`,
  },
};

/** The stance phrase for a value ("reported by The Register, not confirmed by the company"). */
export function stancePhrase(stance: Stance, who: Attribution = {}, lang: AnswerLanguage = "en"): string {
  return STANCE_WORDING[lang][stance](who);
}

/** Short stance tags for compact places (list items, badges): "(reported)", "(claimed, unverified)". */
export const STANCE_TAG: Record<Stance, string> = {
  confirmed: "confirmed",
  reported: "reported, not confirmed",
  claimed: "claimed, unverified",
  inferred: "inferred, not stated",
  denied: "denied",
};
