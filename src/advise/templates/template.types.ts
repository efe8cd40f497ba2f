import type { ReaderProfile } from "../../domain/reader-profile.js";

/** The ready-to-use texts: a call-centre script, a customer-notice paragraph, a staff warning. */
export const TEMPLATE_KINDS = ["script", "notice", "staff"] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Languages the templates are written in. */
export const TEMPLATE_LANGUAGES = ["en", "fr"] as const;
export type TemplateLanguage = (typeof TEMPLATE_LANGUAGES)[number];

/** How each template is named in headings and buttons. */
export const TEMPLATE_TITLES: Record<TemplateLanguage, Record<TemplateKind, string>> = {
  en: { script: "Call-centre script", notice: "Customer notice", staff: "Staff warning" },
  fr: { script: "Script pour le centre d'appels", notice: "Avis aux clients", staff: "Alerte au personnel" },
};

/** Options of fillTemplate(). */
export interface TemplateOptions {
  lang?: TemplateLanguage;
  /** The reading workspace's profile: its organisation name addresses the staff warning and signs the notice. */
  profile?: ReaderProfile | null;
}

/**
 * A filled template: RAW text (renderers escape it) made only of what the incident record supports,
 * each fact worded with its stance, plus notes for the person who copies it (what was left out and why).
 */
export interface FilledTemplate {
  kind: TemplateKind;
  lang: TemplateLanguage;
  title: string;
  /** The text to copy: paragraphs separated by blank lines, list lines starting with "- ". */
  text: string;
  /** For the reader, not for copying ("Left out: what only the attackers claim (6M records)"). */
  notes: string[];
}
