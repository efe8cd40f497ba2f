/** Number words, scale words and the nouns that make a number a count of affected people or records. */

export const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, "a few": 3, several: 3, dozens: 24,
  ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
  un: 1, uno: 1, una: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10,
  une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  "half a": 0.5, "a quarter of a": 0.25, "a": 1, "one and a half": 1.5, "mezzo": 0.5, "eine halbe": 0.5, "un demi": 0.5, "medio": 0.5,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
};

/** Scale words; the value multiplies the number before it. */
export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3, k: 1e3, tausend: 1e3, mila: 1e3, mille: 1e3, mil: 1e3, "tsd.": 1e3,
  million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, "mio.": 1e6, mio: 1e6, millionen: 1e6, milioni: 1e6, milione: 1e6, millones: 1e6, millon: 1e6,
  billion: 1e9, billions: 1e9, bn: 1e9, milliarden: 1e9, milliard: 1e9, milliards: 1e9, miliardi: 1e9, "mrd.": 1e9,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
};

/** Nouns for people or records counted as affected. */
export const COUNT_UNITS = [
  "customers?", "people", "(?:card )?payments", "transactions", "bookings", "(?:unique )?e-?mail addresses", "indirizzi (?:e-?mail|email|di posta elettronica)", "adresses (?:e-?mail|electroniques|de courriel)", "direcciones de (?:correo|e-?mail)", "record", "registri", "e-?mail-adressen", "persons?", "passengers?", "records?", "accounts?", "individuals?", "users?", "members?", "fl[yi]ers?", "travell?ers?", "clients?", "data subjects", "guests?",
  "patients?", "shoppers?", "subscribers?", "consumers?", "employees?", "residents?", "citizens?", "victims?", "profiles?", "rows?", "entries",
  "kunden", "personen", "nutzer(?:innen)?", "fluggaste", "passagiere", "datensatze", "menschen", "kundinnen",
  "clienti", "utenti", "persone", "passeggeri", "account", "viaggiatori",
  "personnes", "utilisateurs", "passagers", "voyageurs", "comptes",
  "clientes", "personas", "usuarios", "pasajeros", "registros", "cuentas",
  "dipendenti", "mitarbeiter(?:innen)?", "mitarbeitende(?:n)?", "beschaftigte(?:n)?", "employes", "salaries", "empleados", "trabajadores",
  "abonnes", "abonnenten", "abbonati", "suscriptores", "abonados", "titulaires", "correntisti", "titolari", "versicherte", "assures", "assicurati", "asegurados",
];

/** Units that are people (not accounts or records): preferred when two figures compete ("14,000 accounts" vs "6.9 million people"). */
export const PERSON_UNITS = "people|persons?|individuals?|customers?|clients?|passengers?|members?|guests?|patients?|subscribers?|consumers?|residents?|citizens?|travell?ers?|shoppers?|kunden|personen|menschen|fluggaste|passagiere|clienti|persone|passeggeri|personnes|passagers|abonnes|clientes|personas|pasajeros|abonados|abbonati|abonnenten";

/** Words right after a number that make it a usage figure of the whole service ("9.7 million monthly transacting users"). */
export const BASE_UNIT_WORDS = "monthly|daily|weekly|annual|yearly|transacting|monatliche\\w*|mensuels?|mensili|mensuales";

/** Words near a number that make it money, percent or time rather than a count. */
export const NON_COUNT_AFTER = "(?:%|percent|per cent|prozent|per cento|pour cent|por ciento|euros?|dollars?|pounds?|usd|eur|gbp|aud|cad|yen|francs?|rupees?|\\$|years?|months?|days?|hours?|minutes?|weeks?|revenue|sales|fine)";
export const CURRENCY_BEFORE = /(?:[$€£¥]|\b(?:us\$|a\$|c\$|usd|eur|gbp|aud|rs\.?|inr))\s*$/;

/** Words that make a count refer to a whole campaign or several companies. */
export const CAMPAIGN_CUES = ["in total", "across", "companies", "organi[sz]ations", "firms", "businesses", "victims", "campaign", "collectively", "combined", "altogether",
  "the same (?:hackers?|group|gang|actors?|attackers?|crew)", "le meme (?:pirate|groupe|hacker)", "les memes pirates", "el mismo (?:grupo|hacker|atacante)", "lo stesso (?:gruppo|hacker|attaccante)", "(?:dieselbe|derselbe)n? (?:gruppe|tater|hacker|angreifer)",
  "enseignes", "entreprises", "empresas", "aziende", "societes"];

/** A share of the customer base ("most of its 1.4 million customers", "fewer than 1% of its users"): not a count of affected people. */
export const PART_OF_BASE = "most|majority|gro(?:ss|s)teils?|minority|some|many|part|portion|fraction|subset|share|small number|handful|percentage|proportion|[\\d.,]+\\s*(?:%|percent|per cent)|la maggior parte|maggioranza|la plupart|majorite|mayoria|mehrheit|grossteil|teil";

/** Staff nouns: "its 90,000 employees" is a headcount, not a count of affected people. */
export const STAFF_UNITS = "employees|staff|workers|team members|mitarbeiter(?:innen)?|beschaftigte|dipendenti|salaries|employes|empleados|trabajadores";

/** A sentence (or the one after it) turns to an earlier, separate incident at the same company ("not the first time…"). */
export const EARLIER_EVENT_CUES = [
  "not the first (?:time|breach|incident|attack)", "pas la premiere", "no es la primera", "non e la prima", "nicht (?:das erste mal|zum ersten mal)",
  "(?:a|an|its) (?:previous|earlier|prior|separate) (?:breach|incident|attack|hack|leak)",
];

/** "Already/previously" in a sentence dated to another year: that figure belongs to the earlier event. */
export const ALREADY_CUES = ["already", "previously", "deja", "ya", "gia", "bereits", "schon", "zuvor"];

/** Verbs and phrases after which a figure is the size of the business, not of the breach ("carried 55 million passengers last year"). */
export const BUSINESS_SIZE_BEFORE = "carried|carries|carry|flew|flies|transported|transports|welcomed|handled|handles|befordert\\w*|transporte|transporto|trasportato";

/** What a count counts (see CountUnit): nouns for records (data items, not people) and for accounts. Anything in PERSON_UNITS, staff and users is people. */
export const RECORD_UNIT_WORDS = "records?|record|rows?|entries|lines|files|data ?sets|datensatze|datensatz|eintrage|registros?|registri|righe|lignes|enregistrements|fichiers|e-?mail(?:-| )?ad(?:d)?ress(?:es|en)?|addresses|adresses|indirizzi|direcciones|(?:card )?payments|transactions|bookings|cards|card numbers|numbers|documents|documenti";
export const ACCOUNT_UNIT_WORDS = "accounts?|account|comptes|cuentas|konten|nutzerkonten|kundenkonten|profiles?|profili|perfiles|profils|logins";
/** People nouns PERSON_UNITS leaves out (it only lists the ones that win a tie between figures). */
export const MORE_PERSON_UNIT_WORDS = "users?|utilisateurs|nutzer(?:innen)?|utenti|usuarios|employees?|staff|workers|dipendenti|mitarbeiter(?:innen)?|mitarbeitende(?:n)?|beschaftigte(?:n)?|employes|salaries|empleados|trabajadores|data subjects|victims?|titulaires|correntisti|titolari|versicherte|assures|assicurati|asegurados|kundinnen|viaggiatori|voyageurs|fl[yi]ers?|persons?|people|menschen";
/** Before a number: "records of 560 million customers" counts records, whoever they are about. */
export const RECORDS_OF_BEFORE = "(?<![a-z])(?:records|rows|entries|datensatze|registros|registri|lignes|enregistrements|files) (?:of|on|for|about|belonging to|de|di|von|zu|sur|des|del)\\s+(?:about |around |roughly |some |nearly |more than |over |up to |circa |environ |etwa |rund |unos |oltre )?$";

/** Before a figure with no unit after it: "the number of affected customers at 1.1 million", "die Zahl der betroffenen Personen auf …". */
export const PEOPLE_TOTAL_BEFORE = "(?:number|total|zahl|anzahl|nombre|numero|cifra)(?: of| der| de| di| des| del)?(?: the)?(?: (?:affected|impacted|betroffenen|afectados|interessati|concernes|touches))? (?:customers|clients|people|persons|individuals|passengers|members|users|guests|personen|kunden|menschen|clienti|persone|personnes|clientes|personas)\\b";

/** Right after a bare figure, these make it a count of affected people ("6 million affected", "5,7 Millionen Betroffene", "2 millions de victimes"). */
export const AFFECTED_AFTER = "affected|impacted|hit|caught up|exposed(?=\\s*(?:$|[.,;:!?]|in\\b|after\\b|by\\b|as\\b))|betroffene[n]?|betroffen|geschadigte|touches|concernes|victimes|colpiti|coinvolti|interessati|afectados|perjudicados|damnificados";
