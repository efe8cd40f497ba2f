/**
 * Wording that tells how sure a sentence is of what it says (stance), in English, French, German, Italian and Spanish.
 * Regex sources on folded text (lower case, no accents, ASCII quotes). See src/extract/stance.reader.ts for how they combine.
 */

/**
 * Verbs of saying, stating, notifying and publishing. Whoever is their subject (or agent) is the speaker:
 * the victim or an authority (confirmed), the attacker (claimed), anyone else (reported).
 */
export const SPEECH_VERBS = [
  // English
  "said", "says", "say", "saying", "told", "tells", "tell", "stated", "states", "confirm(?:s|ed|ing)?", "announc(?:es|ed|ing)", "disclos(?:es|ed|ing)", "reveal(?:s|ed|ing)?",
  "wrote", "writes", "added", "adds", "explained", "explains", "believes?", "thinks", "acknowledg(?:es|ed)", "admit(?:s|ted)", "noted", "notes", "stressed", "insisted", "warned", "warns",
  "claim(?:s|ed|ing)?", "alleg(?:es|ed)", "boast(?:s|ed)", "assert(?:s|ed)", "report(?:s|ed)", "posted", "posts", "published", "publishes", "leaked", "offered", "offers", "advertised", "advertises",
  "listed", "put up for sale", "(?:is|are|was|were) selling", "sold", "took credit", "(?:has|have) taken credit", "threaten(?:s|ed)", "notif(?:ies|ied|ying)", "(?:began|begun|started|is|are) (?:notifying|contacting|emailing|writing to|informing)",
  "informed", "informs", "contacted", "emailed", "wrote to", "filed", "linked", "tied", "attributed", "attributes", "blamed", "blames", "pinned", "connected", "tracks",
  "identifi(?:ed|es) (?:[\\w-]+ ){0,4}as (?:the )?(?:group |gang |party |actor )?(?:responsible|culprit|perpetrator|attacker|behind)",
  // French
  "(?:a |ont )?identifie (?:\\S+ ){0,4}comme (?:le |l'|les )?(?:responsable|auteur|coupable)",
  "a (?:declare|indique|precise|confirme|annonce|reconnu|explique|affirme|revele|assure|souligne|fait savoir|communique|informe|averti|publie|revendique|dit|ecrit|ajoute|admis|notifie|signale)",
  "ont (?:declare|indique|precise|confirme|annonce|reconnu|explique|affirme|revele|assure|publie|revendique|dit)",
  "declare", "indique", "precise", "confirme", "annonce", "affirme", "assure", "explique", "souligne", "reconnait", "revendique\\w*", "pretend\\w*", "publie", "ajoute", "estime",
  // German
  "als (?:die )?(?:verantwortlich\\w*|urheber|tater) (?:identifiziert|benannt|genannt)",
  "sagte\\w*", "sagt", "teilte\\w*", "mitteilte\\w*", "teilt (?:[\\w.-]+ ){0,6}mit", "mitgeteilt", "erklarte\\w*", "erklart", "bestatigte\\w*", "bestatigt", "gab (?:[\\w.-]+ ){0,4}(?:an|bekannt)", "raumte (?:[\\w.-]+ ){0,4}ein", "betonte\\w*", "betont",
  "behauptet\\w*", "bekannte\\w* sich", "bekenn\\w* sich", "veroffentlichte\\w*", "veroffentlicht", "informierte\\w*", "warnte\\w*", "schrieb\\w*", "meldete\\w*", "berichtete\\w*", "berichtet",
  // Italian
  "(?:ha |hanno )?identificat[oaie] (?:\\S+ ){0,4}come (?:il |i )?(?:responsabil[ei]|autor[ei]|colpevol[ei])",
  "ha (?:dichiarato|detto|confermato|comunicato|fatto sapere|spiegato|precisato|ammesso|annunciato|rivelato|reso noto|sottolineato|affermato|riferito|informato|avvisato|pubblicato|rivendicato|scritto|aggiunto|notificato)",
  "hanno (?:dichiarato|detto|confermato|comunicato|fatto sapere|spiegato|precisato|annunciato|rivelato|reso noto|pubblicato|rivendicato)",
  "dichiara", "conferma", "comunica", "spiega", "precisa", "afferma", "indica", "sostiene", "sostenendo", "rivendica\\w*", "rivendicat\\w*", "sottolinea",
  // Spanish
  "(?:ha |han )?identific(?:o|aron|ado) (?:\\S+ ){0,4}como (?:el |los )?(?:responsable|autor|culpable)",
  "ha (?:confirmado|informado|declarado|explicado|senalado|indicado|afirmado|asegurado|reconocido|admitido|anunciado|revelado|comunicado|publicado|reivindicado|dicho|precisado|notificado|advertido)",
  "han (?:confirmado|informado|declarado|explicado|senalado|indicado|afirmado|asegurado|reconocido|anunciado|revelado|publicado|reivindicado|dicho)",
  "confirmo", "informo", "declaro", "explico", "senalo", "indico", "afirmo", "aseguro", "reconocio", "admitio", "anuncio", "revelo", "comunico", "publico", "reivindic\\w*", "asegura", "afirma", "sostiene",
  // Romanian
  "a (?:confirmat|precizat|anuntat|declarat|transmis|spus|recunoscut|informat|publicat|revendicat|comunicat|explicat|afirmat|notificat)", "au (?:confirmat|precizat|anuntat|declarat|spus|publicat|revendicat|comunicat)",
  "sustine", "sustin", "pretinde", "pretind", "confirma", "precizeaza", "anunta", "declara",
];

/** Speech verbs of claiming: with no named speaker they still mark the attacker's word ("claims 6 million records"). */
export const CLAIM_VERBS = [
  "claim(?:s|ed|ing)?", "alleg(?:es|ed)", "boast(?:s|ed)", "took credit", "(?:has|have) taken credit", "revendique\\w*", "pretend\\w*", "behauptet\\w*", "bekannte\\w* sich", "bekenn\\w* sich",
  "rivendica\\w*", "rivendicat\\w*", "sostiene", "sostenendo", "reivindic\\w*", "ha reivindicado", "sustine", "sustin", "pretinde", "pretind", "a revendicat", "au revendicat",
];

/** Verbs of publishing: after a noun and before "from/on/online/by" they are participles ("data leaked online"), not acts. */
export const PUBLISH_VERBS = ["posted", "published", "leaked", "offered", "advertised", "listed", "sold", "released", "dumped"];

/** Verbs that only link someone to the incident: in the passive ("attributed to X", "linked to X") they are hearsay, not a claim. */
export const LINK_VERBS = ["linked", "tied", "attributed", "blamed", "pinned", "connected", "associated"];

/** A speech verb in these frames is negated or refused: it states nothing ("did not say", "declined to confirm"). */
export const NEGATED_SPEECH_BEFORE = [
  "not", "n't", "never", "declined to", "refused to", "would not", "nicht", "pas", "non", "no", "ne", "sin", "senza", "sans", "ohne",
  "sans que(?: [a-z']+){0,4}", "senza che(?: [a-z']+){0,4}", "sin que(?: [a-z']+){0,4}", "ohne dass(?: [a-z']+){0,4}", "without (?:[a-z']+ ){0,3}(?:being|having been)",
];

/** Sources introduced by a preposition: "according to X", "selon X", "laut X", "secondo X", "según X". The source follows. */
export const SOURCE_PREPOSITIONS = [
  "according to", "citing", "as reported by", "reported by", "d'apres", "selon", "de source", "laut", "nach angaben (?:von|des|der)", "nach (?:eigenen )?angaben", "nach auswertungen(?: (?:von|des|der))?",
  "nach informationen (?:von|des|der)", "secondo(?: quanto (?:riferito|comunicato|dichiarato) da)?", "stando a", "a detta di", "segun", "de acuerdo con", "a decir de", "citando", "potrivit", "conform", "citat de",
];

/** Documents a victim issues: a statement in them is the victim's word (confirmed). */
export const VICTIM_DOCUMENTS = [
  "(?:in|according to|per) (?:a|an|the|its|their) (?:[a-z0-9-]+ ){0,3}(?:filing|notice|notification|statement|disclosure|letter|email|e-mail|blog post|update|announcement|press release|message|submission)s?(?! (?:service|site|website|tool|provider|firm|company|platform|database))",
  "(?:the|its|a) (?:[a-z0-9-]+ ){0,2}(?:notice|notification|letter|email|e-mail|filing|submission)s? (?:says|said|states|stated|reads|explains|notes|puts|put|lists|listed|shows|showed|gives|gave|indicates|indicated|reports|reported|confirms|confirmed)",
  "(?:filing|filed|notice filed|letter sent|notification sent|notifications sent|submitted|submission) (?:with|to)", "notification letters?", "letters? (?:sent )?to (?:affected )?(?:customers|members|passengers|clients|individuals)", "(?:email|e-mail)s? (?:sent )?to (?:affected )?(?:customers|members|passengers|clients|individuals)",
  "dans (?:un|son|le) (?:communique|message|courrier|courriel|e-mail|avis|document)", "dans un message adresse", "(?:par|selon) (?:un|son|le) communique", "(?:un|le) document (?:depose|transmis) (?:aupres|a)",
  "in (?:einer|seiner|ihrer|der) (?:mitteilung|stellungnahme|pressemitteilung|e-mail|nachricht|pflichtmitteilung|erklarung)", "(?:aus )?(?:einer|der) (?:meldung|mitteilung|pflichtmitteilung|benachrichtigung|einreichung|unterlage) (?:an|bei) (?:die|den|der|das)", "wie aus (?:einer|der) \\w+ \\w+",
  "in (?:una|sua|la) (?:nota|comunicazione|lettera|email|e-mail|dichiarazione)", "(?:nella|con una) (?:nota|comunicazione|lettera)", "(?:nella )?documentazione (?:depositata|inviata|trasmessa)", "comunicazione (?:inviata |depositata )?(?:al|alla|all')",
  "en (?:un|su|el) (?:comunicado|correo|aviso|escrito|mensaje)", "(?:mediante|a traves de) (?:un|su) comunicado", "(?:segun )?(?:la )?documentacion (?:presentada|remitida)", "(?:un|el) escrito (?:presentado|remitido) (?:ante|a)",
];

/** Documents an authority issues (a decision, its findings, a ruling): what they state is the authority's word (confirmed). */
export const AUTHORITY_DOCUMENTS = [
  "(?:the )?(?:[a-z-]+ ){0,3}(?:authority|authorities|regulator|watchdog|commissioner|court|agency|ministry|police|prosecutors?|investigators?)(?:'s|') (?:[a-z-]+ )?(?:findings|decision|ruling|report|order|notice|investigation|inquiry|conclusions|judgment|judgement)",
  "(?:findings|decision|ruling|order|judgment|judgement|penalty notice|report|conclusions) (?:of|by|from) (?:the )?(?:[a-z-]+ ){0,4}(?:authority|regulator|watchdog|commissioner|court|agency|ministry|police|prosecutors?)",
  "(?:decision|deliberation|sanction|conclusions|rapport|jugement) (?:de la|du|de l'|des) ?(?:[a-z-]+ ){0,3}(?:cnil|autorite|regulateur|tribunal|commission|police|parquet|enqueteurs)",
  "(?:entscheidung|bescheid|bericht|feststellungen|urteil|ermittlungen) (?:der|des) (?:[a-z-]+ ){0,2}(?:behorde|aufsicht\\w*|gericht\\w*|datenschutz\\w*|polizei|staatsanwaltschaft|ermittler)",
  "(?:provvedimento|decisione|relazione|sentenza|accertamenti) (?:del|della|dell'|dei) ?(?:[a-z-]+ ){0,2}(?:garante|autorita|tribunale|polizia|procura|inquirenti)",
  "(?:resolucion|decision|informe|sentencia|conclusiones) (?:de la|del|de los) (?:[a-z-]+ ){0,3}(?:aepd|agencia|autoridad|tribunal|policia|fiscalia|investigadores)",
];

/** The victim named by its kind, or its people speaking ("the airline said", "a spokeswoman said", "l'entreprise assure"). */
export const VICTIM_REFERENCES = [
  "the (?:[a-z-]+ ){0,2}(?:company|firm|airline|carrier|retailer|insurer|business|chain|operator|brand|marketplace|bank|giant|house|maison|organi[sz]ation|telco|telecom|conglomerate|multinational)",
  "the group", "the (?:luxury|fashion|retail|airline|aviation|travel|hotel|media|insurance|telecoms?|tech|technology|banking|financial|holding|parent|consumer goods|food|drinks|beverage|energy|automotive|german|french|italian|spanish|british|us|dutch|swiss|japanese) group",
  "(?:a|the|its|their) (?:company )?(?:spokes(?:man|woman|person)|representative|executive|official|chief executive|ceo|cio|ciso|cto|chairman|chairwoman|president|director|head of [a-z ]{2,30}|chief information security officer|management)s?",
  "company (?:officials|executives|spokes(?:man|woman|person))", "it", "we", "our", "they",
  "l'entreprise", "la societe", "la compagnie(?: aerienne)?", "le groupe", "l'enseigne", "le distributeur", "l'operateur", "le transporteur", "la maison", "l'assureur", "la banque", "(?:un|le|la) porte-parole", "la direction", "le pdg", "elle", "il",
  "das unternehmen", "die airline", "die fluggesellschaft", "der konzern", "die firma", "der handler", "die kette", "der versicherer", "die bank", "(?:ein|eine|der|die) (?:unternehmens)?sprecher(?:in)?", "man", "es",
  "l'azienda", "la societa", "la compagnia(?: aerea)?", "il gruppo", "il vettore", "la catena", "la banca", "(?:un|il|una|la) portavoce", "l'operatore", "la maison",
  "la compania", "la empresa", "la aerolinea", "el grupo", "la cadena", "(?:un|el|una|la) portavoz", "la operadora", "la firma", "la entidad", "el banco", "la aseguradora",
  "compania", "operatorul(?:ui)?", "firma", "societatea", "grupul", "(?:un )?purtator(?:ul)? de cuvant", "reprezentantii companiei",
];

/** Attackers named by kind ("the hackers", "a cybercrime crew", "the seller", "the listing"). */
export const ATTACKER_REFERENCES = [
  "hackers?", "attackers?", "(?:cyber)?criminals?", "cybercrime (?:crew|group|gang)", "threat actors?", "extortionists?", "intruders?", "perpetrators?", "sellers?", "the poster", "the listing", "listings?", "the leak site",
  "(?:a|the|this) post", "the ransom note", "(?:hacking|hacker|ransomware|extortion|criminal|cybercriminal|cybercrime|threat|financially motivated|state-backed|state-sponsored|pro-\\w+|hacktivist) (?:group|gang|crew|collective|outfit|operation|cluster)", "(?:the|this|that) (?:gang|crew|cluster)",
  "pirates?(?: informatiques)?", "attaquants?", "cybercriminels?", "(?:le|un) groupe (?:de )?(?:pirates|hackers|cybercriminels|rancongiciel|ransomware)",
  "hacker(?:n)?", "angreifer(?:n)?", "tater(?:n)?", "erpresser(?:n)?", "cyberkriminelle(?:n)?", "kriminelle(?:n)?", "(?:hacker|ransomware|erpresser)-?gruppe", "die bande",
  "pirati(?: informatici)?", "attaccanti", "cybercriminali", "criminali", "(?:il|un) gruppo (?:di )?(?:hacker|pirati|ransomware|criminale|cybercriminale)", "la gang", "la banda",
  "piratas(?: informaticos)?", "atacantes", "ciberdelincuentes", "delincuentes", "(?:el|un) grupo (?:de )?(?:hackers|piratas|ransomware|criminal|ciberdelincuentes)",
  "hacker(?:ul|ului|ii|ilor)", "atacator(?:ul|ului|ii|ilor)", "infractori(?:i|lor)? cibernetici", "gruparea(?: de hackeri)?", "gruparii",
];

/** Authorities speaking ("police said", "prosecutors say", "the regulator said"); gazetteer regulators count as well. */
export const AUTHORITY_REFERENCES = [
  "police", "prosecutors?", "(?:the )?regulators?", "the (?:(?:dutch|french|german|italian|spanish|irish|uk|british|data protection|supervisory|competition|financial|aviation|consumer) )*authority", "(?:the )?watchdog", "(?:the )?commissioner", "(?:the )?ministry", "(?:the )?government", "authorities", "(?:the )?agency", "(?:the )?court", "court (?:documents|filings|papers)", "(?:the )?indictment", "investigators",
  "la police", "le parquet", "les autorites", "le regulateur", "le gouvernement", "le ministere", "la gendarmerie", "die polizei", "die staatsanwaltschaft", "die behorden?", "die regierung", "das ministerium", "die aufsichtsbehorde",
  "la polizia", "la procura", "le autorita", "il garante", "il governo", "il ministero", "la policia", "la fiscalia", "las autoridades", "el regulador", "el gobierno", "el ministerio", "la guardia civil",
];

/** Third parties whose word is reporting ("researchers said", "according to sources", "media reports"). */
export const THIRD_PARTY_REFERENCES = [
  "researchers?", "experts?", "analysts?", "sources?", "people familiar", "(?:local |news |media )?outlets?", "newspapers?", "broadcasters?", "(?:media |press |news )?reports?", "reporting", "journalists?", "the (?:newspaper|outlet|paper|broadcaster|site|publication)", "(?:security|cybersecurity|cyber ?security|threat[- ]intelligence|incident[- ]response|forensics?|research|consulting|consultancy|law|investigations?) (?:firm|company|researchers?|vendor|specialists?|team|provider|group)s?", "incident responders",
  "chercheurs?", "experts?", "sources?", "la presse", "les medias", "nos informations", "forscher(?:n)?", "sicherheitsforscher(?:n)?", "experten", "medienberichte(?:n)?", "quellen", "kreise(?:n)?", "ricercatori", "esperti", "fonti", "media", "stampa",
  "investigadores", "expertos", "fuentes", "medios", "cercetator(?:ii|ul)", "experti(?:i)?", "surse(?:le)?", "presa",
];

/** Hearsay without a named speaker: the outlet passes on what others say (reported). */
export const HEDGE_CUES = [
  "reportedly", "allegedly", "purportedly", "(?:is|are|was|were) (?:believed|thought|understood|said|suspected|reported) to", "(?:is|are|was|were) (?:widely )?(?:believed|suspected)", "believed to be", "suspected of", "appears? to", "apparently", "likely",
  "(?:is|are|was|were|has been|have been|had been) (?:reportedly )?(?:linked|tied|attributed|blamed|connected)", "media reports", "press reports",
  "aurait", "auraient", "serait", "seraient", "presume\\w*", "vraisemblablement", "soll", "sollen", "angeblich", "mutmasslich\\w*", "offenbar", "vermutlich", "wohl", "nach medienberichten", "medienberichten zufolge",
  "sarebbe(?:ro)?", "avrebbe(?:ro)?", "presunt\\w*", "secondo (?:fonti|indiscrezioni|la stampa|i media)", "supuestamente", "presuntamente", "habria(?:n)?", "seria(?:n)?", "segun (?:fuentes|medios|la prensa)", "ar fi", "se pare", "potrivit (?:unor )?surse(?:lor)?",
];

/** The attacker's word without a verb of saying: leak-site listings, items offered for sale, "what it said were". */
export const CLAIM_CUES = [
  "leak (?:site|blog|page|portal)", "dark ?web", "(?:hacking|hacker|criminal|cybercrime|underground) forum", "(?:offered|put up|listed|advertised) for sale", "for sale", "purported", "what (?:it|they|he|the group|the hackers) (?:said|says|claimed|claims|described as|called)",
  "claims? (?:that|of|to)", "claimed to", "according to (?:the )?(?:hackers|attackers|group|gang|listing|post|seller)", "site de fuite", "mis(?:es)? en vente", "forum de pirates", "darknet", "sito di leak", "messi in vendita", "foro de hackers", "a la venta", "potrivit hackerului", "potrivit atacatorilor", "forum de (?:profil|hackeri)", "scos(?:e)? la vanzare",
];

/** Own-account verbs with the victim as subject: the victim notifying or writing to people is its own word. */
export const OWN_ACCOUNT_VERBS = [
  "notif(?:ies|ied|ying)", "(?:is|are|has|have|began|begun|started) (?:been )?(?:notifying|contacting|emailing|writing to|informing|alerting)", "wrote to", "emailed", "sent (?:letters|emails|notices|notifications)",
  "informe ses", "a informe", "a commence a (?:notifier|informer|prevenir|contacter)", "notifie", "hat (?:\\w+ ){0,3}informiert", "informiert", "benachrichtigt", "(?:hat|haben) begonnen,? (?:\\w+ ){0,3}zu (?:informieren|benachrichtigen)",
  "ha informato", "ha avvisato", "ha iniziato a (?:notificare|informare|avvisare|contattare)", "notifica", "ha informado", "informo a", "(?:ha|han) (?:comenzado|empezado) a (?:notificar|informar|avisar|contactar)", "notifica(?:ra|ndo)?",
];
