/** What a thread question asks about. */
export type IntentKind =
  | "changes_since" | "actions" | "sources" | "actors" | "data_class_check" | "count"
  | "when" | "vendor" | "regulators" | "data_taken" | "status";

/**
 * Intent lexicon (English, then French), in priority order: the first row whose patterns all
 * match wins. `needsDataTerm` rows apply only when the question names a kind of data.
 */
export const INTENT_LEXICON: { intent: IntentKind; all: RegExp[]; needsDataTerm?: boolean }[] = [
  { intent: "changes_since", all: [/\b(chang|updat|new|news|nouveau|nouveaut|neuf|[ée]volu|modifi)/i, /\b(since|depuis|last|derni|past)\b/i] },
  { intent: "changes_since", all: [/\bwhat('s| has| have)? changed\b|\bqu'est-ce qui a chang[ée]\b|\bquoi de neuf\b/i] },
  { intent: "actions", all: [/\b(what|how) (should|do|must|can) (we|i|our|they|the|customers|clients)\b|\bshould (we|our|i)\b|\b(should|must|need to)\b.*\b(do|say|tell|check|respond|communicate|reset)\b|\brecommend|\badvi[cs]e|\bactions?\b|\bnext steps?\b|\bque (devons|doit|doivent|faire|dire)|\bquoi (faire|dire)|\bque faut-il|\brecommand|\bconseil/i] },
  { intent: "sources", all: [/\bsources?\b|\bwho reported\b|\bwhere (did|does|is) (this|that|it)\b|\blinks?\b|\barticles?\b|\bcitations?\b|\bd'o[ùu] vient/i] },
  { intent: "actors", all: [/\bwho('s| is| was| are)? (behind|responsible)\b|\bwho (did|hacked|attacked|claimed)\b|\b(attackers?|hackers?|threat actors?|gang|group behind|claimed by|attribut)|\bqui (est|sont|serait|a) (derri[eè]re|responsable|fait|pirat|revendiqu)|\b(auteurs?|pirates?|attaquants?|revendiqu)/i] },
  { intent: "data_class_check", all: [/./], needsDataTerm: true },
  { intent: "count", all: [/\bhow many\b|\bnumber of\b|\bcount\b|\bhow (big|large)\b|\bcombien\b|\bnombre de\b|\bscale\b/i] },
  { intent: "when", all: [/\bwhen\b|\bwhat (date|day|time)\b|\bquand\b|\bquelle date\b|\bdate\b/i] },
  { intent: "vendor", all: [/\bvendors?\b|\bplatforms?\b|\bsuppliers?\b|\bthird[- ]part(y|ies)\b|\bwhich (system|software|crm|provider|app)\b|\bhow did (they|the attackers|it) (get|break)\b|\bvector\b|\bfournisseurs?\b|\bplate-?formes?\b|\bprestataires?\b|\bcomment (ont-ils|sont-ils|l'attaque)/i] },
  { intent: "regulators", all: [/\bregulat|\bnotif(y|ied|ication)\b|\bauthorit|\bdata protection\b|\bico\b|\bcnil\b|\boaic\b|\bgdpr\b|\brgpd\b|\bautorit[ée]s?\b|\bpolice\b|\bfbi\b/i] },
  { intent: "status", all: [/\bstatus\b|\bcontained\b|\bresolved\b|\bstill (ongoing|active)\b|\bstatut\b|\bma[iî]tris/i] },
  { intent: "data_taken", all: [/\b(what|which|quelles?|quels?) .*\b(data|information|info|details|donn[ée]es|informations)\b|\bwhat (was|got|has been|were) (taken|stolen|exposed|leaked|accessed|compromised)\b|\bqu'est-ce qui a [ée]t[ée] (vol|expos|pris)|\bexposed\b|\bstolen\b|\bleaked\b|\bvol[ée]e?s?\b|\bdonn[ée]es\b|\bdata\b/i] },
];
