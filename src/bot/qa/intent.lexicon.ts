/** What a thread question asks about. */
export type IntentKind =
  | "changes_since" | "actions" | "sources" | "actors" | "data_class_check" | "count"
  | "when" | "vendor" | "regulators" | "data_taken" | "status";

/** A question that starts by asking who: about the actor, even when it names data ("who stole the passports?"). */
const WHO = /^\W*(who|whom|qui|wer|quien(es)?|chi)\b/i;

/**
 * Intent lexicon (EN, FR, DE, ES, IT), in priority order, matched on the FOLDED question (lower case,
 * no accents): the first row whose `all` patterns match and whose `none` patterns do not wins.
 * `needsDataTerm` rows apply only when the question names a kind of data. Knowledge as data.
 */
export const INTENT_LEXICON: { intent: IntentKind; all: RegExp[]; none?: RegExp[]; needsDataTerm?: boolean }[] = [
  { intent: "changes_since", all: [/\b(chang|updat|new|news|nouveau|nouveaut|neuf|evolu|modifi|neu|geander|novedad|cambi|nuov|novita)/i, /\b(since|depuis|last|derni|past|seit|desde|dal|dalla|dallo)\b/i] },
  { intent: "changes_since", all: [/\bwhat('s| has| have)? changed\b|\bqu'est-ce qui a change\b|\bquoi de neuf\b|\bwas hat sich geandert\b|\bque ha cambiado\b|\bcosa e cambiato\b/i] },
  { intent: "actions", all: [/\b(what|how) (should|do|must|can) (we|i|our|they|the|customers|clients)\b|\bshould (we|our|i)\b|\b(should|must|need to)\b.*\b(do|say|tell|check|respond|communicate|reset)\b|\brecommend|\badvi[cs]e|\bactions?\b|\bnext steps?\b|\bque (devons|doit|doivent|faire|dire)|\bquoi (faire|dire)|\bque faut-il|\brecommand|\bconseil|\bwas (sollen|mussen|sollten) wir\b|\bempfehl|\bque (debemos|hay que|deberiamos)\b|\brecomienda|\bcosa (dobbiamo|dovremmo|fare)\b|\bconsigli/i] },
  { intent: "sources", all: [/\bsources?\b|\bwho reported\b|\bwhere (did|does|is) (this|that|it)\b|\blinks?\b|\barticles?\b|\bcitations?\b|\bd'ou vient|\bquellen\b|\bwelche quelle\b|\bfuentes?\b|\bfonti\b/i] },
  { intent: "count", all: [/\bhow many\b|\bnumber of\b|\bcount\b|\bhow (big|large)\b|\bcombien\b|\bnombre de\b|\bscale\b|\bwie viele\b|\banzahl\b|\bcuant[oa]s\b|\bnumero de\b|\bquant[ie]\b|\bnumero di\b/i] },
  { intent: "data_class_check", all: [/./], none: [WHO], needsDataTerm: true },
  { intent: "actors", all: [/\bwho('s| is| was| are)? (behind|responsible)\b|\bwho (did|hacked|attacked|claimed)\b|\b(attackers?|hackers?|threat actors?|gang|group behind|claimed by|attribut)|\b(hacking|hacker|criminal|ransomware|threat|extortion|cyber ?crim\w*) (group|gang|crew)s?\b|\bwhich (group|gang|crew|actor)s?\b|\bresponsib|\bqui (est|sont|serait|a) (derriere|responsable|fait|pirat|revendiqu)|\b(auteurs?|pirates?|attaquants?|revendiqu)|\bwer (steckt|ist|war)\b|\bangreifer|\btater|\bhackergruppe|\bquien (esta|es|fue)\b|\batacantes?|\bgrupo de (hackers|piratas)|\bchi (c'e|e|ha)\b|\bdietro\b|\battaccanti|\bgruppo di hacker/i] },
  { intent: "when", all: [/\bwhen\b|\bwhat (date|day|time)\b|\bquand\b|\bquelle date\b|\bdate\b|\bwann\b|\bcuando\b|\bquando\b/i] },
  { intent: "vendor", all: [/\bvendors?\b|\bplatforms?\b|\bsuppliers?\b|\bthird[- ]part(y|ies)\b|\bwhich (system|software|crm|provider|app)\b|\bhow did (they|the attackers|it) (get|break)\b|\bvector\b|\bfournisseurs?\b|\bplate-?formes?\b|\bprestataires?\b|\bcomment (ont-ils|sont-ils|l'attaque)|\bdienstleister|\banbieter|\bplattform|\blieferant|\bproveedor|\bplataforma|\bfornitor|\bpiattaforma/i] },
  { intent: "regulators", all: [/\bregulat|\bnotif(y|ied|ication)\b|\bauthorit|\bdata protection\b|\bico\b|\bcnil\b|\boaic\b|\bgdpr\b|\brgpd\b|\bautorites?\b|\bpolice\b|\bfbi\b|\bbehorde|\baufsicht|\bdatenschutz|\bautoridad|\breguladores?\b|\bautorita\b|\bgarante\b/i] },
  { intent: "status", all: [/\bstatus\b|\bcontained\b|\bresolved\b|\bstill (ongoing|active)\b|\bstatut\b|\bmaitris|\beingedamm|\bcontenid|\bcontenut/i] },
  { intent: "data_taken", all: [/\b(what|which|quelles?|quels?|welche|que|cuales|quali) .*\b(data|information|info|details|donnees|informations|daten|datos|dati)\b|\bwhat (was|got|has been|were) (taken|stolen|exposed|leaked|accessed|compromised)\b|\bqu'est-ce qui a ete (vol|expos|pris)|\bexposed\b|\bstolen\b|\bleaked\b|\bvolee?s?\b|\bdonnees\b|\bdata\b|\bdaten\b|\bdatos\b|\bdati\b|\bgestohlen|\brobad|\brubat/i] },
];
