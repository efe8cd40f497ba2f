/**
 * Cue words, all languages, as regex sources on folded text (lower case, no accents).
 * Each list is joined into one alternation and matched with word boundaries at the start.
 */

/** Negation that scopes the data words AFTER it: "no passwords", "keine Bankdaten", "aucune donnée", "with no CVV". */
export const DETERMINER_NEGATION_CUES = [
  "no", "nor", "neither", "none of", "without", "excluding", "except(?: for)?", "other than", "apart from", "but not", "not (?:include|including|involve|contain)\\w*",
  "kein(?:e|en|er|es)?", "weder", "ohne", "nessun[oa]?", "ne", "senza", "aucun(?:e|es)?", "ni", "sans", "ningun[oa]?", "sin", "niciun\\w*", "nicio",
];

/** Negation of the whole clause's predicate: "were not accessed", "remains secure", "non risultano", "ne … pas". */
export const PREDICATE_NEGATION_CUES = [
  "not", "\\w+n't", "never been", "unable to", "failed to", "(?:were|was|are|is|remain\\w*) (?:\\w+ )?(?:spared|untouched|intact)", "(?:sind|seien|waren|bleiben|blieben) (?:\\w+ )?(?:sicher|geschutzt|unberuhrt)", "(?:restent|sont restees?|demeurent) (?:\\w+ )?(?:protegee?s?|securisee?s?|intacte?s?)",
  "(?:sono|restano|rimangono|sono rimasti|sono rimaste) (?:\\w+ )?(?:al sicuro|protett[ie]|intatt[ie])", "(?:estan|siguen|permanecen|quedaron) (?:\\w+ )?(?:a salvo|segur[oa]s|protegid[oa]s|intact[oa]s)", "(?:were|was|are|is|remain(?:s|ed)?|stay(?:s|ed)?) (?:\\w+ )?(?:secure|safe|protected|unaffected)", "remains? (?:secure|safe|protected)", "unaffected",
  "nicht", "non", "pas", "jamais", "nu", "no (?:se|fueron|han|ha|hubo|estan|estaban|fue|son|era|eran)", "tampoco",
];

/** Negated states that make a negated clause about data ("were not accessed", "remains secure"). */
export const NEGATED_STATE_CUES = [
  "secure", "safe", "protected", "unaffected", "affected", "impacted", "involved", "included?", "include", "stored", "held", "part of", "accessed", "compromised",
  "exposed", "stolen", "taken", "leaked", "breached", "obtained", "intercepted", "viewed", "seen", "visible", "viewable", "accessible", "at risk", "in the database", "on the platform",
  "affect(?:s|ing)?", "impact(?:s|ing)?", "expose[sd]?", "store[sd]?", "storing", "hold(?:s|ing)?", "keep(?:s|ing)?", "kept", "retain\\w*", "collect\\w*", "save[sd]?", "among",
  "gespeichert", "gespeichert", "erfasst", "abgeflossen", "sicher", "stocke\\w*", "conserve\\w*", "concerne\\w*", "afectat\\w*", "memorizzat\\w*", "conservat\\w*", "al sicuro", "almacen\\w*", "guardad[oa]s?", "a salvo",
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

/**
 * Extra exposure verbs used only by the data-class extractor (EXPOSURE_CUES is shared with victim roles).
 * "could have captured", "were visible", "the bucket held", "were able to reach".
 */
export const DATA_EXPOSURE_CUES = [
  "at risk", "handelt es sich um", "handle es sich um", "es handelt sich um", "betreffen", "einsehbar", "inklusive", "einschliesslich", "il s'agit de", "s'agit", "s'agir", "notamment",
  "si tratta di", "tra cui", "compresi", "comprese", "se trata de", "incluidos", "incluidas", "made off with", "walked away with", "got hold of", "gain\\w* (?:unauthori[sz]ed )?access", "zugriff\\w*", "acces", "accesso", "acceso", "pulled", "extracted", "exported", "captur\\w*", "visible", "viewable", "held", "able to (?:reach|see|view|read|download|copy|export)", "siphon\\w*", "grabbed", "harvest\\w*", "lifted", "pilfered",
  "snatched", "swiped", "expus\\w*", "expone\\w*", "filtracion\\w*", "pertenecen a", "contiene\\w*", "put at risk", "publish\\w*", "auction\\w*", "put up for sale", "on sale", "advertised", "haul", "sample", "dataset", "records? (?:show|contain|include)\\w*",
  "geklaut", "stahl(?:en)?", "reached", "got (?:hold of|into|at)", "erbeuteten", "ausgespaht", "abgesaugt", "angeboten", "zum verkauf", "aspirees?", "mises? en vente", "finden sich", "befinden sich", "gehoren", "eingesehen", "abgezogen", "ausgelesen", "geleakt", "zuganglich", "abgegriffen", "erfasst",
  "consultee?s?", "extraite?s?", "recuperee?s?", "publiee?s?", "interessee?s?", "concernent", "figurent", "font partie",
  "trafugat\\w*", "carpit\\w*", "prelevat\\w*", "divulgat\\w*", "messi in vendita", "esfiltrat\\w*", "ottenut\\w*", "acquisit\\w*", "pubblicat\\w*", "interessat\\w*", "riguard\\w*", "coinvolgono", "figurano",
  "gestohlene[nmrs]?", "abgeflossene[nmrs]?", "geleakte[nmrs]?", "entwendete[nmrs]?", "kompromittierte[nmrs]?", "kopierte[nmrs]?", "abgegriffene[nmrs]?",
  "enthielt\\w*", "veroffentlicht\\w*", "rivendicat[ei]", "revendiquee?s", "reivindicad[oa]s",
  "(?:the|this|that) (?:stolen |accessed |exposed |affected )?(?:data|information) (?:was|were|is|are) +(?:largely|mostly|mainly|primarily|limited to|basic)",
  // issue 13 (tune-b): "acquired", "was also in the files", Italian "c'erano" (there were, in the breached systems), Romanian
  "acquir\\w*", "(?:was|were) (?:also )?(?:in|among) the (?:files|archive|leak|dump|database|trove|stolen data|data set|dataset)", "c'erano", "c'era", "erano presenti", "si trovavano",
  "contin(?:e|ea|eau)?", "furat\\w*", "sustras\\w*", "accesat\\w*", "scurs\\w*", "afectat\\w*", "extras[ea]", "au extras", "a extras", "cuprind\\w*", "printre care", "inclusiv", "vizat[ea]?", "publicat[ea]?", "expus[ea]?",
  // issue 13 (tune-c): what intruders or other users could see, and what a file or record holds
  "(?:could|may|might|would|were able to|was able to)(?: have)? (?:seen|see|viewed|view)", "able to see", "holds?", "sichtbar", "zu sehen", "conten(?:ait|aient|ant)", "(?:pouvaient|ont pu|pouvait) (?:voir|consulter)", "visibles?", "potevano vedere", "podian ver",
  "hackead[oa]s?", "extraj\\w*", "se llevaron", "a la venta", "extraid[oa]s?", "obtenid[oa]s?", "publicad[oa]s?", "vulnerad[oa]s?", "figuran", "abarcan", "se limitan",
];

/** Clauses giving advice, not facts: their data words are not exposures. */
export const ADVICE_CUES = [
  "should", "recommend\\w*", "advis(?![eo]rs?(?![a-z]))\\w*", "urg\\w*", "be (?:alert|cautious|wary|vigilant|careful)", "beware", "remember", "(?:change|reset|update) (?:your|their|all|any|the)", "told to change",
  "enabl\\w*", "never (?:share|give|click|respond|ask)", "do not (?:click|share|respond|give|reply)", "avoid\\w*", "refrain", "reused?", "test known", "tips?",
  "disattivazione", "modificare", "consiglia\\w*", "andern", "empfiehlt", "empfehl\\w*", "changer", "recommand\\w*", "cambiar", "recomienda\\w*",
];

/** More advice wording, used only by the data-class extractor (ADVICE_CUES is shared with the platform extractor). */
export const DATA_ADVICE_CUES = [
  "(?:asked|asking|invited|inviting|prompted|prompting|forced|forcing|required|requiring) (?:\\w+ ){0,3}to (?:set|change|reset|create|choose|update)", "set a new", "(?:pick|choose|create) a new (?:password|passcode|pin)", "as a precaution", "(?:forc|requir|mandat|trigger|prompt|compel)\\w* (?:a |an |all |every )?(?:\\w+ )?password (?:resets?|changes?)",
  "watch (?:out )?for", "look out for", "be on the lookout", "(?:check|monitor|review) (?:your|their) (?:bank|card|account|statements?|credit)", "never (?:ask|request)\\w*", "will never", "don't (?:need|have) to",
  "invita\\w*", "prestare attenzione", "diffidare", "ne (?:\\w+ )?jamais", "mefier", "mefiez", "vigilan\\w*", "desconfiar", "wachsam", "vorsicht\\w*", "misstrauisch", "nunca (?:\\w+ )?(?:pedira|solicitara)",
];

/** Clauses about other, earlier breaches ("passwords leaked in previous breaches"). */
export const ELSEWHERE_CUES = [
  "previous (?:breach|violation|leak)\\w*", "earlier (?:breach|leak)\\w*", "prior (?:breach|leak)\\w*", "other (?:breach|leak)\\w*", "other (?:web)?sites", "other (?:online )?(?:services|platforms|companies)", "other sources", "elsewhere",
  "precedenti violazioni", "fruheren? (?:lecks?|datenlecks?)", "fuites? anterieures?", "brechas anteriores",
  // issue 13 (tune-c): credentials from other sites, in FR/IT/ES/DE
  "(?:en|de) otr(?:os|as) (?:servicios|webs|sitios(?: web)?|plataformas)", "(?:sur|d'|de) autres (?:sites|services|plateformes)", "(?:su|da|di) altri (?:siti|servizi|piattaforme)", "(?:auf|bei|von) anderen (?:websites|seiten|diensten|plattformen)",
  "(?:separate|unrelated|earlier|previous|prior) (?:incident|attack|cyberattack|cyber-attack|hack|intrusion|ransomware attack)s?", "last year's (?:attack|breach|incident|hack)", "a year (?:earlier|before)",
  "(?:is|was) not the first", "isn't the first", "n'est pas (?:la|le) premiere?", "non e (?:la|il) prim[oa]", "no es (?:la|el) primer[oa]?", "(?:ist|war) nicht (?:das|der|die) erste",
  "(?:had|avait|aveva|hatte|habia) (?:already |previously |deja |gia |bereits |ya )(?:reported|disclosed|suffered|been hit|signale|subi|annonce|segnalato|subito|gemeldet|erlitten|sufrido|informado)",
  "(?:attacco|incidente) precedente", "precedente (?:attacco|incidente)", "(?:vorherige[nmr]?|fruhere[nmr]?) (?:angriff|vorfall|cyberangriff)\\w*", "(?:attaque|incident) precedent\\w*", "precedente (?:attaque|cyberattaque)", "(?:ataque|incidente) anterior",
];

/** Split a sentence into clauses at these. */
export const CLAUSE_BREAKS = [
  ";", " and that ", ", and that ", ", et que ", " et que ", ", e che ", " e che ", ", y que ", " y que ", ", und dass ", " und dass ", ", so ", ", which means", ", meaning", ", but", " but ", ", however", " however,", ", while ", ", whereas", ", although", " instead", ", yet", ", though",
  ", aber", " aber ", " sondern ", ", ma ", " ma ", ", pero ", " pero ", ", mais ", " mais ", " tandis que ", ", mentre ", " mientras que ", "-- ", " - ",
];

/** Subordinate openers: "While X, Y" splits at the first comma. */
export const SUBORDINATE_OPENERS = ["because", "since", "as a precaution", "if", "in case", "falls", "wenn", "qualora", "weil", "da", "parce que", "puisque", "poiche", "perche", "porque", "ya que", "while", "whilst", "although", "though", "even though", "even if", "even without", "obwohl", "wahrend", "sebbene", "mentre", "bien que", "alors que", "aunque", "si bien"];

/** Generic statements about attackers or data, not about this incident ("hackers often use names to …"). */
export const GENERIC_CUES = [
  "often", "typically", "usually", "(?:is|are|was|were) known for", "tend to", "in general",
  "oft", "haufig", "in der regel", "souvent", "generalement", "spesso", "di solito", "a menudo", "suelen",
];

/** A clause opening with these is a condition, not a statement ("if passwords were taken, …"). */
export const CONDITIONAL_OPENERS = ["if", "in case", "in the event", "falls", "wenn", "si(?! bien)", "qualora", "nel caso", "en cas", "en caso", "au cas ou"];

/** Clauses that only say something is unknown ("it is not yet known whether passwords were taken"). */
export const UNCERTAINTY_CUES = [
  "not (?:yet )?(?:known|clear|confirmed) (?:whether|if|how|what)", "unclear (?:whether|if|how|what)", "did not (?:say|specify|disclose|reveal|confirm) (?:whether|if|how|what|which)",
  "(?:has|have) not (?:said|specified|disclosed) (?:whether|if|how|what|which)", "no word on", "declined to (?:say|specify|comment)", "investigating whether", "whether or not",
  "nicht bekannt, ob", "unklar, ob", "non e chiaro se", "on ignore si", "no se sabe si",
  "(?:did|does|has|have) not (?:yet )?(?:say|said|specify|specified|disclose|disclosed|reveal|revealed|detail|detailed|confirm|confirmed) how many", "not (?:yet )?clear how many", "may or may not",
  "(?:hat|haben) (?:noch )?nicht (?:mitgeteilt|bekannt gegeben|genannt|gesagt)", "nicht mitgeteilt", "n'a pas (?:precise|indique|detaille|dit|revele)", "sans preciser", "non ha (?:precisato|specificato|chiarito|detto|rivelato)", "no ha (?:detallado|precisado|especificado|aclarado|revelado|dicho)", "sin precisar", "sin detallar",
];

/**
 * Subjects pointing back at data just listed ("… does not store passwords or itineraries, so these were not involved").
 * A negated clause with such a subject turns the negated, verb-less list before it into stated non-exposure.
 */
export const ANAPHORIC_DATA_SUBJECTS = [
  "these", "those", "this (?:data|information|kind of data)", "they", "such (?:data|information|details)", "that (?:data|information)", "none of (?:these|this|them|it)", "it",
  "(?:diese|solche) (?:daten|informationen|angaben)", "sie", "ces (?:donnees|informations)", "elles", "ils", "quest[ie] (?:dati|informazioni)", "tali (?:dati|informazioni)", "estos datos", "esta informacion", "estas informaciones",
];

/** Negation words that negate nothing about data: "no autorizado" (unauthorised), "non autorizzato", "not only". */
export const NON_NEGATING = [
  "not? authori[sz]ed", "no autorizad\\w*", "non autorizzat\\w*", "non autorise\\w*", "non consentit\\w*", "no consentid\\w*", "nicht autorisiert\\w*", "nicht befugt\\w*",
  "(?:protected|secured|encrypted|hashed) (?:only )?(?:with|by|using|via)\\b", "not only", "non solo", "non seulement", "pas seulement", "no solo", "no solamente", "nicht nur",
  // an unprotected server or database: "non" describes the server, it does not deny the data in it
  "non (?:protegee?s?|securisee?s?|chiffree?s?|cryptee?s?)", "non protett[oaie]", "non (?:cifrat|criptat)[oaie]", "no protegid[oa]s?", "no cifrad[oa]s?", "not (?:password[- ])?protected",
];
