/** Ready-to-use texts filled from an incident's facts, each fact worded with its stance (EN, FR). */
import type { IncidentDetail } from "../../domain/incident.js";
import { customerNotice, noticeLeftOut } from "./notice.template.js";
import { callScript } from "./script.template.js";
import { staffWarning } from "./staff.template.js";
import { readerFactsOf } from "../reader.lens.js";
import { templateFacts } from "./template.facts.js";
import { TEMPLATE_TITLES, type FilledTemplate, type TemplateKind, type TemplateLanguage, type TemplateOptions } from "./template.types.js";
import { joinList } from "./template.words.js";

export * from "./template.types.js";

const NOTES: Record<TemplateLanguage, { inferred: (l: string) => string; claims: (l: string) => string; edit: string }> = {
  en: {
    inferred: (l) => `Left out: what only Breach Radar inferred and no source states (${l}).`,
    claims: (l) => `Left out of the notice: what only the attackers claim (${l}); the call-centre script names it as a claim.`,
    edit: "Built from the incident record only; check it against the latest sources before you send it.",
  },
  fr: {
    inferred: (l) => `Omis : ce que Breach Radar a seulement déduit et qu'aucune source n'affirme (${l}).`,
    claims: (l) => `Omis de l'avis : ce que seuls les attaquants revendiquent (${l}) ; le script du centre d'appels le présente comme une revendication.`,
    edit: "Rédigé à partir de la seule fiche de l'incident ; vérifiez-le avec les dernières sources avant de l'envoyer.",
  },
};

/** Fills one template for an incident, in English or French, from what the record supports. */
export function fillTemplate(kind: TemplateKind, detail: IncidentDetail, options: TemplateOptions = {}): FilledTemplate {
  const lang = options.lang ?? "en";
  const f = templateFacts(detail, lang, readerFactsOf(detail, options.profile ?? undefined).isVictim);
  const org = options.profile?.organisation?.trim() || null;
  const text = kind === "script" ? callScript(f) : kind === "notice" ? customerNotice(f, org) : staffWarning(f, org);
  const n = NOTES[lang];
  const notes = [n.edit];
  if (f.inferred.length > 0) notes.push(n.inferred(joinList(f.inferred, lang)));
  const leftOut = kind === "notice" ? noticeLeftOut(f) : [];
  if (leftOut.length > 0) notes.push(n.claims(joinList(leftOut, lang)));
  return { kind, lang, title: `${TEMPLATE_TITLES[lang][kind]}${lang === "fr" ? " : " : ": "}${detail.title}`, text, notes };
}
