import type { DataClass } from "../../domain/data-class.js";
import { exposedGroups, isExposed, type TemplateFacts } from "./template.facts.js";
import { actorSentences, bullets, dataSentences, figureSentences, whatHappened } from "./template.sentences.js";
import type { TemplateLanguage } from "./template.types.js";
import { capital, classLabel, classList } from "./template.words.js";

/** Classes that must never be called safe unless a source says so: callers ask about these. */
const ASKED_ABOUT: readonly DataClass[] = ["payment_card", "passport", "password"];
/** Classes a caller could use to pass as a customer. */
const LOYALTY: readonly DataClass[] = ["loyalty_number", "loyalty_tier", "loyalty_balance"];

interface Words {
  intro: (victim: string) => string;
  canSay: string;
  whoseRecord: (victim: string) => string;
  ourRecord: string;
  checking: string;
  neverAsk: string;
  noDob: (said: string) => string;
  notProof: (list: string, said: string) => string;
  otherCheck: string;
  changeThenRedeem: (points: boolean) => string;
  impersonation: (victim: string | null) => string;
  scamTold: (victim: string | null) => string;
  signs: string;
  hangUp: string;
  logIt: string;
  ifAsked: string;
  askedData: string;
  exposedAnswer: (label: string, said: string) => string;
  unstated: (label: string, victim: string) => string;
  notAffectedAnswer: (label: string, speaker: string) => string;
  inferredOnly: (label: string) => string;
  askedCount: string;
  noFigure: string;
  askedWho: string;
  noActor: string;
}

const WORDS: Record<TemplateLanguage, Words> = {
  en: {
    intro: (v) => `Use this when customers call about the ${v} data breach. Say only what is below; do not guess or add figures.`,
    canSay: "WHAT WE CAN SAY",
    whoseRecord: (v) => `Only ${v} can tell a customer whether their own record was involved: point them to ${v}'s official website or app, never to a link in a message.`,
    ourRecord: "Look up whether a customer's own record was involved only after the identity check below, and never read their data back to them.",
    checking: "CHECKING WHO IS CALLING",
    neverAsk: "Never ask a caller for their password, PIN or a one-time code, and never ask them to read out a code we sent them.",
    noDob: (s) => `Never verify a caller by date of birth: dates of birth are among the data exposed (${s}).`,
    notProof: (l, s) => `Knowing a customer's ${l} is not proof of identity: they are among the data exposed (${s}).`,
    otherCheck: "Use a check that does not rely on that data, such as calling the customer back on the number held on their account, or asking them to sign in to their account.",
    changeThenRedeem: (p) => `Be wary of a caller who knows these details but asks, in the same call, to change the email address or phone number on the account${p ? ", or to redeem or transfer points" : ""}.`,
    impersonation: (v) => `CALLERS IMPERSONATING ${v ? `${v.toUpperCase()} OR US` : "US"}`,
    scamTold: (v) => `Customers may get calls, texts or emails that claim to come from ${v ? `${v} or from us` : "us"} and quote their personal details. Tell them: we never ask for a password, PIN, one-time code or full card number by phone, text or email.`,
    signs: "Signs of a scam: pressure to act now, a link to \"check whether you are affected\", a refund or compensation that needs card details, a request to install an app or to move to another channel, a caller ID that looks right (it can be faked).",
    hangUp: "Advise them to hang up and call the number on the official website, never a number or link given in the message.",
    logIt: "Log every such report and pass it to the security team the same day.",
    ifAsked: "IF ASKED",
    askedData: "\"Were my card details, passport or password taken?\"",
    exposedAnswer: (l, s) => `${l}: among the data exposed (${s}).`,
    unstated: (l, v) => `${l}: ${v} has not said either way; do not reassure the customer.`,
    notAffectedAnswer: (l, who) => `${l}: not affected, ${who} says.`,
    inferredOnly: (l) => `${l}: not stated by any source (only inferred by Breach Radar); do not reassure the customer either way.`,
    askedCount: "\"How many people are affected?\"",
    noFigure: "No figure has been published; do not give one.",
    askedWho: "\"Who did this?\"",
    noActor: "No group has been named; do not speculate.",
  },
  fr: {
    intro: (v) => `À utiliser quand des clients appellent au sujet de la fuite de données chez ${v}. Dites seulement ce qui suit ; ne supposez rien et n'ajoutez aucun chiffre.`,
    canSay: "CE QUE NOUS POUVONS DIRE",
    whoseRecord: (v) => `Seul ${v} peut dire à un client si ses propres données sont concernées : orientez-le vers le site ou l'application officiels de ${v}, jamais vers un lien reçu par message.`,
    ourRecord: "Ne recherchez si le dossier d'un client est concerné qu'après la vérification d'identité ci-dessous, et ne lui relisez jamais ses données.",
    checking: "VÉRIFIER QUI APPELLE",
    neverAsk: "Ne demandez jamais à un appelant son mot de passe, son code PIN ou un code à usage unique, et ne lui demandez jamais de lire un code que nous lui avons envoyé.",
    noDob: (s) => `Ne vérifiez jamais l'identité d'un appelant par sa date de naissance : les dates de naissance font partie des données exposées (${s}).`,
    notProof: (l, s) => `Connaître ${l} d'un client ne prouve pas son identité : ces données font partie des données exposées (${s}).`,
    otherCheck: "Utilisez une vérification qui ne repose pas sur ces données, par exemple rappeler le client au numéro enregistré sur son compte, ou lui demander de se connecter à son compte.",
    changeThenRedeem: (p) => `Méfiez-vous d'un appelant qui connaît ces informations mais demande, dans le même appel, de changer l'adresse e-mail ou le numéro de téléphone du compte${p ? ", ou d'utiliser ou transférer des points" : ""}.`,
    impersonation: (v) => `APPELANTS SE FAISANT PASSER POUR ${v ? `${v.toUpperCase()} OU POUR NOUS` : "NOUS"}`,
    scamTold: (v) => `Des clients peuvent recevoir des appels, SMS ou e-mails prétendant venir ${v ? `de ${v} ou de nous` : "de nous"} et citant leurs données personnelles. Dites-leur : nous ne demandons jamais de mot de passe, de code PIN, de code à usage unique ni de numéro de carte complet par téléphone, SMS ou e-mail.`,
    signs: "Signes d'une arnaque : pression pour agir tout de suite, lien pour « vérifier si vous êtes concerné », remboursement ou dédommagement demandant des données de carte, demande d'installer une application ou de changer de canal, numéro d'appelant qui semble correct (il peut être usurpé).",
    hangUp: "Conseillez-leur de raccrocher et d'appeler le numéro indiqué sur le site officiel, jamais un numéro ou un lien donné dans le message.",
    logIt: "Consignez chaque signalement et transmettez-le à l'équipe sécurité le jour même.",
    ifAsked: "SI L'ON VOUS DEMANDE",
    askedData: "« Ma carte, mon passeport ou mon mot de passe ont-ils été volés ? »",
    exposedAnswer: (l, s) => `${l} : font partie des données exposées (${s}).`,
    unstated: (l, v) => `${l} : ${v} ne s'est pas prononcé ; ne rassurez pas le client.`,
    notAffectedAnswer: (l, who) => `${l} : non touchées, selon ${who}.`,
    inferredOnly: (l) => `${l} : aucune source ne le dit (simple déduction de Breach Radar) ; ne rassurez pas le client pour autant.`,
    askedCount: "« Combien de personnes sont touchées ? »",
    noFigure: "Aucun chiffre n'a été publié ; n'en donnez pas.",
    askedWho: "« Qui est responsable ? »",
    noActor: "Aucun groupe n'a été nommé ; ne faites pas de suppositions.",
  },
};

/** How to check a caller, given which data was exposed. */
function checkingLines(f: TemplateFacts, w: Words): string[] {
  const lines = [w.neverAsk];
  const dob = isExposed(f, "date_of_birth");
  if (dob) lines.push(w.noDob(dob.said));
  for (const g of exposedGroups(f)) {
    const others = g.classes.filter((c) => c !== "date_of_birth");
    if (others.length > 0) lines.push(w.notProof(classList(others, f.lang), g.said));
  }
  lines.push(w.otherCheck);
  if (f.exposed.length > 0) lines.push(w.changeThenRedeem(LOYALTY.some((c) => isExposed(f, c))));
  return lines;
}

/** Answers to the questions callers ask, from the record only. */
function askedLines(f: TemplateFacts, w: Words): string[] {
  const data = ASKED_ABOUT.map((c) => {
    const taken = isExposed(f, c);
    if (taken) return w.exposedAnswer(capital(classLabel(c, f.lang)), taken.said);
    const label = capital(classLabel(c, f.lang));
    const safe = f.notAffected.find((g) => g.classes.includes(c));
    if (safe) return w.notAffectedAnswer(label, safe.speaker);
    return f.inferredClasses.includes(c) ? w.inferredOnly(label) : w.unstated(label, f.victim);
  });
  const figures = figureSentences(f);
  const actors = actorSentences(f);
  return [
    w.askedData, ...data.map((l) => `  ${l}`),
    w.askedCount, `  ${figures.length > 0 ? figures.join(" ") : w.noFigure}`,
    w.askedWho, `  ${actors.length > 0 ? actors.join(" ") : w.noActor}`,
  ];
}

/** The call-centre script: what agents can say, how to check callers, impersonation, and answers. */
export function callScript(f: TemplateFacts): string {
  const w = WORDS[f.lang];
  const other = f.weAreVictim ? null : f.victim;
  return [
    w.intro(f.victim),
    `${w.canSay}\n${bullets([...whatHappened(f), ...dataSentences(f), ...figureSentences(f), ...actorSentences(f), f.weAreVictim ? w.ourRecord : w.whoseRecord(f.victim)])}`,
    `${w.checking}\n${bullets(checkingLines(f, w))}`,
    `${w.impersonation(other)}\n${bullets([w.scamTold(other), w.signs, w.hangUp, w.logIt])}`,
    `${w.ifAsked}\n${askedLines(f, w).join("\n")}`,
  ].join("\n\n");
}
