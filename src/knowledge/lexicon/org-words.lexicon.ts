/**
 * Words that help tell organisation names from other capitalised words.
 * All entries are folded (lower case, no accents).
 */

/** Capitalised words that are never (part of) an organisation name by themselves. */
export const NON_NAME_WORDS = new Set([
  "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "their", "we", "our", "you", "your", "he", "she", "his", "her", "i", "in", "on", "at", "of", "for", "to", "by", "as", "and", "or", "but",
  "if", "when", "while", "after", "before", "since", "however", "although", "though", "also", "even", "still", "yet", "so", "thus", "why", "what", "how", "who", "which", "where", "there", "here",
  "importantly", "fortunately", "unfortunately", "meanwhile", "furthermore", "moreover", "additionally", "instead", "according", "as", "upon", "over", "under", "about", "with", "from", "into",
  "all", "any", "some", "no", "not", "none", "both", "each", "every", "many", "most", "more", "other", "another", "such", "one", "two", "three", "first", "last", "new", "latest", "recent", "recently",
  "customers", "customer", "clients", "passengers", "users", "members", "hackers", "attackers", "criminals", "cybercriminals", "researchers", "experts", "analysts", "investigators", "officials",
  "data", "breach", "breaches", "cyber", "cyberattack", "cyberattacks", "attack", "attacks", "incident", "security", "cybersecurity", "information", "personal", "privacy", "hack", "hacked", "leak",
  "key", "details", "facts", "summary", "executive", "update", "updates", "related", "read", "more", "news", "report", "reports", "statement", "notice", "alert", "tl;dr", "tl", "dr", "faq", "conclusion", "introduction",
  "phishing", "ransomware", "malware", "threat", "threats", "risk", "risks", "impact", "why", "matters", "what", "happened", "next", "steps", "actions", "recommended", "immediate", "bottom", "line",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "mr", "mrs", "ms", "dr", "ceo", "cto", "ciso", "coo", "cfo", "chief", "officer", "director", "head", "founder", "chairman", "president", "spokesperson", "spokesman", "spokeswoman",
  "full", "name", "names", "email", "emails", "phone", "address", "addresses", "date", "birth", "passwords", "password", "credit", "card", "payment", "details", "gender", "country",
  "possibly", "exposed", "compromised", "stolen", "affected", "confirmed", "confirms", "says", "said", "reveals", "warns", "hit", "hits", "suffers", "falls", "victim", "notifies", "discloses",
  "der", "die", "das", "ein", "eine", "il", "la", "le", "les", "lo", "gli", "un", "una", "el", "los", "las", "des", "du", "de", "di", "del", "della", "et", "und", "y", "e",
  "kunden", "daten", "clienti", "dati", "donnees", "datos", "keine", "non", "secondo", "laut", "selon", "segun", "am", "im", "nel", "dans", "en",
  "dienstleister", "anbieter", "unternehmen", "konzern", "firma", "hersteller", "zulieferer", "handler", "betreiber", "kundinnen", "passagiere", "behorden", "polizei", "angriff", "angreifer", "taeter", "tater",
  "service", "services", "provider", "providers", "dienstleisters", "it-dienstleister", "lieferant", "zulieferer", "partner", "platform", "plattform", "vendors", "suppliers",
  "entreprise", "l'entreprise", "enseigne", "l'enseigne", "l'azienda", "societe", "prestataire", "fournisseur", "azienda", "societa", "fornitore", "empresa", "proveedor", "compania", "aerolinea", "provider", "vendor", "supplier", "company", "firm",
  "dienst", "dienstes", "datensatz", "datensatzes", "datensatze", "angaben", "informationen", "menschen", "vorfall", "vorfalls", "angriffs", "gruppe", "erklarung", "ermittlungen", "sprecher", "sprecherin", "mitteilung",
  "januar", "februar", "marz", "juni", "juli", "oktober", "dezember", "janvier", "fevrier", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
  "internet", "web", "online", "app", "website", "dark", "forum", "forums", "telegram", "gdpr", "rgpd", "dsgvo", "pii", "mfa", "it", "ai", "vpn", "sms", "otp", "otps", "fido", "ip", "cvv", "iban", "pin", "hr",
]);

/** Verbs that open advice as imperatives ("Check the notice", "Change your password"): a lone one at a sentence start is not a name. */
export const IMPERATIVE_VERBS = new Set([
  "check", "change", "watch", "lock", "contact", "call", "keep", "make", "use", "enable", "turn", "review", "monitor", "update", "avoid", "beware", "be", "do", "don't", "dont", "ask", "consider",
  "report", "visit", "go", "look", "read", "remember", "stay", "sign", "set", "reset", "freeze", "delete", "hang", "work", "get", "take", "think", "try", "verify", "protect", "secure", "never", "always",
  "watch", "treat", "ignore", "expect", "learn", "choose", "pick", "create", "install", "download", "open", "click", "log", "save", "store", "write", "note", "find", "cancel", "block", "request",
]);

/**
 * German compound job descriptions glued before a name ("des Elektronikversandhändlers Conrad", "der Modekette X"): a run's first
 * token ending like this is a descriptor, not part of the name, when another capitalised word follows.
 */
export const DESCRIPTOR_COMPOUND = /^[a-z]{3,}(?:handlers?|handlern|konzerns?|herstellers?|anbieters?|betreibers?|dienstleisters?|versenders?|ketten?|gesellschaft(?:en)?|unternehmens?|fluggesellschaft)$/;

/** Words that mark a capitalised span as an authority or agency, not a victim. */
export const AUTHORITY_WORDS = new Set([
  "police", "agency", "commissioner", "commission", "authority", "authorities", "office", "bureau", "department", "ministry", "government", "court", "centre", "center", "council", "regulator",
  "attorney", "general", "federal", "national", "coordinator", "parliament", "senate", "congress", "fbi", "cisa", "nca", "ico", "sec", "ftc", "europol", "interpol", "polizei", "garante",
]);

/** Words right before a capitalised span that mark it as a person ("CEO Vanessa Hudson", "founder of"). */
export const PERSON_BEFORE = /(?:chief executive(?: officer)?|ceo|cto|ciso|cfo|coo|chairman|chair|president|founder|director|officer|spokes(?:person|man|woman)|head of [a-z ]+|manager|analyst|researcher|minister|secretary|mr\.?|mrs\.?|ms\.?|dr\.?|professor|according to|told|said)\s*$/;

/** Words right after a name that mark it as a person (", chief executive of"). */
export const PERSON_AFTER = /^\s*,\s*(?:the |a |an )?(?:[a-z]+ )?(?:chief|ceo|cto|ciso|founder|director|head|chairman|president|officer|spokes|manager|analyst|researcher|minister|secretary|professor)/;

/** Generic corporate suffixes that belong to a name ("Holdings", "Group"). */
export const ORG_SUFFIXES = new Set(["group", "inc", "inc.", "ltd", "plc", "corp", "corporation", "company", "holdings", "llc", "sa", "ag", "se", "airlines", "airways", "bank"]);

/** Nationality and place adjectives that often precede a name ("Australian airline Qantas"). */
export const PLACE_WORDS = new Set([
  "australian", "british", "american", "canadian", "french", "german", "italian", "spanish", "dutch", "swiss", "irish", "japanese", "chinese", "indian", "korean", "vietnamese", "european", "asian",
  "uk", "us", "u.s.", "usa", "eu", "europe", "asia", "america", "australia", "canada", "france", "germany", "italy", "spain", "netherlands", "switzerland", "ireland", "japan", "china", "india",
  "korea", "vietnam", "london", "paris", "new", "york", "hong", "kong", "singapore", "dubai", "calgary", "alberta", "sydney", "england", "scotland", "wales", "britain", "turkey", "chile", "uruguay",
  "berlin", "brussels", "bruxelles", "brussel", "frankfurt", "munich", "munchen", "hamburg", "zurich", "geneva", "vienna", "wien", "rome", "roma", "milan", "milano", "madrid", "barcelona", "lisbon",
  "belgian", "austrian", "swedish", "norwegian", "danish", "finnish", "polish", "portuguese", "greek", "turkish", "mexican", "brazilian", "argentine", "chilean", "colombian", "peruvian", "singaporean", "malaysian", "thai", "indonesian", "filipino", "taiwanese", "israeli", "emirati", "saudi", "qatari", "scottish", "welsh", "luxembourgish", "czech", "hungarian", "romanian", "slovak", "croatian", "south", "african", "zealand", "kiwi",
  "russia", "russian", "ukraine", "ukrainian", "belarus", "serbia", "poland", "sweden", "norway", "denmark", "finland", "austria", "belgium", "portugal", "greece", "israel", "taiwan", "malaysia", "indonesia", "thailand", "philippines", "africa", "nigeria", "kenya", "egypt", "saudi", "arabia", "iran", "pakistan",
  "amsterdam", "dublin", "manchester", "edinburgh", "glasgow", "birmingham", "copenhagen", "stockholm", "oslo", "helsinki", "warsaw", "prague", "athens", "istanbul", "moscow", "tokyo", "seoul",
  "beijing", "shanghai", "bangkok", "jakarta", "manila", "delhi", "mumbai", "melbourne", "brisbane", "perth", "auckland", "toronto", "vancouver", "montreal", "chicago", "atlanta", "dallas", "seattle",
  "boston", "miami", "texas", "california", "florida", "los", "angeles", "san", "francisco", "washington", "mexico", "brazil", "argentina", "colombia", "peru", "qatar", "emirates", "abu", "dhabi",
  "airport", "airports", "flughafen", "aeroport", "aeroporto", "aeropuerto", "international", "terminal",
  "west", "east", "north", "south", "midlands", "staffordshire", "british", "britische", "britischen", "britannici", "statunitensi", "americain", "americaine", "britannique",
]);
