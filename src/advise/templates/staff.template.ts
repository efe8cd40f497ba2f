import type { AttackVector } from "../../domain/incident.js";
import type { TemplateFacts } from "./template.facts.js";
import { actorSentences, bullets, dataSentences, howSentence, whatHappened } from "./template.sentences.js";
import type { TemplateLanguage } from "./template.types.js";

/** What staff should expect, per way in (only when a source states the way in). Knowledge as data. */
const BY_VECTOR: Record<TemplateLanguage, Partial<Record<AttackVector, string>>> = {
  en: {
    vishing: "Expect phone calls from people posing as IT support, a colleague or a supplier who ask you to approve a new app or device, install remote-access software, reset your MFA or read out a code. Hang up and call back on a number from the company directory.",
    social_engineering: "Expect people posing as IT support, a colleague or a supplier, by phone, chat or email, who ask you to approve a new app or device, reset your MFA or read out a code. Check through a second channel you already know before you act.",
    phishing: "Expect emails and texts that copy our sign-in pages or our suppliers'. Open sign-in pages from your bookmarks, not from links in messages.",
    oauth_app: "Never approve a request to connect an app or integration to a company account unless IT asked you to, even if it looks like a familiar tool.",
    stolen_credentials: "Logins stolen earlier (for example by malware on a personal computer) were reused. Never reuse a work password anywhere, and do not sign in to work systems from personal devices.",
    credential_stuffing: "Passwords leaked elsewhere were tried on accounts. Never reuse a work password anywhere.",
    ransomware: "Report at once any ransom note, files you cannot open, or unexpected encryption or remote-access tools.",
  },
  fr: {
    vishing: "Attendez-vous à des appels de personnes se présentant comme le support informatique, un collègue ou un fournisseur, qui vous demandent d'approuver une application ou un appareil, d'installer un logiciel d'accès à distance, de réinitialiser votre MFA ou de lire un code. Raccrochez et rappelez via un numéro de l'annuaire de l'entreprise.",
    social_engineering: "Attendez-vous à des personnes se présentant comme le support informatique, un collègue ou un fournisseur, par téléphone, messagerie ou e-mail, qui vous demandent d'approuver une application ou un appareil, de réinitialiser votre MFA ou de lire un code. Vérifiez par un autre canal que vous connaissez déjà avant d'agir.",
    phishing: "Attendez-vous à des e-mails et SMS imitant nos pages de connexion ou celles de nos fournisseurs. Ouvrez les pages de connexion depuis vos favoris, jamais depuis un lien reçu.",
    oauth_app: "N'approuvez jamais une demande de connexion d'une application ou d'une intégration à un compte de l'entreprise sans demande de l'informatique, même si l'outil semble familier.",
    stolen_credentials: "Des identifiants volés auparavant (par exemple par un logiciel malveillant sur un ordinateur personnel) ont été réutilisés. Ne réutilisez jamais un mot de passe professionnel et ne vous connectez pas aux systèmes de l'entreprise depuis un appareil personnel.",
    credential_stuffing: "Des mots de passe divulgués ailleurs ont été essayés sur des comptes. Ne réutilisez jamais un mot de passe professionnel.",
    ransomware: "Signalez immédiatement toute demande de rançon, tout fichier illisible ou tout outil de chiffrement ou d'accès à distance inattendu.",
  },
};

interface Words {
  heading: (org: string | null) => string;
  happened: string;
  why: string;
  whyText: string;
  todo: string;
  generic: string;
  always: (org: string | null) => string[];
  vendor: (vendor: string, said: string) => string;
  customers: string;
}

const WORDS: Record<TemplateLanguage, Words> = {
  en: {
    heading: (org) => `Security warning for ${org ? `${org} staff` : "all staff"}: phishing and phone scams after a data breach`,
    happened: "WHAT HAPPENED",
    why: "WHY IT MATTERS TO US",
    whyText: "Attackers reuse the same approach against other companies, and data stolen from customers makes scam calls and emails convincing.",
    todo: "WHAT TO DO",
    generic: "Expect calls, chats and emails from people posing as IT support, a colleague, a supplier or a customer, who ask you to approve a new app or device, reset your MFA, read out a code or change account details.",
    always: (org) => [
      `Never share your password or a one-time code with anyone: ${org ? `${org} IT` : "IT"} will never ask for them.`,
      "Never approve an MFA prompt or a new device you did not start yourself.",
      "Check any request to change bank details, contact details or access by calling back on a number you already know.",
      "Report suspicious calls and messages to the security team at once, even if you did nothing wrong.",
    ],
    vendor: (v, s) => `Be wary of messages about ${v} (${s}): sign-in alerts, "security updates" or requests to connect an app.`,
    customers: "Customers may be targeted with scams that use the data listed above; if a customer reports one, pass it to the security team.",
  },
  fr: {
    heading: (org) => `Alerte sécurité pour ${org ? `le personnel de ${org}` : "tout le personnel"} : hameçonnage et arnaques téléphoniques après une fuite de données`,
    happened: "CE QUI S'EST PASSÉ",
    why: "POURQUOI C'EST IMPORTANT POUR NOUS",
    whyText: "Les attaquants réutilisent la même méthode contre d'autres entreprises, et les données volées aux clients rendent les appels et e-mails frauduleux crédibles.",
    todo: "CE QU'IL FAUT FAIRE",
    generic: "Attendez-vous à des appels, messages et e-mails de personnes se présentant comme le support informatique, un collègue, un fournisseur ou un client, qui vous demandent d'approuver une application ou un appareil, de réinitialiser votre MFA, de lire un code ou de modifier des informations de compte.",
    always: (org) => [
      `Ne communiquez jamais votre mot de passe ni un code à usage unique : ${org ? `l'informatique de ${org}` : "l'informatique"} ne vous les demandera jamais.`,
      "N'approuvez jamais une demande MFA ou un nouvel appareil que vous n'avez pas initié vous-même.",
      "Vérifiez toute demande de changement de coordonnées bancaires, de contact ou d'accès en rappelant un numéro que vous connaissez déjà.",
      "Signalez immédiatement les appels et messages suspects à l'équipe sécurité, même si vous n'avez rien fait de mal.",
    ],
    vendor: (v, s) => `Méfiez-vous des messages concernant ${v} (${s}) : alertes de connexion, « mises à jour de sécurité » ou demandes de connexion d'une application.`,
    customers: "Des clients peuvent être visés par des arnaques utilisant les données citées plus haut ; si un client en signale une, transmettez-la à l'équipe sécurité.",
  },
};

/** The staff warning: phishing and vishing awareness for the reader's own staff, from the incident's facts. */
export function staffWarning(f: TemplateFacts, org: string | null): string {
  const w = WORDS[f.lang];
  const tip = f.vector ? BY_VECTOR[f.lang][f.vector.value] : undefined;
  const todo = [tip ?? w.generic, ...(f.vendor ? [w.vendor(f.vendor.value, f.vendor.said)] : []), ...w.always(org)];
  if (f.exposed.length > 0) todo.push(w.customers);
  return [
    w.heading(org),
    `${w.happened}\n${bullets([...whatHappened(f), ...howSentence(f), ...dataSentences(f), ...actorSentences(f)])}`,
    `${w.why}\n${w.whyText}`,
    `${w.todo}\n${bullets(todo)}`,
  ].join("\n\n");
}
