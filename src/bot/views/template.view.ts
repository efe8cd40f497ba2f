import { fillTemplate, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, TEMPLATE_TITLES, type TemplateKind, type TemplateLanguage } from "../../advise/templates/index.js";
import type { Audience } from "../../domain/advice.js";
import type { IncidentDetail } from "../../domain/incident.js";
import type { ReaderProfile } from "../../domain/reader-profile.js";
import type { View, ViewAction } from "../../domain/view.js";
import { incidentContext } from "./incident.view.js";
import { finishView } from "./view.builder.js";

const OTHER_LANGUAGE: Record<TemplateLanguage, { lang: TemplateLanguage; label: string }> = {
  en: { lang: "fr", label: "En français" },
  fr: { lang: "en", label: "In English" },
};

const HINTS: Record<TemplateLanguage, { subtitle: string; notes: string; back: string }> = {
  en: { subtitle: "Copy the text below. Each fact says how sure it is; nothing the record does not hold is stated.", notes: "Before you use it", back: "Recommended actions" },
  fr: { subtitle: "Copiez le texte ci-dessous. Chaque fait indique son degré de certitude ; rien n'est affirmé au-delà de la fiche.", notes: "Avant de l'utiliser", back: "Actions recommandées" },
};

/** The buttons that open each template (under `actions ID`, and beside a template). */
export function templateButtons(incidentId: string, lang: TemplateLanguage = "en", kinds: readonly TemplateKind[] = TEMPLATE_KINDS): ViewAction[] {
  return kinds.map((k) => ({
    id: "template" as const, label: TEMPLATE_TITLES[lang][k], command: `actions ${incidentId} ${k}${lang === "en" ? "" : ` ${lang}`}`,
  }));
}

/** Which templates serve which audience (none named: all three). */
const FOR_AUDIENCE: Partial<Record<Audience, TemplateKind[]>> = {
  customer_service: ["script", "notice"], customers: ["notice"], fraud: ["script"], security: ["staff"], saas_admin: ["staff"],
};

/** Template buttons under an answer to "what should we do?", in the answer's language when a template has it. */
export function templateButtonsFor(incidentId: string, audience: Audience | null | undefined, answerLang: string): ViewAction[] {
  const lang: TemplateLanguage = (TEMPLATE_LANGUAGES as readonly string[]).includes(answerLang) ? (answerLang as TemplateLanguage) : "en";
  const kinds = (audience && FOR_AUDIENCE[audience]) || TEMPLATE_KINDS;
  return templateButtons(incidentId, lang, kinds);
}

/** `actions ID script|notice|staff [fr|en]`: one template, ready to copy, with its notes and the other templates. */
export function templateView(d: IncidentDetail, kind: TemplateKind, lang: TemplateLanguage, profile?: ReaderProfile | null): View {
  const t = fillTemplate(kind, d, { lang, profile });
  const other = OTHER_LANGUAGE[lang];
  const hints = HINTS[lang];
  return finishView({
    kind: "actions",
    title: t.title,
    subtitle: hints.subtitle,
    sections: [{ copyText: t.text }, { heading: hints.notes, bullets: t.notes }],
    actions: [
      { id: "template", label: other.label, command: `actions ${d.id} ${kind} ${other.lang}` },
      ...templateButtons(d.id, lang, TEMPLATE_KINDS.filter((k) => k !== kind)),
      { id: "actions", label: hints.back, command: `actions ${d.id}` },
    ],
    context: incidentContext(d),
    incidentId: d.id,
    ephemeral: true,
  });
}
