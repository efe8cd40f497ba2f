/**
 * Cues for reading answers out of source sentences (folded text: lower case, no accents), in EN, FR,
 * DE, ES and IT. Knowledge as data: a new phrasing is one more alternative, never new code.
 */

/** How a figure is bounded in its sentence ("fewer than 200,000", "up to 5.7 million", "more than 1 million"). */
export type Bound = "under" | "up_to" | "over" | null;

export const BOUND_BEFORE: Record<Exclude<Bound, null>, RegExp> = {
  under: /(?:fewer than|less than|under|below|moins de|weniger als|unter|menos de|meno di)\s+$/,
  up_to: /(?:up to|as many as|jusqu'a|jusqu'à|bis zu|hasta|fino a)\s+$/,
  over: /(?:more than|over|at least|upwards of|plus de|au moins|mehr als|uber|mindestens|mas de|al menos|oltre|piu di|almeno)\s+$/,
};

/** Near a figure: it counts people whose data was affected (not a company's size or traffic). */
export const AFFECTED_NEAR = new RegExp([
  "affect\\w*", "impact\\w*", "hits?", "covers?", "covering", "involv\\w*", "concerned", "expos\\w*", "stolen", "compromis\\w*", "accessed", "leaked", "taken", "breached", "notif\\w*", "victims?",
  "whose (?:data|information|details|records)", "(?:data|information|details|records) (?:of|on|for|from|belonging to)",
  "concerne\\w*", "touche\\w*", "vole\\w*", "derobe\\w*", "pirate\\w*",
  "betroffen\\w*", "gestohlen\\w*", "erbeutet\\w*", "kompromittiert\\w*", "abgeflossen\\w*", "veroffentlicht\\w*",
  "afectad\\w*", "robad\\w*", "expuest\\w*", "comprometid\\w*", "filtrad\\w*",
  "coinvolt\\w*", "colpit\\w*", "interessat\\w*", "rubat\\w*", "espost\\w*", "sottratt\\w*", "trafugat\\w*",
].map((w) => `(?<![a-z])${w}(?![a-z])`).join("|"));

/** Right before a figure: the size of the whole business ("has more than 65 million members", "employs 90,000"). */
export const BASE_BEFORE = /(?:\bhas|\bhave|\bhad|\bserves?|\bserving|\bcarries|\bcarried|\bcarrying|\bcounts?|\bboasts?|\bemploys?|\bof its|\bamong its|\bout of(?: its)?|\bbase of|\bcompte|\bemploie|\btransporte|\bhat|\bzahlt|\bbeschaftigt|\btiene|\bcuenta con|\bemplea|\bconta|\bimpiega)\s+(?:about|around|roughly|some|nearly|approximately|more than|over|almost|plus de|environ|rund|etwa|mehr als|uber|unos|mas de|circa|oltre)?\s*$/;

/** Right after a figure: traffic per period ("11 million passengers a year"). */
export const BASE_AFTER = /^\s*(?:[a-z'-]+\s+){0,3}?(?:a year|per year|each year|every year|annually|a day|per day|a month|per month|par an|chaque annee|pro jahr|im jahr|jahrlich|al ano|cada ano|all'anno|ogni anno)(?![a-z])/;

/** Right after a figure: money, a share or a span of time, not a count. */
export const NOT_A_COUNT_AFTER = /^\s*(?:%|percent|per cent|prozent|pour cent|por ciento|per cento|euros?|dollars?|pounds?|usd|eur|gbp|years?|months?|days?|hours?|minutes?|weeks?|ans|jahre|anos|anni|mois|monate|meses|mesi)(?![a-z])/;

/** The sentence speaks of attackers (for a name a group gives itself). */
export const ACTOR_CONTEXT = /hacker|group|gang|attacker|actor|crew|pirate|groupe|gruppe|angreifer|grupo|atacante|gruppo|attaccant|ransomware|extortion/;

/** A name a group gives itself, in the original text ("use the name TeaPea", "nennt sich X", "se fait appeler X"). */
export const SELF_NAMED = /(?:use the name|uses the name|using the name|go by the name|goes by the name|going by the name|call themselves|calls itself|calling themselves|calling itself|under the name|self-styled|se fait appeler|se font appeler|se faisant appeler|sous le nom de|nennt sich|nennen sich|unter dem Namen|se hace llamar|se hacen llamar|bajo el nombre de|si fa chiamare|si fanno chiamare|con il nome di)\s+["“'«]?\s*([A-Z][\w-]*[A-Za-z0-9](?:\s[A-Z][\w-]*[A-Za-z0-9])?)/g;

/** The sentence denies a link ("no evidence linking", "not behind", "ruled out"). */
export const NEGATED_LINK = /\b(?:no evidence|no indication|not (?:been )?(?:linked|attributed|behind|responsible|involved|connected)|unrelated|ruled out|denied (?:any )?(?:involvement|responsibility)|aucun lien|pas (?:lie|implique)|nicht (?:beteiligt|verantwortlich)|no (?:esta|estuvo) (?:vinculad|relacionad)|non (?:e|sono) (?:collegat|coinvolt))/;

/** The sentence speaks of a platform, provider or system (a vendor named there may be the way in). */
export const VENDOR_CONTEXT = /third[- ]party|platform|system|provider|supplier|vendor|software|service|cloud|\bcrm\b|reservation|booking|contractor|hosted|prestataire|fournisseur|plate-?forme|sous-traitant|logiciel|dienstleister|anbieter|plattform|proveedor|plataforma|sistema|fornitor|piattaforma/;

/** The sentence speaks of notifying, informing or an investigation (an authority named there was told). */
export const NOTIFY_CONTEXT = /notif|inform|collabor|colabor|lavora\w* (?:sul|al) caso|sul caso lavora|working (?:on the case|with)|travaill\w* (?:avec|sur)|trabaja\w* (?:con|en)|arbeite\w* mit|report(?:ed|ing)? (?:[a-z]+ ){0,3}to\b|alert|contacted|investigat|complaint|filed|plainte|signal|enquete|saisi|eingeschaltet|angezeigt|anzeige|ermittl|gemeldet|meldete|denuncia|investiga|notific|segnal|indag|esposto/;

/** Words that make a capitalised name an authority ("Unidad Fiscal …", "… the government's computer emergency response team"). */
export const AUTHORITY_WORDS = /authorit|regulator|commissioner|police|agency|emergency response|\bcert\b|prosecutor|fiscal|unidad|commission|ministry|ministere|ministerio|ministero|behorde|polizei|staatsanwalt|garante|procura|polizia|policia|fiscalia|gendarmerie|parquet|supervis|aufsicht|office|bureau|department/;

/**
 * An authority told, by a name the gazetteer does not know, in the original text: "reported the problem to CERT-In",
 * "presentó una denuncia ante la Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)". Group 1: the name; group 2: its acronym.
 */
export const TOLD_AUTHORITY = /(?:\b(?:to|with)\s+(?:the\s+)?|\bante\s+(?:la\s+|el\s+)?|aupr[eè]s (?:de la |du |de l'|des )|\bbei\s+(?:der\s+|dem\s+)?|\balla?\s+)([A-Z][\w-]*[A-Za-z](?:\s(?:(?:en|de|del|des|du|di|della|for|of|la|le|der|für|y|et|and)\s)?[A-Z][\w-]*[A-Za-z]){0,6})(?:\s\(([A-Z][A-Za-z-]{1,10})\))?/g;

/**
 * A vendor by a name the gazetteer does not know, in the original text: "the supplier, the company Airline Choice",
 * "Airline Choice, a provider of …", "Foo, le prestataire français de …", "the provider is Foo". Group 1, 2 or 3: the name.
 */
export const NAMED_VENDOR = /(?:\b(?:provider|supplier|vendor|contractor|fournisseur|prestataire|sous-traitant|Dienstleister|Anbieter|proveedor|fornitore)\b[^.;:]{0,30}?\b(?:company|firm|soci[eé]t[eé]|entreprise|Unternehmen|Firma|empresa|compa[nñ][ií]a|societ[aà]|azienda)\s+([A-Z][\w-]*[A-Za-z](?:\s[A-Z][\w-]*[A-Za-z]){0,3}))|(?:\b([A-Z][\w-]*[A-Za-z](?:\s[A-Z][\w-]*[A-Za-z]){0,3}),\s+(?:a|an|the|le|la|l'|un|une|il|lo|el|der|die|das|ein|eine|su|son|sa)\s*(?:[\w'-]+\s+){0,3}(?:provider|supplier|vendor|contractor|prestataire|fournisseur|sous-traitant|Dienstleister|Anbieter|proveedor|fornitore)\b)|(?:\b(?:[Tt]he|[Ii]ts|[Ll]e|[Ll]a|[Ss]on|[Dd]er|[Ee]l|[Ii]l|[Ss]u) (?:provider|supplier|vendor|contractor|prestataire|fournisseur|Dienstleister|Anbieter|proveedor|fornitore)(?: in question| en question| in questione| en cuesti[oó]n)? (?:is|was|est|[ée]tait|ist|war|es|era|[èe]) (?:the company |la soci[ée]t[ée] |l'entreprise |die Firma |das Unternehmen |la empresa |la societ[àa] |l'azienda )?([A-Z][\w-]*[A-Za-z](?:\s[A-Z][\w-]*[A-Za-z]){0,3}))/g;

/**
 * Before a vendor's name: the sentence speaks of other or earlier attacks ("the group previously breached", "a string of
 * intrusions at", "last year's thefts from"), not of this victim's incident.
 */
export const OTHER_ATTACKS_BEFORE = /\b(?:previous(?:ly)?|earlier|in the past|last year|years? ago|prior|before that|has also|have also|had also|also (?:hit|breached|attacked|targeted|stole)|other (?:companies|firms|victims|organi[sz]ations|customers|clients)|dozens of|several|many|string of|series of|wave of|spate of|campaign against|precedemment|auparavant|par le passe|l'an dernier|l'annee derniere|zuvor|bereits|fruher|im vergangenen jahr|letztes jahr|anteriormente|previamente|el ano pasado|in precedenza|l'anno scorso|altre aziende|otras empresas|autres entreprises|andere unternehmen)\b/;

/** After a vendor's name: its customers, i.e. other victims of the same platform ("Snowflake customers", "clients de Salesforce"). */
export const CUSTOMERS_AFTER = /^[\s'-]*(?:s\s+)?(?:customers|clients|users|tenants|kunden|clientes|clienti|utilisateurs|nutzer)\b/;

/**
 * The sentence is about this victim's incident: it speaks of the breach, the attack, the provider or platform with a
 * definite or possessive article ("the breach", "its supplier", "la plateforme", "der Dienstleister").
 */
export const THIS_INCIDENT_NEAR = /\b(?:the|this|its|their) (?:[a-z-]+ )?(?:breach|incident|attack|intrusion|hack|theft|data theft|compromise|provider|supplier|vendor|platform|system|contractor|software|tool|account|instance|database)\b|\b(?:l'|la |le |cette |cet |son |sa |ses )(?:[a-z-]+ )?(?:attaque|incident|intrusion|fuite|piratage|prestataire|fournisseur|plate-?forme|systeme|logiciel)\b|\b(?:der|die|das|dieser|diese|sein|seine|ihr|ihre) (?:[a-z-]+ )?(?:angriff|vorfall|datenleck|hack|dienstleister|anbieter|plattform|system|software)\b|\b(?:el|la|este|esta|su|sus) (?:[a-z-]+ )?(?:ataque|incidente|brecha|filtracion|proveedor|plataforma|sistema)\b|\b(?:il|lo|la|l'|questo|questa|suo|sua) ?(?:[a-z-]+ )?(?:attacco|incidente|violazione|fornitore|piattaforma|sistema)\b/;
