/**
 * Cues that a source reports an extortion step, as regex sources on folded text (lower case, no accents).
 * Read by the advice engine from the quoted sentences of an incident's facts: a leak claimed or carried out,
 * a ransom demanded, a publication deadline set.
 */
export const EXTORTION_CUES = {
  leak: [
    "leak (?:site|blog|page|portal)", "(?:dark ?web|tor|onion) (?:site|blog|forum)", "(?:published|posted|leaked|dumped) (?:the |some |a sample of )?(?:stolen )?(?:data|records|files|database)",
    "(?:data|records|database) (?:was|were|has been|have been) (?:published|leaked|posted|dumped)", "put (?:the )?(?:data|records) up for sale", "offered for sale", "sample of (?:the )?(?:stolen )?data",
    "site de fuite", "donnees (?:ont ete )?(?:publiees|divulguees|mises en vente)", "leak-seite", "veroffentlicht(?:e|en)? daten",
  ],
  ransom: [
    "ransom (?:demand|note|payment)", "demand(?:ed|ing|s)? (?:a )?(?:ransom|payment)", "extortion (?:demand|email|attempt|message)s?", "(?:pay|paid|paying) (?:a |the )?ransom", "extort(?:ed|ing)?",
    "rancon", "demande de rancon", "losegeld(?:forderung)?", "erpress\\w*", "riscatto", "rescate",
  ],
  deadline: [
    "deadline", "ultimatum", "countdown", "(?:threaten(?:ed|s|ing)?|vow(?:ed|s)?) to (?:publish|leak|release|dump)", "(?:publish|leak|release) (?:the )?(?:data|records) (?:by|on|unless|if)",
    "date limite", "compte a rebours", "menace(?:nt)? de (?:publier|divulguer)", "frist", "drohen?,? (?:die )?daten zu veroffentlichen",
  ],
  injunction: ["injunction", "court order", "injonction", "ordonnance", "einstweilige verfugung"],
} as const;

export type ExtortionCue = keyof typeof EXTORTION_CUES;
