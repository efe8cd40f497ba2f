import type { AttackVector } from "../../domain/incident.js";

/** How the attackers got in. Ordered: the first vector whose cue matches wins (more specific first). */
export const VECTOR_CUES: { vector: AttackVector; cues: string[] }[] = [
  { vector: "vishing", cues: ["vishing", "voice[- ]phishing", "(?:phone|telephone|voice)[- ]based social engineering", "(?:phone|telephone) calls? (?:impersonating|posing)", "posing as (?:it|help ?desk)"] },
  { vector: "oauth_app", cues: ["oauth", "connected app\\w*", "malicious app\\w*", "data loader", "access tokens?", "integration tokens?"] },
  { vector: "credential_stuffing", cues: ["credential[- ]stuffing"] },
  { vector: "ransomware", cues: ["ransomware(?! groups)", "encrypt\\w* (?:files|systems|servers)", "erpressungstrojaner", "rancongiciel"] },
  { vector: "phishing", cues: ["phishing (?:email|attack|campaign)s?", "spear[- ]?phishing"] },
  { vector: "social_engineering", cues: ["social engineering", "impersonat\\w*", "ingegneria sociale", "ingenierie sociale", "ingenieria social"] },
  { vector: "stolen_credentials", cues: ["stolen credentials", "compromised credentials", "stolen (?:login|passwords?)", "infostealer\\w*", "credential theft"] },
  { vector: "misconfiguration", cues: ["misconfigur\\w*", "unsecured (?:database|server|bucket)", "publicly accessible (?:database|server|bucket)", "exposed database"] },
  { vector: "vulnerability", cues: ["exploit\\w* (?:a |an |the )?(?:flaw|vulnerabilit\\w*|zero-day|bug)", "zero-day", "cve-\\d+-\\d+", "unpatched", "sql injection", "exploited a flaw"] },
  { vector: "insider", cues: ["insider", "rogue employee", "former employee (?:stole|took|leaked)", "malicious employee"] },
];

/** A data platform run by someone else (vendor, outsourced service, cloud). */
export const THIRD_PARTY_CUES = [
  "(?<!unauthori[sz]ed |malicious |unknown |by |to |with )third[- ]part(?:y|ies)(?! (?:cyber)?security| forensic| experts?| investigators?| advisers?| specialists?| researchers?| firms? (?:hired|engaged)| incident response| (?:gained|obtained|accessed|was able|had gained|may have)| risks?| access management| cookies| sellers?| marketplace| claims?| reports?)",
  "(?:a|an|its|their|one of its|the) third[- ]part(?:y|ies)(?! (?:cyber)?security| forensic| incident| risk| experts?| investigat)(?: \\w+){0,3} (?:platform|provider|vendor|service|system|supplier|partner|application|app|tool|database|software|contractor|processor)",
  "(?:external|outside|outsourced) (?:platform|provider|service|vendor|partner|system|supplier|database|application|management)\\w*",
  "(?:service|technology|software|cloud|data|it|tech) (?:provider|vendor|partner|supplier)s?", "(?<!street |ticket |food |market |security |cybersecurity |antivirus |intelligence |software security |threat intelligence )vendors?(?! (?:of|such as) (?:security|cybersecurity))", "(?:it|software|technology|external|service|cloud|data|platform|tech) suppliers?",
  "(?:breach|attack|hack|compromise|incident|intrusion)\\w* (?:at|of|on|against|affecting|involving) (?:a|an|one of its|its|their|the) (?:[a-z-]+ )?(?:supplier|contractor|partner)s?",
  "(?:via|through) (?:a|an|one of its|its|their|the) (?:[a-z-]+ )?(?:supplier|contractor|partner)s?",
  "business partner", "data processor", "outsourc\\w*", "hosted (?:by|on|with)",
  "(?:call|contact) cent(?:re|er) platform", "(?<!\\bits (?:own |internal )?)customer (?:service|relationship management|care) (?:platform|system|provider|database|software)", "(?<!\\bits (?:own |internal )?)crm", "saas", "cloud (?:platform|service|database|storage)",
  "supply[- ]chain (?:attack|compromise|breach|incident)", "platform (?:provider|operated by)", "operated by a", "(?<!\\b(?:in|for) (?:\\w+ )?)instances?", "cloud[- ]based (?:crm|platform|system|database|service|application|storage|software)",
  "(?:external|outside|outsourced) (?:company|firm|contractor) (?:that|which) (?:handles|handled|manages|managed|processes|processed|runs|ran|operates|operated|hosts|hosted|provides|provided|stores|stored)",
  "(?:provided|supplied|developed|run|operated|managed|hosted|maintained) by (?:a|an|an external|an outside|its|one of its) (?:[a-z-]+ )?(?:company|firm|provider|vendor|supplier|partner|contractor)",
  "(?:tramite|attraverso|presso|di) (?:un|il|uno dei suoi|un suo) fornitore", "fornitore (?:informatico|tecnologico|it|cloud|di software)", "(?:bei|uber) (?:einem|einen|den) (?:externen )?(?:zulieferer|anbieter)",
  "drittanbieter\\w*", "externe[nrs]? (?:dienstleister|plattform|anbieter|partner|firma|unternehmen)", "(?:it-|software-?|service-?)?dienstleister[ns]?(?! (?:ist|sind|war|waren|wurde))", "partner(?:unternehmen|firma)", "fornitor[ei] (?:estern|terz)\\w*", "(?:presso|tramite|attraverso|da) (?:un|uno|il|un suo) (?:partner|fornitore|soggetto) (?:commerciale |tecnologico )?estern[oi]", "partner (?:commercial[ei] )?estern[oi]", "terz[ei] part[ie]", "(?:soggett|piattaform|sistem|fornitor)\\w* estern[oiae]", "prestataire\\w*", "sous-traitant\\w*", "proveedor\\w*", "fournisseur\\w* (?:externe|tiers|de services|informatique|technologique)", "(?:plateforme|partenaire|service|societe|logiciel|outil)s? tier(?:ce|s)", "fornitore di servizi", "(?:plataforma|sistema|empresa|servicio)s? (?:de )?tercer(?:o|os|a|as)", "de terceros",
];

/** Sentences where a third-party cue does not put the data on a vendor platform (denied, unknown, or the victim itself is the provider). */
export const NOT_THIRD_PARTY_CUES = [
  "not (?:been )?(?:breached|accessed|compromised|hacked|caused|involv\\w*)? ?(?:by|through|via) (?:a |any )?third[- ]part",
  "no third[- ]part", "rather than (?:a |any )?third[- ]part", "did not involve (?:a |any )?third", "not (?:a |any )?third[- ]part(?:y|ies)'?s? (?:system|platform|vendor|provider)",
  "(?:unknown|unclear|not known|not clear|not yet known|nicht bekannt|unklar|pas clair|inconnu|no esta claro|non e chiaro) (?:whose|whether|if|wessen|ob|si|se)",
  "(?:not|n't|nor|neither|tampoco|no|non|pas|nicht)(?: [a-z]+){0,2} (?:said|say|says|explained|disclosed|confirmed|specified|clarified|revealed|explicado|precisado|aclarado|dicho|confirmado|precise|indique|dit|confirme|detto|chiarito|specificato|precisato|gesagt|erklart|mitgeteilt|bestatigt) (?:whether|if|si|se|ob)\\b(?: [\\w'-]+){0,8} (?:own|its own|propio|propia|propre|proprio|propria|eigene\\w*|vendor|provider|supplier|third|proveedor|terceros|fournisseur|prestataire|fornitore|dienstleister)",
  "(?:cyber-?|hacker)?(?:attack|angriff|attaque|ataque|attacco|breach|hack)\\w* (?:on|auf|contre|contra|su|against)\\s+(?:(?:a|an|the|den|einen|le|un|el|il|un)\\s+)?(?:[a-z-]+\\s+){0,2}(?:[a-z]+-){0,2}[a-z]*(?:provider|dienstleister|supplier|zulieferer|prestataire|fournisseur|proveedor|fornitore)(?! (?:used|of|for|to|that (?:serves|supports|handles)))",
];

/** Attacks that by nature hit the organisation's own site: decisive for "not third party". */
export const OWN_SYSTEM_DECISIVE_CUES = ["credential[- ]stuffing", "relleno de credenciales", "bourrage d'identifiants", "password spraying", "reused (?:passwords|credentials)", "(?:credentials|passwords|login details) (?:stolen|leaked|obtained|taken|exposed) (?:elsewhere|(?:from|in|on|during) (?:other|unrelated|previous|earlier|older) (?:sites|services|websites|breaches|data breaches|platforms|leaks))", "account takeover attacks?", "magecart", "card[- ]skimm\\w*", "web[- ]skimm\\w*", "formjacking", "skimming code", "checkout pages?", "payment (?:form|page)s? (?:of|on) its"];

/** The organisation's own site or app: counts only in a sentence about the breach, not as where a notice was posted. */
export const OWN_SITE_CUES = ["its (?:mobile )?app(?:lication)?", "(?:son|sa) (?:propre )?application(?: mobile)?", "(?:la )?sua app(?:licazione)?", "su (?:propia )?(?:app|aplicacion)(?: movil)?", "its (?:own )?(?:website|online (?:store|shop)|web ?shop|e-commerce (?:site|platform|store))", "portale e-commerce", "(?:il )?(?:suo|proprio) sito(?: web)?", "son site (?:web|internet|marchand)", "su (?:sitio|pagina) web", "seine[nmr]? (?:webseite|website|online-?shop|app)"];

/** The organisation's own systems. */
export const OWN_SYSTEM_CUES = [
  "own (?:(?:employee|staff|corporate|company|work) )?e-?mail (?:accounts?|systems?|servers?|inbox(?:es)?)",
  "own (?:(?:it|corporate|internal|computer|back-office) )?(?:website|web ?site|online (?:store|shop)|systems?|servers?|networks?|infrastructure|e-commerce|platform|databases?|mobile app|portal|data ?cent(?:re|er)s?)",
  "(?:runs|operates|hosts|manages|maintains) (?:it)?sel(?:f|ves)", "(?:run|operated|hosted|managed|maintained|built) (?:by the company itself|in-house|internally)", "self-hosted",
  "internal (?:network|it infrastructure|systems?|servers?|it systems|databases?|it environment)", "in-house (?:systems?|servers?|platform|database)", "corporate network",
  // "internal information systems", "internal U.S. business systems", "corporate IT systems"
  "(?:internal|corporate)(?: [a-z.]+){1,3} (?:systems|networks?|servers|infrastructure|environment)",
  // "a configuration error in its login and sign-up service": a fault in the company's own service.
  "(?:error|flaw|bug|glitch|misconfiguration|vulnerability)[\"']? in (?:its|our) (?:own )?(?:[a-z-]+ ){0,4}(?:service|system|website|site|app|portal|functionality)",
  "(?:corporate|company) (?:it )?systems", "rete aziendale", "sistemi (?:informatici )?aziendali", "sistemi informatici interni",
  "systemes informatiques internes", "reseau (?:informatique )?de l'entreprise", "sistemas informaticos internos", "red corporativa",
  "(?:internen?|eigenen?) it-systeme?", "(?:firmen|unternehmens)netzwerk",
  "propri[oa] portale", "propri (?:sistemi|server)", "sistemi interni", "(?:rete|infrastruttura) interna",
  "(?:ses|leurs) propres (?:systemes|serveurs|reseaux|infrastructures)", "son propre (?:systeme|serveur|reseau|site)", "systemes internes", "reseau interne",
  "eigene[nmrs]? (?:portal|systeme?|server|netzwerk|it|webseite|website|online-?shop|infrastruktur)", "interne[nmrs]? (?:netzwerk\\w*|system(?:e|en)?|server\\w*|it)",
  "(?:sus|su) propi[oa]s? (?:sistemas?|servidores|red|web)", "sistemas internos", "red interna",
  "(?:unusual|suspicious|anomalous|unauthori[sz]ed) (?:network|system) activity",
];

/**
 * The organisation's systems named with a possessive where the data sat or the intruder went ("copied its member
 * database", "data on its servers", "in seine IT-Systeme eingedrungen", "dans ses serveurs"). They place the breach there
 * only in a sentence that also says something was attacked, entered or taken. "An attack that hit its systems" alone
 * says where the disruption was, not where the data was, and is left out.
 */
const POSSESSIVE = "(?:its|our|the (?:[a-z-]+ )?(?:company|airline|carrier|chain|group|insurer|retailer|firm|operator|organi[sz]ation|hotel|bank)'s)";
const SYSTEM_WORDS = "(?:(?:own|internal|corporate|member|customer|guest|loyalty(?: program(?:me)?)?|computer|back-office|booking|reservation|it|payment|core|main|central|legacy|older|old|online|web) )*";
export const POSSESSED_SYSTEM_CUES = [
  `${POSSESSIVE} ${SYSTEM_WORDS}(?:servers?|databases?)\\b`,
  `(?:from|in|inside|within) ${POSSESSIVE} ${SYSTEM_WORDS}(?:it systems|systems|networks?|infrastructure|it environment|platform(?! (?:provider|vendor|partner|operator)))\\b`,
  `(?:from|on|in) (?:an? |the )?(?:[a-z-]+ ){0,3}(?:version|copy|part|section) of ${POSSESSIVE} ${SYSTEM_WORDS}(?:platform|website|databases?|servers?)\\b`,
  "(?:en|desde|dentro de) (?:sus|su) (?:propios? |propias? )?(?:sistemas(?: informaticos)?|servidores|redes|red (?:informatica|interna|corporativa)|infraestructura(?: informatica)?|bases? de datos)", "(?:sus|su) (?:propios? )?(?:servidores|bases? de datos)",
  "(?:in|aus) (?:seine|ihre|seinen|ihren|dessen|deren) (?:eigenen? )?(?:it-systeme\\w*|it-infrastruktur|systeme\\w*|server\\w*|netzwerk\\w*|datenbank\\w*)",
  "(?:dans|sur) (?:ses|leurs) (?:propres )?(?:systemes(?: informatiques)?|serveurs|reseaux|infrastructures?(?: informatiques?)?|bases? de donnees)", "(?:ses|leurs) (?:serveurs|bases? de donnees)",
  "(?:nei|dai|sui) (?:suoi|propri) (?:sistemi|server)", "(?:colpito|attaccato|violato|bloccato|paralizzato) (?:i |alcuni )?(?:sistemi|server)(?: informatici)? (?:di|dell'azienda|della societa|del gruppo)",
  "(?:it-systeme|systeme|server|netzwerk) (?:des|der) (?:unternehmens|konzerns|firma|gruppe|herstellers|handlers|versicherers)",
  "(?:sistemele|platform[a]?|serverele|infrastructura|reteaua) (?:[a-z-]+ ){0,2}(?:operatorului|companiei|societatii|grupului)",
  // issue 13 (tune-c): some of the organisation's systems named as what the intruder reached or encrypted ("gained access to
  // some of its systems", "malware on its payment processing servers", "einige seiner Systeme", "i suoi sistemi informatici").
  // Disruption of "parts of its IT infrastructure" says where the outage was, not where data was, and stays out.
  `(?<!(?:(?:disrupt|damag|affect|knock|hamper|impair)\\w*|activity (?:on|in)) )(?:some|many|most|several|all|a number|the majority) of ${POSSESSIVE} (?:[a-z-]+ ){0,2}(?:systems|servers|networks?|it systems)\\b`,
  `${POSSESSIVE} (?:[a-z-]+ ){0,3}(?:servers|databases?)\\b`,
  "(?:einige|viele|teile) (?:seiner|ihrer) (?:it-)?(?:systeme|server)", "(?:seine|ihre) (?:eigenen? )?[a-z]*datenbank\\w*",
  "(?:i |dei |nei )?suoi sistemi(?: informatici)?",
];

/** Entering systems, for sentences with a possessive system cue and no breach word ("Angreifer in seine IT-Systeme eingedrungen"). */
export const INTRUSION_CUES = ["eingedrungen", "captur\\w*", "malware", "skimm\\w*", "broke into", "got into", "infiltrat\\w*", "penetrat\\w*", "crippl\\w*", "encrypt\\w*", "verschlusselt", "copied", "afecto", "affected", "hit", "struck", "lahmgelegt", "paralys\\w*", "paraliz\\w*"];

/** Access from inside the organisation ("un caso di accesso interno"): the data sat on its own systems (no negation check).
 * A bare "not breached by third parties" is left out on purpose: it denies outsiders, it does not place the data. */
export const INSIDE_ACCESS_CUES = [
  "(?:caso|case|cas|casos?) (?:di |of |d'|de )?(?:accesso|access|acces|acceso|abuso|misuse|abus) (?:interno|internal|interne)\\b",
  "(?:internal|insider) (?:access|misuse) by (?:an? |one )?(?:employee|staff member|member of staff)", "interner zugriff (?:durch|eines) (?:einen |eines )?mitarbeiter",
];

/** Gaining access, in sentences that name no organisation ("die Angreifer hatten sich Zugang zu … verschafft"): about this incident. */
export const ACCESS_CUES = [
  "(?:gained|obtained|got|had|gaining|obtaining) (?:unauthori[sz]ed )?access", "broke into", "zugang\\w*", "zugriff\\w*", "(?:ottenuto|ottenere) (?:l')?accesso", "accesso non autorizzato",
  "(?:obtenu|obtenir) (?:un )?acces", "acces non autorise", "(?:obtuvo|obtuvieron|obtener) acceso", "acceso no autorizado",
];

/**
 * A vector word in these surroundings does not say how the attackers got in: a warning to customers about follow-up
 * scams ("warned customers about phishing emails"), a risk ("could be used for phishing"), a doubt ("unclear whether
 * ransomware was involved"). Matched in the clause of the vector word.
 */
export const VECTOR_NOT_THE_WAY_IN_CUES = [
  "warn\\w* (?:(?:all |its |their |affected |the )?(?:customers|clients|passengers|members|users|people|the public|consumers|policyholders|shoppers|travell?ers|guests|them|fans)|(?:of|about|against) (?:possible|potential|further|follow|fraudulent|scam|suspicious|unsolicited|fake|targeted|phishing|emails|calls|messages))",
  "alert(?:ed|ing|s)? (?:customers|clients|passengers|members|users|people)", "stay alert", "keep an eye out", "be (?:alert|wary|vigilant|careful|cautious|on (?:the )?(?:lookout|guard))", "beware", "look out for", "watch (?:out )?for", "on guard against",
  "(?:could|can|may|might|would) (?:then )?be used", "(?:could|can|may|might) (?:be )?(?:use|exploit)\\w*", "(?:poses?|posing|carr(?:y|ies)) (?:a )?(?:risks?|threats?)", "risks? of", "at risk of", "exposed to", "valuable to", "attractive (?:to|target)", "fraudsters", "scammers",
  "follow-?(?:up|on)", "subsequent", "targeted (?:phishing|scams)", "lures?", "scams?", "pretending", "purporting", "claiming to (?:be|come)", "in the name of", "impersonating (?:the (?:company|airline|retailer|brand)|[a-z]+ (?:staff|employees|agents))",
  "unclear (?:whether|if)", "not (?:yet )?(?:known|clear|said|say|confirmed?) (?:whether|if)", "whether", "if any",
  "mise en garde", "met en garde", "mettre en garde", "vigilance", "pourraient? (?:etre )?(?:utilise|exploite)\\w*", "tentatives? d'hameconnage",
  "warnt\\w*", "gewarnt", "vorsicht", "konnten (?:fur|zu) \\w+ (?:genutzt|verwendet|missbraucht)", "missbrauch\\w*", "betrugsversuch\\w*",
  "attenzione", "avvert\\w*", "allert\\w*", "potrebbero (?:essere )?(?:usat|utilizzat|sfruttat)\\w*", "tentativi di (?:phishing|truffa)",
  "advert\\w*", "alerta\\w*", "cuidado", "podrian (?:ser )?(?:usad|utilizad|aprovechad)\\w*", "intentos? de (?:phishing|estafa|fraude)",
];

/** Just before a vector word, these deny it ("no ransomware was deployed", "not affected by ransomware"). */
export const VECTOR_NEGATION_BEFORE = "(?:no|not|never|without|nor|neither|kein\\w*|ohne|aucun\\w*|sans|pas|nessun\\w*|senza|non|ningun\\w*|sin|ni)(?: [a-z-]+){0,3} $";
