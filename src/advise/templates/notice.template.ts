import type { DataClass } from "../../domain/data-class.js";
import type { TemplateFacts } from "./template.facts.js";
import { dataSentences, figureSentences, notClaims, whatHappened } from "./template.sentences.js";
import type { TemplateLanguage } from "./template.types.js";
import { classLabel } from "./template.words.js";

/** Extra advice to customers, given only when a source (not only the attackers) says that class was taken. */
const IF_TAKEN: Record<TemplateLanguage, Partial<Record<DataClass, string>>> = {
  en: {
    password: "If you used the same password elsewhere, change it there too.",
    payment_card: "Check your card statements and report any payment you do not recognise to your bank.",
    financial: "Check your bank statements and report any payment you do not recognise to your bank.",
    loyalty_balance: "Check your points balance and recent activity on your loyalty account.",
    loyalty_number: "Check your points balance and recent activity on your loyalty account.",
    passport: "Be wary of anyone who asks you to confirm passport details; report a lost or misused passport to the issuing authority.",
  },
  fr: {
    password: "Si vous utilisiez le même mot de passe ailleurs, changez-le aussi.",
    payment_card: "Vérifiez vos relevés de carte et signalez à votre banque tout paiement que vous ne reconnaissez pas.",
    financial: "Vérifiez vos relevés bancaires et signalez à votre banque tout paiement que vous ne reconnaissez pas.",
    loyalty_balance: "Vérifiez votre solde de points et l'activité récente de votre compte de fidélité.",
    loyalty_number: "Vérifiez votre solde de points et l'activité récente de votre compte de fidélité.",
    passport: "Méfiez-vous de toute demande de confirmation de vos données de passeport ; signalez un passeport perdu ou utilisé à votre insu à l'autorité qui l'a délivré.",
  },
};

const CAUTION: Record<TemplateLanguage, (org: string | null) => string> = {
  en: (org) => `Please be cautious of unexpected emails, text messages and calls that mention this incident or use your personal details. ${org ?? "We"} will never ask you for your password, a PIN or a one-time code. If in doubt, do not use the links or call-back numbers in the message; contact ${org ?? "us"} through the official website or app.`,
  fr: (org) => `Soyez vigilant face aux e-mails, SMS et appels inattendus qui évoquent cet incident ou utilisent vos données personnelles. ${org ?? "Nous"} ne ${org ? "vous demandera" : "vous demanderons"} jamais votre mot de passe, un code PIN ou un code à usage unique. En cas de doute, n'utilisez ni les liens ni les numéros du message ; contactez ${org ?? "-nous"} via le site ou l'application officiels.`.replace("contactez -nous", "contactez-nous"),
};

/**
 * The customer-notice paragraph: what happened and which data, each worded with its stance. It
 * leaves out what only the attackers claim: a notice to customers does not relay an extortion claim
 * (the call-centre script and the staff warning name such claims as claims).
 */
export function customerNotice(f: TemplateFacts, org: string | null): string {
  const facts = [...whatHappened(f, notClaims), ...dataSentences(f, notClaims), ...figureSentences(f, notClaims)];
  const extra = [...new Set(f.exposed.filter((e) => e.stance !== "claimed").flatMap((e) => IF_TAKEN[f.lang][e.value] ?? []))];
  return [facts.join(" "), [CAUTION[f.lang](org), ...extra].join(" ")].join("\n\n");
}

/** Facts the notice leaves out (attackers' claims), for the notes under it. */
export function noticeLeftOut(f: TemplateFacts): string[] {
  return [
    ...f.exposed.filter((e) => e.stance === "claimed").map((e) => classLabel(e.value, f.lang)),
    ...f.figures.filter((x) => x.stance === "claimed").map((x) => x.words),
    ...[f.vendor, f.vector, f.detected, f.disclosed].filter((x) => x?.stance === "claimed").map((x) => String(x!.value)),
  ];
}
