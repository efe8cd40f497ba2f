/**
 * Cue words, all languages, as regex sources on folded text (lower case, no accents).
 * Each list is joined into one alternation and matched with word boundaries at the start.
 */

/** Negation that scopes the data words AFTER it: "no passwords", "keine Bankdaten", "aucune donnée", "with no CVV". */
export const DETERMINER_NEGATION_CUES = [
  "no", "nor", "neither", "none of", "without", "non-\\w*", "excluding", "except(?: for)?", "other than", "apart from", "but not", "not (?:include|including|involve|contain)\\w*",
  "kein(?:e|en|er|es)?", "weder", "ohne", "nessun[oa]?", "ne", "senza", "aucun(?:e|es)?", "ni", "sans", "ningun[oa]?", "sin",
];

/** Negation of the whole clause's predicate: "were not accessed", "remains secure", "non risultano", "ne … pas". */
export const PREDICATE_NEGATION_CUES = [
  "not", "\\w+n't", "never been", "(?:were|was|are|is|remain(?:s|ed)?|stay(?:s|ed)?) (?:\\w+ )?(?:secure|safe|protected|unaffected)", "remains? (?:secure|safe|protected)", "unaffected",
  "nicht", "non", "pas", "jamais", "no (?:se|fueron|han|ha|hubo|estan|estaban|fue|son|era|eran)", "tampoco",
];

/** Negated states that make a negated clause about data ("were not accessed", "remains secure"). */
export const NEGATED_STATE_CUES = [
  "secure", "safe", "protected", "unaffected", "affected", "impacted", "involved", "included?", "include", "stored", "held", "part of", "accessed", "compromised",
  "exposed", "stolen", "taken", "leaked", "breached", "obtained", "intercepted", "viewed", "accessible", "at risk", "in the database", "on the platform",
];

/** Verbs and nouns saying data was exposed. */
export const EXPOSURE_CUES = [
  "compromis\\w*", "expos\\w*", "access\\w*", "stolen", "stole", "steal\\w*", "theft", "taken", "took", "leak\\w*", "exfiltrat\\w*", "obtain\\w*",
  "download\\w*", "copied", "breach\\w*", "hacked", "affected", "impacted", "involv\\w*", "includ\\w*", "consist\\w*", "contain\\w*", "intercepted", "viewed",
  "scraped", "posted", "enthalt\\w*", "comprend\\w*", "contien\\w*", "contengono", "figurano", "for sale", "sell\\w*", "dump\\w*", "claimed", "limited to", "corresponded to", "fields",
  "betroffen\\w*", "gestohlen", "abgeflossen", "erbeutet", "kompromittiert", "entwendet", "zugegriffen", "umfass\\w*", "darunter", "offengelegt", "veroffentlicht",
  "compromess\\w*", "sottratt\\w*", "rubat\\w*", "trapelat\\w*", "espost\\w*", "includ\\w*", "coinvolt\\w*", "violat\\w*", "accessibil\\w*",
  "derobe\\w*", "vole(?:e|es|s)?", "expose\\w*", "concerne\\w*", "touche\\w*", "fuite\\w*", "comprennent", "incluent", "piratee\\w*", "divulgu\\w*",
  "rob(?:aron|ado|ados|adas|ada|o)", "sustraj\\w*", "accedieron", "expusieron", "filtraron", "obtuvieron", "robad[oa]s?", "expuest[oa]s?",
  "abgegriffen", "abgerufen", "kopiert", "erbeut\\w*", "exfiltr\\w*", "accede\\w*", "subtilis\\w*", "recuper\\w*", "comprometid[oa]s?", "afectad[oa]s?", "filtrad[oa]s?", "incluy\\w*", "sustraid[oa]s?", "accedid[oa]s?",
];

/** Clauses giving advice, not facts: their data words are not exposures. */
export const ADVICE_CUES = [
  "should", "recommend\\w*", "advis\\w*", "urg\\w*", "be (?:alert|cautious|wary|vigilant|careful)", "beware", "remember", "(?:change|reset|update) (?:your|their|all|any|the)", "told to change",
  "enabl\\w*", "never (?:share|give|click|respond|ask)", "do not (?:click|share|respond|give|reply)", "avoid\\w*", "refrain", "reused?", "test known", "tips?",
  "disattivazione", "modificare", "consiglia\\w*", "andern", "empfiehlt", "empfehl\\w*", "changer", "recommand\\w*", "cambiar", "recomienda\\w*",
];

/** Clauses about other, earlier breaches ("passwords leaked in previous breaches"). */
export const ELSEWHERE_CUES = [
  "previous (?:breach|violation|leak)\\w*", "earlier (?:breach|leak)\\w*", "prior (?:breach|leak)\\w*", "other (?:breach|leak)\\w*", "other sites", "other sources", "elsewhere",
  "precedenti violazioni", "fruheren? (?:lecks?|datenlecks?)", "fuites? anterieures?", "brechas anteriores",
];

/** Split a sentence into clauses at these. */
export const CLAUSE_BREAKS = [
  ";", ", but", " but ", ", however", " however,", ", while ", ", whereas", ", although", " instead", ", yet", ", though",
  ", aber", " aber ", " sondern ", ", ma ", " ma ", ", pero ", " pero ", ", mais ", " mais ", " tandis que ", ", mentre ", " mientras que ", "-- ", " - ",
];

/** Subordinate openers: "While X, Y" splits at the first comma. */
export const SUBORDINATE_OPENERS = ["while", "whilst", "although", "though", "even though", "even if", "even without", "obwohl", "wahrend", "sebbene", "mentre", "bien que", "alors que", "aunque", "si bien"];

/** Clauses that only say something is unknown ("it is not yet known whether passwords were taken"). */
export const UNCERTAINTY_CUES = [
  "not (?:yet )?(?:known|clear|confirmed) (?:whether|if|how|what)", "unclear (?:whether|if|how|what)", "did not (?:say|specify|disclose|reveal|confirm) (?:whether|if|how|what|which)",
  "(?:has|have) not (?:said|specified|disclosed) (?:whether|if|how|what|which)", "no word on", "declined to (?:say|specify|comment)", "investigating whether", "whether or not",
  "nicht bekannt, ob", "unklar, ob", "non e chiaro se", "on ignore si", "no se sabe si",
];
