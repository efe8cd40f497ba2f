import { commandRef } from "../../domain/command-ref.js";
import type { Stance } from "../../domain/evidence.js";
import type { AnswerLanguage } from "../../domain/stance-wording.js";

/** What a templated sentence is about: the value's words, its stance phrase, its sources ("(per Reuters)"). */
export interface Said {
  what: string;
  /** The stance phrase ("confirmed by Qantas"); the non-confirmed ones are worded by the template itself. */
  who: string;
  /** " (per Reuters)" or "". */
  per: string;
  /** Who claims or denies it, when named. */
  speaker: string | null;
  /** English verb agreeing with `what` ("was" for "passport data", "were" for "dates of birth"). */
  be?: string;
  /** How the figure is bounded, in the answer's language ("fewer than", "up to"); replaces "About". */
  bound?: string;
}

/**
 * Answer templates per language (knowledge as data). Every non-confirmed stance is worded in its
 * own clause ("Yes, reported: … . Not confirmed by the company."), so a verdict and its caveat
 * never blur, and every answer says how sure it is.
 */
export interface Phrases {
  per: (outlets: string) => string;
  yes: Record<Stance, (s: Said) => string>;
  no: (s: Said) => string;
  notReported: (n: number, what: string) => string;
  recordHasNone: (what: string, sentences: number) => string;
  /** Heading of the source sentences an answer was read from, or that the reader should read. */
  inSources: string;
  /** "fewer than" / "up to" / "more than" before a figure read from a sentence. */
  bounds: { under: string; up_to: string; over: string };
  /** The record holds no count of people; sentences give other figures (records), quoted below. */
  otherFiguresOnly: (n: number) => string;
  /** Generic authorities (law enforcement) that were told, after "no regulator reported". */
  alsoInformed: string;
  /** "also written" before another spelling of a name ("Clop (also written Cl0p)"). */
  alsoWritten: string;
  several: string;
  count: Record<Stance, (s: Said) => string>;
  countsDiffer: (text: string) => string;
  otherFigures: string;
  units: Record<"people" | "records" | "accounts" | "unknown", string>;
  topics: { count: string; actors: string; vendor: string; regulators: string; data: string; detected: string; disclosed: string };
  actorsIntro: string;
  labels: { vendor: string; how: string; regulators: string; detected: string; disclosed: string; dates: string; status: string; severity: string; thirdParty: string };
  dataIntro: (title: string) => string;
  taken: string;
  notTaken: string;
  evidence: string;
  sources: string;
  cited: string;
  unknownIntro: (title: string) => string;
  capabilities: string[];
  changes: (n: number, since: string) => string;
  noChanges: (since: string, n: number) => string;
  sourcesIntro: (n: number, title: string) => string;
  actionsIntro: (who: string, severity: string, outlets: string) => string;
  noActions: (who: string, id: string) => string;
  everyone: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** "fewer than" → "Fewer than"; undefined stays undefined (the template's own "About"). */
const cap = (s: string | undefined): string | undefined => (s ? s.charAt(0).toUpperCase() + s.slice(1) : undefined);

const EN: Phrases = {
  per: (o) => ` (per ${o})`,
  yes: {
    confirmed: (s) => `Yes: ${s.what} ${s.be ?? "were"} taken, ${s.who}${s.per}.`,
    reported: (s) => `Yes, reported: ${s.what} ${s.be ?? "were"} taken${s.per}. Not confirmed by the company.`,
    claimed: (s) => `Yes, claimed by ${s.speaker ?? "the attackers"}: ${s.what} ${s.be ?? "were"} taken${s.per}. Unverified; the company has not confirmed it.`,
    inferred: (s) => `Inferred only: Breach Radar derived that ${s.what} may have been taken; no source states it${s.per}.`,
    denied: (s) => `Stated NOT taken: ${s.what}${s.per}.`,
  },
  no: (s) => `Stated NOT taken: ${s.what}${s.speaker ? `, said ${s.speaker}` : ""}${s.per}.`,
  notReported: (n, what) => `Not reported in ${plural(n, "source", "sources")}: nothing about ${what} yet.`,
  recordHasNone: (what, k) => `The record has no information about ${what}, but ${plural(k, "source sentence mentions", "source sentences mention")} it; read ${k === 1 ? "it" : "them"} before concluding:`,
  several: "Here is what the sources say:",
  inSources: "What the source sentences say",
  bounds: { under: "fewer than", up_to: "up to", over: "more than" },
  otherFiguresOnly: (n) => `How many people are affected is not reported; ${plural(n, "source sentence gives", "source sentences give")} other figures (records, cards, traffic), quoted below.`,
  alsoInformed: "Also informed",
  alsoWritten: "also written",
  count: {
    confirmed: (s) => `${cap(s.bound) ?? "About"} ${s.what} affected, ${s.who}${s.per}.`,
    reported: (s) => `${cap(s.bound) ?? "About"} ${s.what} affected, as reported${s.per}. Not confirmed by the company.`,
    claimed: (s) => `Only the attackers give a figure: ${s.speaker ? `${s.speaker} claims` : "they claim"} ${s.bound ? `${s.bound} ` : ""}${s.what}${s.per}. Unverified; not confirmed by the company.`,
    inferred: (s) => `Inferred by Breach Radar, not stated by any source: about ${s.what} affected${s.per}.`,
    denied: (s) => `A figure of ${s.what} was denied${s.per}.`,
  },
  countsDiffer: (t) => `Sources differ on how many people are affected: ${t}.`,
  otherFigures: "Other figures",
  units: { people: "people", records: "records", accounts: "accounts", unknown: "" },
  topics: { count: "how many people are affected", actors: "who is behind it", vendor: "a vendor or platform", regulators: "regulators or authorities", data: "which data was taken", detected: "when it was detected", disclosed: "when it was disclosed" },
  actorsIntro: "Actors named by the sources:",
  labels: { vendor: "Vendor / platform", how: "How", regulators: "Regulators / authorities named", detected: "Detected", disclosed: "Disclosed", dates: "Dates reported:", status: "Status", severity: "Severity", thirdParty: "a third party" },
  dataIntro: (t) => `Data reported for ${t}:`,
  taken: "Taken",
  notTaken: "Stated NOT taken",
  evidence: "Evidence",
  sources: "Sources",
  cited: "Cited sources",
  unknownIntro: (t) => `I can answer, about ${t}:`,
  capabilities: [
    "what data was taken, or whether passports / cards / passwords / dates of birth … were taken",
    "how many people are affected", "who is behind it", "when it was detected or disclosed",
    "which vendor or platform", "which regulators", "what we should do (say who: SOC, call centre, Salesforce admins, legal…)",
    "the sources", "what changed since a date (\"since Monday\", \"since 2025-07-01\")",
  ],
  changes: (n, since) => `${plural(n, "change", "changes")}${since ? ` reported since ${since}` : ""}:`,
  noChanges: (since, n) => `No changes reported${since ? ` since ${since}` : ""} (${plural(n, "source", "sources")} checked).`,
  sourcesIntro: (n, t) => `${plural(n, "source", "sources")} reported on ${t}:`,
  actionsIntro: (who, sev, outlets) => `Recommended for ${who} (severity ${sev}), based on the facts reported by ${outlets}:`,
  noActions: (who, id) => `No specific action for ${who} yet; type ${commandRef(`actions ${id}`)} for all audiences.`,
  everyone: "everyone",
};

const FR: Phrases = {
  per: (o) => ` (selon ${o})`,
  yes: {
    confirmed: (s) => `Oui : ${s.what} figurent parmi les données volées, ${s.who}${s.per}.`,
    reported: (s) => `Oui, selon la presse : ${s.what} figurent parmi les données volées${s.per}. Sans confirmation de l'entreprise.`,
    claimed: (s) => `Oui, selon ${s.speaker ?? "les attaquants"} : ${s.what} figurent parmi les données volées${s.per}. Invérifié ; l'entreprise ne l'a pas confirmé.`,
    inferred: (s) => `Déduction seulement : Breach Radar suppose que ${s.what} figurent parmi les données volées ; les sources ne le disent pas${s.per}.`,
    denied: (s) => `Non : ${s.what} ne font pas partie des données volées${s.per}.`,
  },
  no: (s) => `Non : ${s.what} ne font pas partie des données volées${s.speaker ? `, selon ${s.speaker}` : ""}${s.per}.`,
  notReported: (n, what) => `Non signalé dans ${plural(n, "source", "sources")} : aucune information sur ${what} pour l'instant.`,
  recordHasNone: (what, k) => `Aucune information dans la fiche sur ${what}, mais ${plural(k, "phrase des sources en parle", "phrases des sources en parlent")} ; à lire avant de conclure :`,
  several: "Voici ce que disent les sources :",
  inSources: "Ce que disent les phrases des sources",
  bounds: { under: "moins de", up_to: "jusqu'à", over: "plus de" },
  otherFiguresOnly: (n) => `Aucune information sur le nombre de personnes touchées ; ${plural(n, "phrase des sources donne", "phrases des sources donnent")} d'autres chiffres (enregistrements, cartes, trafic), citées ci-dessous.`,
  alsoInformed: "Également informés",
  alsoWritten: "aussi écrit",
  count: {
    confirmed: (s) => `${cap(s.bound) ?? "Environ"} ${s.what} touchées, ${s.who}${s.per}.`,
    reported: (s) => `${cap(s.bound) ?? "Environ"} ${s.what} touchées, selon la presse${s.per}. Sans confirmation de l'entreprise.`,
    claimed: (s) => `Seuls les attaquants donnent un chiffre : ${s.speaker ?? "ils"} revendique(nt) ${s.bound ? `${s.bound} ` : ""}${s.what}${s.per}. Invérifié.`,
    inferred: (s) => `Breach Radar estime ${s.what} ; les sources ne le disent pas${s.per}.`,
    denied: (s) => `Un chiffre de ${s.what} a été démenti${s.per}.`,
  },
  countsDiffer: (t) => `Les sources divergent sur le nombre de personnes touchées : ${t}.`,
  otherFigures: "Autres chiffres",
  units: { people: "personnes", records: "enregistrements", accounts: "comptes", unknown: "personnes" },
  topics: { count: "le nombre de personnes touchées", actors: "qui est derrière l'attaque", vendor: "un fournisseur ou une plateforme", regulators: "des autorités ou régulateurs", data: "les données volées", detected: "la date de détection", disclosed: "la date de divulgation" },
  actorsIntro: "Acteurs cités par les sources :",
  labels: { vendor: "Fournisseur / plateforme", how: "Comment", regulators: "Autorités / régulateurs cités", detected: "Détecté", disclosed: "Divulgué", dates: "Dates signalées :", status: "Statut", severity: "Gravité", thirdParty: "un tiers" },
  dataIntro: (t) => `Données signalées pour ${t} :`,
  taken: "Volé",
  notTaken: "Déclaré NON volé",
  evidence: "Preuves",
  sources: "Sources",
  cited: "Sources citées",
  unknownIntro: (t) => `Je peux répondre, sur ${t} :`,
  capabilities: [
    "quelles données ont été volées, ou si passeports / cartes / mots de passe / dates de naissance … l'ont été",
    "combien de personnes sont touchées", "qui est derrière l'attaque", "quand elle a été détectée ou divulguée",
    "quel fournisseur ou quelle plateforme", "quelles autorités", "que devons-nous faire (dites qui : SOC, centre d'appels, juridique…)",
    "les sources", "ce qui a changé depuis une date (« depuis lundi », « depuis 2025-07-01 »)",
  ],
  changes: (n, since) => `${plural(n, "changement", "changements")}${since ? ` signalés depuis le ${since}` : ""} :`,
  noChanges: (since, n) => `Aucun changement signalé${since ? ` depuis le ${since}` : ""} (${plural(n, "source vérifiée", "sources vérifiées")}).`,
  sourcesIntro: (n, t) => `${plural(n, "source a", "sources ont")} couvert ${t} :`,
  actionsIntro: (who, sev, outlets) => `Recommandé pour ${who} (gravité ${sev}), d'après les faits rapportés par ${outlets} :`,
  noActions: (who, id) => `Pas d'action spécifique pour ${who} pour l'instant ; tapez ${commandRef(`actions ${id}`)} pour tous les publics.`,
  everyone: "tout le monde",
};

/** German, Spanish and Italian share the English structure; their words differ. */
function variant(base: Phrases, w: {
  per: string; yes: string; reportedYes: string; notConfirmed: string; claimedYes: (who: string) => string; unverified: string;
  taken: (what: string) => string; notTaken: (what: string) => string; no: string; notReported: (n: number, what: string) => string;
  recordHasNone: (what: string, k: number) => string; about: string; asReported: string; onlyAttackers: string;
  units: Phrases["units"]; topics: Phrases["topics"]; labels: Phrases["labels"]; actorsIntro: string; several: string;
  evidence: string; sources: string; cited: string; differ: string; otherFigures: string; everyone: string;
  inSources: string; bounds: Phrases["bounds"]; otherFiguresOnly: (n: number) => string; alsoInformed: string; alsoWritten: string;
}): Phrases {
  return {
    ...base,
    per: (o) => ` (${w.per} ${o})`,
    yes: {
      confirmed: (s) => `${w.yes}: ${w.taken(s.what)}, ${s.who}${s.per}.`,
      reported: (s) => `${w.yes}, ${w.reportedYes}: ${w.taken(s.what)}${s.per}. ${w.notConfirmed}.`,
      claimed: (s) => `${w.yes}, ${w.claimedYes(s.speaker ?? "")}: ${w.taken(s.what)}${s.per}. ${w.unverified}.`,
      inferred: (s) => `Breach Radar: ${w.taken(s.what)}? ${w.unverified}${s.per}.`,
      denied: (s) => `${w.no}: ${w.notTaken(s.what)}${s.per}.`,
    },
    no: (s) => `${w.no}: ${w.notTaken(s.what)}${s.speaker ? ` (${s.speaker})` : ""}${s.per}.`,
    notReported: w.notReported,
    recordHasNone: w.recordHasNone,
    several: w.several,
    count: {
      confirmed: (s) => `${cap(s.bound) ?? w.about} ${s.what}, ${s.who}${s.per}.`,
      reported: (s) => `${cap(s.bound) ?? w.about} ${s.what}, ${w.asReported}${s.per}. ${w.notConfirmed}.`,
      claimed: (s) => `${w.onlyAttackers}: ${s.speaker ? `${s.speaker}: ` : ""}${s.bound ? `${s.bound} ` : ""}${s.what}${s.per}. ${w.unverified}.`,
      inferred: (s) => `Breach Radar: ${s.what}? ${w.unverified}${s.per}.`,
      denied: (s) => `${w.no}: ${s.what}${s.per}.`,
    },
    countsDiffer: (t) => `${w.differ}: ${t}.`,
    otherFigures: w.otherFigures,
    units: w.units,
    topics: w.topics,
    actorsIntro: w.actorsIntro,
    labels: w.labels,
    evidence: w.evidence,
    sources: w.sources,
    cited: w.cited,
    everyone: w.everyone,
    inSources: w.inSources,
    bounds: w.bounds,
    otherFiguresOnly: w.otherFiguresOnly,
    alsoInformed: w.alsoInformed,
    alsoWritten: w.alsoWritten,
  };
}

const DE = variant(EN, {
  per: "laut", yes: "Ja", reportedYes: "laut Berichten", notConfirmed: "Vom Unternehmen nicht bestätigt", claimedYes: (who) => `laut ${who || "den Angreifern"}`,
  unverified: "Unbestätigt", taken: (what) => `${what} wurden gestohlen`, notTaken: (what) => `${what} wurden nicht gestohlen`, no: "Nein",
  notReported: (n, what) => `In ${n} ${n === 1 ? "Quelle" : "Quellen"} nicht gemeldet: bisher nichts zu ${what}.`,
  recordHasNone: (what, k) => `Der Eintrag enthält keine Angabe zu ${what}, aber ${k} ${k === 1 ? "Satz der Quellen erwähnt" : "Sätze der Quellen erwähnen"} es; bitte vor einem Schluss lesen:`,
  about: "Etwa", asReported: "laut Berichten", onlyAttackers: "Nur die Angreifer nennen eine Zahl",
  units: { people: "Personen", records: "Datensätze", accounts: "Konten", unknown: "Betroffene" },
  topics: { count: "die Zahl der Betroffenen", actors: "die Täter", vendor: "einen Dienstleister oder eine Plattform", regulators: "Behörden", data: "die gestohlenen Daten", detected: "den Zeitpunkt der Entdeckung", disclosed: "den Zeitpunkt der Bekanntgabe" },
  labels: { vendor: "Dienstleister / Plattform", how: "Wie", regulators: "Genannte Behörden", detected: "Entdeckt", disclosed: "Bekanntgegeben", dates: "Gemeldete Daten:", status: "Status", severity: "Schweregrad", thirdParty: "ein Drittanbieter" },
  actorsIntro: "Von den Quellen genannte Akteure:", several: "Das sagen die Quellen:", evidence: "Belege", sources: "Quellen", cited: "Zitierte Quellen",
  differ: "Die Quellen nennen unterschiedliche Zahlen", otherFigures: "Weitere Zahlen", everyone: "alle",
  inSources: "Was die Sätze der Quellen sagen", bounds: { under: "weniger als", up_to: "bis zu", over: "mehr als" }, alsoInformed: "Ebenfalls informiert", alsoWritten: "auch geschrieben",
  otherFiguresOnly: (n) => `Die Zahl der Betroffenen wird nicht genannt; ${n} ${n === 1 ? "Satz der Quellen nennt" : "Sätze der Quellen nennen"} andere Zahlen (Datensätze, Verkehr), unten zitiert.`,
});

const ES = variant(EN, {
  per: "según", yes: "Sí", reportedYes: "según la prensa", notConfirmed: "Sin confirmar por la empresa", claimedYes: (who) => `según ${who || "los atacantes"}`,
  unverified: "Sin verificar", taken: (what) => `${what} fueron robados`, notTaken: (what) => `${what} no fueron robados`, no: "No",
  notReported: (n, what) => `No consta en ${n} ${n === 1 ? "fuente" : "fuentes"}: nada sobre ${what} por ahora.`,
  recordHasNone: (what, k) => `La ficha no tiene datos sobre ${what}, pero ${k} ${k === 1 ? "frase de las fuentes lo menciona" : "frases de las fuentes lo mencionan"}; léalas antes de concluir:`,
  about: "Unos", asReported: "según la prensa", onlyAttackers: "Solo los atacantes dan una cifra",
  units: { people: "personas", records: "registros", accounts: "cuentas", unknown: "afectados" },
  topics: { count: "cuántas personas están afectadas", actors: "quién está detrás", vendor: "un proveedor o plataforma", regulators: "autoridades", data: "qué datos fueron robados", detected: "cuándo se detectó", disclosed: "cuándo se divulgó" },
  labels: { vendor: "Proveedor / plataforma", how: "Cómo", regulators: "Autoridades citadas", detected: "Detectado", disclosed: "Divulgado", dates: "Fechas:", status: "Estado", severity: "Gravedad", thirdParty: "un tercero" },
  actorsIntro: "Actores citados por las fuentes:", several: "Esto dicen las fuentes:", evidence: "Pruebas", sources: "Fuentes", cited: "Fuentes citadas",
  differ: "Las fuentes difieren en la cifra", otherFigures: "Otras cifras", everyone: "todos",
  inSources: "Lo que dicen las frases de las fuentes", bounds: { under: "menos de", up_to: "hasta", over: "más de" }, alsoInformed: "También informadas", alsoWritten: "también escrito",
  otherFiguresOnly: (n) => `No consta cuántas personas están afectadas; ${n} ${n === 1 ? "frase de las fuentes da" : "frases de las fuentes dan"} otras cifras (registros, tráfico), citadas abajo.`,
});

const IT = variant(EN, {
  per: "secondo", yes: "Sì", reportedYes: "secondo la stampa", notConfirmed: "Non confermato dall'azienda", claimedYes: (who) => `secondo ${who || "gli attaccanti"}`,
  unverified: "Non verificato", taken: (what) => `${what} sono stati rubati`, notTaken: (what) => `${what} non sono stati rubati`, no: "No",
  notReported: (n, what) => `Non riportato in ${n} ${n === 1 ? "fonte" : "fonti"}: nulla su ${what} per ora.`,
  recordHasNone: (what, k) => `La scheda non ha informazioni su ${what}, ma ${k} ${k === 1 ? "frase delle fonti ne parla" : "frasi delle fonti ne parlano"}; leggerle prima di concludere:`,
  about: "Circa", asReported: "secondo la stampa", onlyAttackers: "Solo gli attaccanti danno una cifra",
  units: { people: "persone", records: "record", accounts: "account", unknown: "coinvolti" },
  topics: { count: "quante persone sono coinvolte", actors: "chi c'è dietro", vendor: "un fornitore o una piattaforma", regulators: "autorità", data: "quali dati sono stati rubati", detected: "quando è stato scoperto", disclosed: "quando è stato reso pubblico" },
  labels: { vendor: "Fornitore / piattaforma", how: "Come", regulators: "Autorità citate", detected: "Scoperto", disclosed: "Reso pubblico", dates: "Date:", status: "Stato", severity: "Gravità", thirdParty: "una terza parte" },
  actorsIntro: "Attori citati dalle fonti:", several: "Ecco cosa dicono le fonti:", evidence: "Prove", sources: "Fonti", cited: "Fonti citate",
  differ: "Le fonti danno cifre diverse", otherFigures: "Altre cifre", everyone: "tutti",
  inSources: "Cosa dicono le frasi delle fonti", bounds: { under: "meno di", up_to: "fino a", over: "oltre" }, alsoInformed: "Informate anche", alsoWritten: "scritto anche",
  otherFiguresOnly: (n) => `Non è riportato quante persone siano coinvolte; ${n} ${n === 1 ? "frase delle fonti dà" : "frasi delle fonti danno"} altre cifre (record, traffico), citate sotto.`,
});

export const PHRASES: Record<AnswerLanguage, Phrases> = { en: EN, fr: FR, de: DE, es: ES, it: IT };
