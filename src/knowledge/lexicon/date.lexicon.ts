/** Month and weekday names in the supported languages (folded), and relative-date words. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8,
  september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  januar: 1, janner: 1, februar: 2, marz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  gennaio: 1, febbraio: 2, marzo: 3, aprile: 4, maggio: 5, giugno: 6, luglio: 7, agosto: 8, settembre: 9, ottobre: 10, dicembre: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  enero: 1, febrero: 2, abril: 4, mayo: 5, junio: 6, julio: 7, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/** 0 = Sunday, as Date#getUTCDay. */
export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6,
  domenica: 0, lunedi: 1, martedi: 2, mercoledi: 3, giovedi: 4, venerdi: 5, sabato: 6,
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  domingo: 0, lunes: 1, martes: 2, miercoles: 3, jueves: 4, viernes: 5, sabado: 6,
};

/** Relative day words and their offset in days from the published date. */
export const RELATIVE_DAYS: Record<string, number> = {
  today: 0, yesterday: -1, "the day before": -1, heute: 0, gestern: -1, oggi: 0, ieri: -1, "aujourd'hui": 0, hier: -1, hoy: 0, ayer: -1,
  "this morning": 0, "earlier today": 0, "this evening": 0, "last night": -1, "questa mattina": 0, stamattina: 0, stamani: 0, "ieri sera": -1,
  "ce matin": 0, "hier soir": -1, "heute morgen": 0, "heute fruh": 0, "gestern abend": -1, "esta manana": 0, anoche: -1,
  "last week": -7, "letzte woche": -7, "vergangene woche": -7, "la settimana scorsa": -7, "la semaine derniere": -7, "la semana pasada": -7,
};

/** Ordinal day suffixes and connectors between day, month and year ("25th", "2.", "1er", "de"). */
export const DAY_SUFFIX = "(?:st|nd|rd|th|er|\\.|º|°)?";

/** Before or after a weekday: the weekday a week back when it is the published day itself ("last Thursday" said on a Thursday). */
export const LAST_WEEKDAY_BEFORE = ["last", "this past", "past", "letzten", "vergangenen", "vorigen", "scorso", "scorsa"];
export const LAST_WEEKDAY_AFTER = ["dernier", "scorso", "scorsa", "pasado", "anterior"];

/** The weekday falls in the previous calendar week: "Thursday of last week", "a week ago, on Wednesday", "mercredi de la semaine derniere". */
export const PREVIOUS_WEEK_BEFORE = ["a week ago,? on", "last week,? on", "vor einer woche,? am", "letzte woche", "vergangene woche", "la semaine derniere,?", "la settimana scorsa,?", "la semana pasada,?"];
export const PREVIOUS_WEEK_AFTER = ["of last week", "(?:a )?week ago", "of the previous week", "der vergangenen woche", "der letzten woche", "de la semaine derniere", "della settimana scorsa", "de la semana pasada"];

/** A day of the month alone, resolved in the published month: "on 29th", "am 29.", "le 29", "il 29", "el 29". */
export const DAY_ONLY = "(?<![a-z0-9])(?:on (?:the )?(\\d{1,2})(?:st|nd|rd|th)(?![a-z0-9])|(?:am|le|il|el) (\\d{1,2})(?:\\.|er|°|º)?(?= [a-z]))";

/** More ways to say the organisation learned of the incident (folded regex sources), beside the shared detection cues. */
export const MORE_DETECTION_CUES = [
  "constat\\w*", "s'est apercu\\w*", "(?:a ete|ont ete) (?:alerte|informe|prevenu)\\w*", "pris connaissance", "s'e accort\\w*", "venut[oa] a conoscenza", "ha individuato",
  "tuvo conocimiento", "se percat\\w*", "(?:fue|fueron) (?:alertad|informad|avisad)\\w*", "kenntnis (?:erlangt|erhalten)", "(?:wurde|wurden) (?:informiert|benachrichtigt|alarmiert)",
  "found (?:out|evidence|signs|suspicious|unusual|unauthori[sz]ed)", "saw (?:suspicious|unusual)", "(?:was|were) tipped off", "was alerted", "got an alert",
  "(?:was|were|had been) (?:first )?(?:notified|informed|told|warned|contacted)(?= (?:on|by|about|that|of|in)\\b)", "received (?:a |an )?(?:notice|notification|warning|report) (?:from|on|that)", "recogni[sz]ed (?:the (?:fact|incident|breach|intrusion|attack|issue)|that)", "became aware",
  "uncovered", "flagged", "observed (?:suspicious|unusual|unauthori[sz]ed|malicious)", "picked up (?:suspicious|unusual)", "learn(?:ed|t) on", "first (?:saw|noticed|spotted|detected)",
  // "Salesloft notified Cloudflare of the compromise on August 23": told by someone else (not customers being told).
  "(?:notified|alerted|informed|warned|told) (?!(?:its |the |all |affected |some |impacted )?(?:customers|clients|passengers|members|users|individuals|people|employees|staff|regulators|authorities|police|investors|shareholders)\\b)(?:[a-z0-9&'.-]+ ){1,3}(?:of|about) (?:the |a |an )?(?:compromise|breach|incident|intrusion|attack|suspicious activity|unauthori[sz]ed|issue|hack)",
  // "confirmed on February 3, 2025, that customer data had been taken": the calendar day the organisation established the theft
  // (pluperfect; "confirmed on Friday that data was stolen" is the statement's day).
  "(?:confirmed|determined|established|concluded)(?= on [a-z]{0,10} ?\\d[^.;]{0,20}?,? that (?:[\\w'&-]+ ){0,6}(?:had been|may have been) (?:acquired|accessed|stolen|taken|exfiltrated|copied|compromised|viewed|obtained|downloaded))",
  // Told by someone else, in other languages ("el proveedor alerto a X", "a alerte X", "ha avvisato X"), but not the victim telling its customers.
  "(?:alert|notific|inform|avis)(?:o|aron) a(?! (?:sus |los |las |la |el |todos los )?(?:clientes|usuarios|afectados|pasajeros|empleados|autoridades|reguladores|miembros|socios|agencia|aepd|autoridad|policia|guardia|fiscalia|incibe|comision|cnmv|sec)\\b)",
  "(?:a|ont) (?:alerte|averti|prevenu)(?! (?:ses |leurs |les |la |le )?(?:clients|usagers|passagers|salaries|autorites|membres|cnil|anssi|police|gendarmerie|parquet)\\b)",
  "(?:ha|hanno) (?:avvisato|allertato|avvertito)(?! (?:i |tutti i |i propri |i suoi )?(?:clienti|passeggeri|utenti|dipendenti|autorita|soci|garante|polizia|procura)\\b)",
  "identifie\\w*", "identific\\w*", "rendue? compte", "si e accort\\w*", "riscontrat\\w*", "accortasi", "se dio cuenta", "advirti[oó]", "constat[oó]", "erfuhr\\w*", "registriert\\w*", "stellte\\w* (?:[\\w.]+ ){0,8}?fest",
];

/** A disruptive attack that struck on a given day ("cancelled flights on Monday after a failure", "ha subito il 28 luglio un guasto"):
 * the organisation knew that day. Used only when no detection cue gives a date. */
export const ATTACK_DAY_CUES = [
  "(?:was|were|been|got) (?:hit|struck|paralys\\w*|paralyz\\w*|crippled|disrupted|knocked offline)", "suffered (?:a|an)", "cancel\\w* (?:\\w+ ){0,3}flights", "cancellat\\w* (?:\\w+ ){0,3}voli", "annul\\w* (?:\\w+ ){0,3}vols", "cancel\\w* (?:\\w+ ){0,3}vuelos", "grounded (?:\\w+ ){0,3}flights",
  "ha subito", "(?:e stat[oa]|sono stati) (?:colpit|paralizzat)\\w*", "a subi", "a ete (?:frappee?|paralysee?|visee?)", "sufri[oó] (?:un|una)", "(?:fue|ha sido) (?:atacad|paralizad|golpead)[oa]",
  "(?:wurde|wurden) (?:\\w+ )?(?:getroffen|angegriffen|lahmgelegt)", "erlitt",
];

/** Detection by someone else (researchers who found an exposed database): not the organisation's own detection date. */
export const THIRD_PARTY_FINDERS = [
  "researchers?", "the (?:research )?team", "security (?:firm|company|researchers?|experts?)", "analysts?", "journalists?", "reporters?", "ethical hackers?", "white[- ]hat",
  "forscher\\w*", "sicherheitsforscher\\w*", "chercheurs?", "ricercator[ie]", "investigadores",
];
