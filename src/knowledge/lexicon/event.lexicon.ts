/** Cues about the event itself, all languages, as regex sources on folded text. */

/** The article reports an intrusion or data theft. */
export const BREACH_CUES = [
  "(?:data|security|cyber(?:security)?) (?:breach|incident|attack|intrusion)\\w*", "breach\\w*", "cyber ?-?attack\\w*", "hack(?:ed|ers?|ing)?", "stolen", "stole", "data theft",
  "unauthori[sz]ed (?:access|party|third party|actor)", "compromis\\w*", "exposed", "leak\\w*", "intrusion", "ransomware attack", "exfiltrat\\w*", "extortion",
  "cyberangriff\\w*", "hackerangriff\\w*", "angriff\\w*", "attaque\\w*", "ataque\\w*", "datenleck\\w*", "datenpanne\\w*", "sicherheitsvorfall\\w*", "gestohlen",
  "attacc(?:o|hi)(?: (?:informatic[oi]|hacker))?", "violazione\\w*", "furto di dati", "incidente (?:informatico|di sicurezza)", "attacchi informatici",
  "cyberattaque\\w*", "fuite de donnees", "violation de donnees", "piratage", "incident de (?:cyber)?securite", "vol de donnees",
  "ciberataque\\w*", "brecha de (?:datos|seguridad)", "filtracion de datos", "robo de datos", "incidente de ciberseguridad",
  "filtraci(?:on|ones)", "fugas? de (?:datos|informacion)", "expon(?:e|en|ia|ian|iendo)\\w*", "expuest[oa]s?", "(?:servidor|base de datos|bases de datos) (?:\\w+ ){0,3}(?:sin proteccion|sin contrasena|mal configurad[oa]|expuest[oa])", "mal configurad[oa]s?",
  "espost[oiae]", "esposizione dei dati", "fuga di dati", "dati (?:personali )?di altri (?:passeggeri|clienti|utenti)", "(?:server|database) (?:\\w+ ){0,2}(?:non protett[oa]|mal configurat[oa]|espost[oa])",
  "(?:serveur|base de donnees|base) (?:\\w+ ){0,3}(?:non protegee?|sans mot de passe|mal configuree?)", "(?:laissee?s?|accessibles?|exposee?s?) en acces libre", "ungeschutzt\\w*", "offene (?:datenbank|elasticsearch)\\w*", "falsch konfiguriert\\w*",
  "atac(?:ul|uri|urile)? (?:cibernetic|informatic|ransomware|hacker)\\w*", "bres[ae] de securitate", "scurgere de date", "date(?:le)? (?:furate|sustrase|exfiltrate|compromise)", "incident(?:ul)? de securitate cibernetica", "piratat[aie]?",
];

/** Headline cues for pieces that are not breach reports (hard: prosecution news). */
export const HARD_NON_BREACH_CUES = [
  "arrest\\w*", "charged", "sentenced", "extradit\\w*", "pleads?", "pleaded", "convicted", "indicted", "jailed", "prison", "court", "trial",
  "festgenommen", "verhaftet", "arrestat\\w*", "interpellat\\w*", "detenid[oa]s?",
];

/**
 * Civil-litigation headlines ("X faces class action over breach"): negative unless the headline names the victim and the body
 * restates the breach itself (what was taken, when): then the piece is about that incident's consequences.
 */
export const LITIGATION_CUES = ["lawsuits?", "class[- ]action\\w*", "sues", "sued", "suing", "settle(?:s|d|ment)", "plaintiffs?", "sammelklage\\w*", "klage", "action collective", "action de groupe", "class action", "demanda colectiva", "azione collettiva"];

/** Headline cues for advisories, patch notes, guides and profiles (soft: a clear breach headline overrides). */
export const SOFT_NON_BREACH_CUES = [
  "patch(?:es|ed)?", "patch tuesday", "bugs?", "exploit(?:s|ed|ing|ation)?", "security (?:update|hole)s?", "cves?", "zero-?day\\w*", "cve-\\d+-\\d+", "vulnerabilit\\w*", "flaws?", "advisory", "how to", "tips", "guide", "(?:things|steps) (?:to|you should|you can) (?:do|take|know|check)", "what to do", "que faire", "was (?:tun|zu tun|sie tun)", "cosa fare", "que hacer",
  "best practices", "webinar", "survey", "report finds", "trends", "who (?:is|are)", "profile", "lessons", "checklist", "predictions",
  "wer (?:ist|sind|steckt)", "chi (?:e|sono|c'e)", "qui (?:est|sont|se cache)", "quien(?:es)? (?:es|son|esta)", "profil\\w*", "ritratto", "portrat\\w*", "portrait", "what we know about (?:the )?(?:group|gang|hackers)", "modus operandi", "inside the (?:group|gang)",
  "(?:fbi|cisa|ncsc|acsc|europol|nsa|cert-?\\w*|bsi|anssi|agencies|agency|authorities|government) (?:\\w+ ){0,2}(?:warns?|warnt|alerts?|advis\\w*|issues?|publish\\w*|avverte|avvisa|alerta|avertit|met en garde)", "(?:flash|joint|security|cybersecurity) (?:alert|advisory|bulletin|warning)", "fbi-warnung", "allerta", "warnung vor", "avertiz\\w*",
  // A warning about a group's activity ("X warns hacking group … is turning to insurers"): the speaker is not the victim.
  "warns? (?:that )?(?:(?:a|the) )?(?:[a-z-]+ )?(?:hacking|hacker|cyber ?crime|criminal|ransomware|extortion|threat) (?:group|gang|crew|actors?)",
  "sicherheitslucke\\w*", "vulnerabilita", "faille\\w*", "vulnerabilidad\\w*",
  "(?:kritische )?lucke", "schwachstelle\\w*", "(?:aktiv )?ausgenutzt", "locking down", "lock down", "harden\\w*", "(?:every|all) admins?", "should (?:set|enable|configure|review|turn on)",
  "acquires?", "acquisition", "to buy", "buys", "merger", "kauft", "ubernimmt", "ubernahme", "rachete", "adquiere", "acquisisce",
  "how (?:\\w+ ){0,4}(?:can|should|to) (?:protect|secure|defend|harden|prevent|stop|avoid|detect)", "harden\\w*", "protect\\w* (?:\\w+ ){0,3}(?:against|from)", "safeguard\\w*", "defend\\w* against", "mitigat\\w*", "recommendations", "guidance", "steps to", "security (?:controls|settings|checklist|features)",
  // A company warning other businesses (its partners, retailers, hotels) about a threat: a sector warning, not its own breach.
  "(?:warns?|warned|met en garde|avertit|alerte|warnt|avverte|advierte) (?:its |ses |seine |i suoi |sus |les |die |gli |los |us |uk |european )?(?:[a-z-]+ )?(?:retailers|hotels|hoteliers|partners|merchants|businesses|restaurants|partenaires|commercants|entreprises|einzelhandler|handler|partner|rivenditori|hoteles|comercios|empresas|aziende)",
  "impersonat\\w*", "suplant\\w*", "phishing (?:campaign|emails?|scam|wave)", "fake (?:emails?|refunds?|websites?)", "(?:e-?mailuri|mesaje|sms-uri) false", "in numele", "fraudulent emails", "correos fraudulentos", "scam alert",
];

/** The named organisation detected or learned of the incident. */
export const DETECTION_CUES = [
  "detect\\w*", "discover\\w*", "became aware", "become aware", "was made aware", "learn(?:ed|t) (?:of|about|that)", "identified", "noticed", "spotted", "realized", "realised",
  "(?:was|were) (?:alerted|notified|informed) (?:by|of)", "(?:alerted|notified|informed|told|warned) (?:it|the company|the firm|the airline|the retailer|us|them)", "received (?:the )?(?:first )?(?:notification|notice|alert)\\w*", "(?:vendor|provider|partner|supplier|third[- ]party(?: \\w+)?) (?:had )?(?:alerted|notified|informed|told|warned)", "first (?:notified|alerted)",
  "rilevat\\w*", "scopert\\w*", "individuat\\w*", "entdeckt\\w*", "bemerkt\\w*", "festgestellt\\w*", "erkannt\\w*", "aufgefallen", "detecte\\w*", "decouvert\\w*", "detect[oó]", "descubri\\w*",
];

/** The organisation disclosed the incident publicly. */
export const DISCLOSURE_CUES = ["disclos\\w*", "announc\\w*", "confirm\\w*", "revealed", "notif(?:ied|ying) (?:customers|clients|passengers)", "went public", "made public", "issued a (?:notice|statement)"];

/** An actor is linked to this incident. */
export const ATTRIBUTION_CUES = [
  "behind", "campaign by", "identified as", "published", "posted", "leaked", "sold", "selling", "for sale", "offer(?:ed|ing|s)? (?:the |this |that |its )?(?:stolen )?(?:data|database|records|files|information)", "leak site", "veroffentlich\\w*", "publie\\w*", "pubblicat\\w*", "publicad\\w*", "beruft", "part of (?:a|the) (?:wider |broader |larger )?(?:campaign|wave|spree)", "believed to be", "thought to be", "responsib\\w*", "claim\\w*", "attribut\\w*", "suspect\\w*", "linked", "blam\\w*", "involvement", "carried out", "took credit", "perpetrat\\w*", "connected to", "tied to",
  "dietro", "rivendicat\\w*", "rivendica\\w*", "attribuit\\w*", "sospett\\w*", "collegat\\w*", "hinter", "bekannt", "bekenn\\w*", "zugeschrieben", "verdacht\\w*", "verdachtig\\w*", "in verbindung",
  "derriere", "revendiqu\\w*", "revendication", "rapprochement", "attribue\\w*", "soupcon\\w*", "lien avec", "detras", "reivindic\\w*", "atribu\\w*", "sospech\\w*", "vinculad\\w*",
];
export const CLAIM_CUES = ["claim\\w*", "bekenn\\w*", "rivendica\\w*", "revendication", "says? (?:it|they) (?:had )?(?:stole|stolen|hacked|breached|took)", "said (?:it|they) (?:had )?(?:stole|stolen|hacked|breached|took)", "took credit", "rivendicat\\w*", "revendiqu\\w*", "reivindic\\w*", "bekannt"];
export const ATTRIBUTED_CUES = ["attribut\\w*", "confirmed (?:that )?(?:the )?(?:group|gang)", "was behind", "were behind"];

/** Authorities were told or are working on the case. */
export const NOTIFY_CUES = [
  "notif\\w*", "report(?:ed)? (?:it |the (?:incident|breach) )?to", "inform\\w*", "alert\\w*", "filed? with", "filing", "submitted to", "shared with", "working (?:closely )?with", "in collaboration with",
  "investigat\\w*", "referred", "contacted", "engaged", "coordinat\\w*", "letter to", "gemeldet", "informiert", "notificat\\w*", "segnalat\\w*", "presentato", "signale\\w*", "saisi\\w*", "notificad[oa]", "informad[oa]", "denuncia\\w*",
];

/** Sentences that mention organisations only in passing (earlier victims, other companies, comparisons). */
export const PASSING_CUES = [
  "earlier", "previously", "last (?:year|month)", "also", "similar", "string of", "series of", "wave of", "follows", "following", "after", "latest in", "other", "including", "such as", "like",
  "comparable", "recent weeks", "before", "reihe", "wie", "zuvor", "ebenso", "ebenfalls", "anche", "come", "dopo", "aussi", "comme", "apres", "tambien", "como", "tras",
];

/** A sentence refers to THIS incident ("the attack", "these intrusions"), not to an attack on someone else. */
export const SELF_REFERENCE = "(?:the|this|the latest) (?:incident|breach|intrusion|hack|attack|cyberattack|cyber-attack|cyber attack|data theft|campaign)(?! (?:on|against|at|of) )|^(?:the|these) (?:attacks|intrusions|breaches|incidents)|behind it";

/** Outage-only attacks (no intrusion): a report that leads with one of these is not a breach report. */
export const OUTAGE_CUES = ["ddos", "d?dos attacks?", "denial[- ]of[- ]service", "distributed denial", "flooded with traffic", "attacco ddos", "attaque ddos", "ataque ddos", "uberlastungsangriff", "deni de service", "denegacion de servicio", "negazione del servizio", "overload\\w* (?:attack|traffic)", "d?dos-\\w+", "uberlastungsattacke\\w*", "ataque de denegacion"];

/** Explainer headlines ("What happened at X?", "X breach explained"): not reports, unless they are about one named victim's incident. */
export const EXPLAINER_CUES = ["explained", "what is", "what happened", "what we know", "what to know", "everything you need to know", "q&a", "faq", "questions and answers", "what you need to know", "here's what", "here is what", "what (?:\\w+ ){0,2}(?:leaders|teams|admins|administrators|defenders|businesses|organi[sz]ations|companies|cisos) (?:need to|have to|should|must) (?:know|do)"];

/** Statistics and research pieces ("cost of a data breach report", "breaches rose 20%"): not reports of one incident. */
export const STATISTICS_CUES = [
  "cost of a (?:data )?breach", "average cost", "(?:report|study|survey|research|index|analysis) (?:finds|found|shows|showed|reveals|revealed|says|suggests)", "statistics", "annual (?:report|study|survey)",
  "data breaches (?:rose|rise|fell|fall|surge\\w*|increase\\w*|jump\\w*|doubl\\w*|climb\\w*|hit record)", "(?:record|rising) number of (?:data )?breaches", "breaches (?:in|during|of) 20\\d\\d",
  "studie", "bericht zeigt", "rapporto annuale", "etude", "rapport annuel", "estudio",
  "(?:in|of) breaches (?:doubl|tripl|ris|fall|fell|jump|grow|grew|climb|surg)\\w*", "\\d+ ?% of (?:all )?(?:data )?breaches", "investigations report",
  "(?:breaches|attacks|incidents|violazioni|attacchi|incidenti|angriffe|attaques|fuites|ataques|brechas)(?: \\w+){0,3} (?:doubl|tripl|raddoppi|aument|cresc|verdoppel|doublent|duplic)\\w*",
  "(?:raddoppiano|aumentano|crescono|calano|doublent|augmentent|verdoppeln|steigen|se duplican|aumentan) (?:le |les |die |los |las )?(?:violazioni|attacchi|attaques|fuites|violations|angriffe|ataques|brechas|filtraciones)",
];
export const STATISTICS_LEAD_CUES = ["according to (?:a|the|its) (?:new |annual |latest |recent |yearly )?(?:report|study|survey|research|analysis|index)", "(?:the|a) (?:new |annual |latest )?(?:report|study|survey) (?:by|from) ", "(?:organi[sz]ations|companies|businesses|firms) (?:paid|spent|lost|suffered|reported)",
  "\\d+ ?% of (?:all )?(?:data )?(?:breaches|incidents|organi[sz]ations|companies|firms|businesses)", "(?:basato|basata|basado|basada|base) (?:su|sur|en) (?:oltre |piu di |plus de |mas de )?[\\d.,]+ (?:violazioni|incidenti|violations|incidents|brechas|incidentes)", "based on (?:more than |over |nearly |some )?[\\d,.]+ (?:security )?(?:incidents|breaches)", "investigations report"];

/** The organisation denies being breached ("X says it has not been hacked", "no incident", "dément"). */
export const DENIAL_CUES = [
  "(?:has|have|had|was|were|is|are) not (?:been )?(?:hacked|breached|compromised|attacked|the victim of)", "(?:was|were|is|are) not (?:hacked|breached)", "not been (?:hacked|breached)",
  "den(?:y|ies|ied|ying) (?:being |having been |that it was |it was |a |any |the |reports? of (?:a |any )?|claims? (?:of|that) (?:a |any )?)?(?:hack|breach|cyber|data breach|attack|incident|leak)\\w*",
  "no (?:sign|evidence) of (?:a |any )?(?:hack|breach|intrusion|cyberattack|compromise)\\w*", "no (?:security )?incident", "rejects? (?:claims|reports) (?:of|that)", "false claims?", "fake (?:leak|breach)",
  "dement\\w*", "dementi\\w*", "n'a pas ete (?:victime|pirate|attaque)", "aucun(?:e)? (?:incident|intrusion|fuite|piratage|cyberattaque)", "bestreitet", "dementiert", "weist (?:die )?(?:berichte|vorwurfe) zuruck", "kein(?:en)? (?:hackerangriff|cyberangriff|datenleck|sicherheitsvorfall|angriff)", "nicht gehackt",
  "(?:is|was|were|it's) [\"'\\u201c\\u00ab]?\\s?not (?:a |an )?(?:cyber ?-?attack|(?:cyber ?)?security (?:incident|event)|hack|malicious attack)", "rather than (?:a |an )?(?:cyber ?-?attack|hack|breach|malicious attack)", "not (?:the result of|caused by) (?:a |an )?(?:cyber ?-?attack|hack|malicious)\\w*",
  "no se trata de (?:un )?(?:ciberataque|ataque|incidente de (?:ciber)?seguridad)", "no (?:fue|es) (?:un )?(?:ciberataque|ataque informatico)", "ne s'agi(?:t|ssait) pas d'une? (?:cyberattaque|attaque|piratage)", "non si tratta di (?:un )?(?:attacco|incidente)", "kein(?:e)? (?:cyberangriff|hackerangriff) (?:gewesen|war)",
  "not (?:by|due to|from|linked to|related to|the result of) (?:a |an )?(?:cyber ?-?attack|hack|breach|malicious)\\w*", "not (?:a |an )?(?:cyber ?security |security )?incident or (?:a |an )?cyber ?-?attack", "(?:hardware|technical|software|system|equipment|power) (?:failure|fault|glitch|malfunction|issue|problem)\\w* (?:and |but |rather than |,? )?not (?:a |an |by |due to )?(?:a |an )?(?:cyber|hack|attack|breach|malicious)", "(?:outage|disruption|problem|issue) (?:was|is) (?:unrelated to|not related to) (?:a |an |any )?(?:cyber|hack|attack|breach|security)",
  "smentisc\\w*", "smentit\\w*", "non (?:e|e stato|si e trattato di) (?:un )?(?:attacco|cyberattacco|attacco hacker|attacco informatico)\\b", "nessun (?:attacco|incidente|furto|accesso)", "non (?:ha subito|e stat[oa] (?:violat|attaccat|hackerat))",
  "no ha sufrido (?:ningun )?(?:incidente|ataque|ciberataque|hackeo|brecha)", "ningun (?:incidente|ataque|ciberataque)", "niega\\w* (?:haber|el|un|una|que)", "desmient\\w*",
];

/** Market and insurance headlines ("Cyber insurance premiums rise after retail attacks"): past victims are only examples, unless the headline names one. */
export const MARKET_CUES = [
  "insur\\w*", "insurers?", "premiums?", "underwrit\\w*", "brokers?", "reinsur\\w*", "market(?:s)? (?:for|grows?|booms?)", "investors?", "share prices?", "stock (?:market|price)",
  "versicher\\w*", "pramien", "assicura\\w*", "assureurs?", "assurance cyber", "cyber-?assurance", "aseguradoras?", "seguros? (?:de )?cibern\\w*", "polizz\\w*", "polices?",
];

/** Advisory wording in the body (CVE numbers, patches, fixed versions): many of these and no data-theft headline make an advisory. */
export const ADVISORY_BODY_CUES = ["cve-\\d{4}-\\d+", "patch(?:es|ed)?", "security (?:update|fix|patch)\\w*", "(?:fixed|patched|affected|vulnerable) versions?", "update to (?:version|the latest)", "versions? \\d+\\.\\d+", "vulnerabilit\\w*", "cvss", "proof[- ]of[- ]concept", "workarounds?", "mitigations?"];

/** Hardening advice in the body (beside the shared advice cues): a piece made mostly of these is guidance, not a report. */
export const GUIDANCE_CUES = ["enforc\\w*", "restrict\\w*", "(?:review|monitor|audit) (?:\\w+ ){0,2}(?:logs?|permissions|access|activity|apps?)", "best practices?", "mfa", "multi-factor", "least privilege", "harden\\w*"];
