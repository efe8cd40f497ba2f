import type { DataClass } from "../../domain/data-class.js";
import type { Sector } from "../../domain/incident.js";

/**
 * Data-class terms, all languages. `pattern` is a regex source matched on folded text
 * (lower case, no accents, ASCII quotes/dashes) with word boundaries. The longest term wins
 * at a position, so an entry with `classes: []` absorbs look-alikes ("credential stuffing").
 * `bySector` overrides `classes` for the victim's sector ("transactions" at a retailer = purchases).
 */
export interface DataClassTerm {
  pattern: string;
  classes: DataClass[];
  bySector?: Partial<Record<Sector, DataClass[]>>;
}

const t = (pattern: string, ...classes: DataClass[]): DataClassTerm => ({ pattern, classes });

const PROGRAMMES = "flying blue|lotusmiles|avios|skywards|velocity|krisflyer|miles ?& ?more|aadvantage|mileageplus|skymiles|asia miles|aeroplan|executive club|marco polo club|etihad guest|privilege club|royal orchid plus|rewards?|loyalty|membership|member|frequent fl[yi]er|vielflieger|fidelite|fedelta|fidelizacion|club";

export const DATA_CLASS_TERMS: DataClassTerm[] = [
  // absorbers: look like data classes but are not
  t("(?:stolen|stealing|steal|harvested|compromised|phished|valid|using|used|with) (?:the )?(?:login |employee |account |vpn )?credentials|(?:login )?credentials (?:stolen|harvested|tied|of|belonging|from|taken from)|password resets?|(?:protected|secured) (?:only )?(?:by|with) a (?:single )?password|email and password pairs|credential[- ]stuffing|credit monitoring|identity (?:theft|fraud|protection|monitoring)|phone (?:calls?|scams?)|email[- ]password combinations?|financial (?:professionals?|advis[eo]rs?|planners?|fraud|loss|losses|crime|sanctions?|penalt(?:y|ies)|impact|year|institutions?|services|times|results|gain|terms|firm|sector|regulators?|motivat\\w*)|financially|in the name of|(?:brand|domain|user) names?|names? (?:of|and shame)|credit (?:rating|union)|card payments? (?:terminals?|systems?|outage)"),
  // combined forms
  t("e-?mail (?:and|&|or|et|e|y|und) (?:postal|mailing|home|physical|residential|street|postali|postales|postaux)(?: addresses)?", "email", "postal_address"),
  t("(?:home|postal|mailing|physical|residential|street) (?:and|&|or) e-?mail addresses", "postal_address", "email"),
  t("indirizzi (?:e-?mail|di posta elettronica) e (?:postali|di residenza)", "email", "postal_address"),
  t("(?:customer and )?employee(?:s'?)? (?:and customer )?(?:personal )?(?:data|information|details|records|files)|staff (?:data|information|details|records)|(?:current|former) (?:and (?:some )?former )?(?:employees|staff)|(?:personal )?(?:information|data|details|records) (?:of|on|about|belonging to) (?:its |the company's |some |current |former )*(?:employees|staff|workers)|hr (?:data|records)|payroll(?: data)?|mitarbeiterdaten|dati (?:dei|del) (?:dipendenti|personale)|donnees (?:des|de) (?:employes|salaries|collaborateurs)|datos de (?:los )?empleados", "employee_data"),
  // identity
  t("names,? (?:and )?numbers", "name", "phone"),
  t("(?:full |first |last |family |customer |customers'? |passenger |client |clients'? |user |real )?names?(?: and (?:surnames?|family names?))?|first and (?:last|family) names|surnames?|namen|vor- und nachnamen?|nomi|nome e cognome|cognomi|noms?(?: et prenoms?)?|prenoms?|nombres?(?: y apellidos)?|apellidos", "name"),
  t("e-?mails?(?: address(?:es)?)?|e-?mail-adressen?|mail addresses|indirizz[oi] (?:e-?mail|di posta elettronica)|(?:adresses?|courriels?) (?:e-?mail|electroniques?|mail)|adresses? de courriel|courriels?|correos? electronicos?|direcciones? de correo(?: electronico)?", "email"),
  t("(?:tele|mobile |cell |cellphone |home )?phone(?: numbers?)?(?! calls?)|mobile numbers?|telefonnummern?|handynummern?|rufnummern?|numeri di (?:telefono|cellulare)|numero di telefono|numeros? de (?:telephone|portable|telefono|movil)|telefonos?", "phone"),
  t("contact (?:details|information|info|data)|kontaktdaten|kontaktinformationen|dati di contatto|recapiti|coordonnees(?! bancaires)|donnees de contact|datos de contacto", "email", "phone"),
  t("(?:postal|mailing|home|physical|residential|street|billing|shipping|delivery) address(?:es)?|addresses|anschriften?|postanschriften?|adressen|wohnadressen?|indirizz[oi](?: postal[ei]| di residenza)?|adresses?(?: postales?)?|direcciones?(?: postales?)?|domicilios?", "postal_address"),
  t("dates? of birth|birth ?dates?|birthdays?|dob|geburtsdat(?:en|um)|date di nascita|data di nascita|dates? de naissance|fechas? de nacimiento", "date_of_birth"),
  t("gender|genders|geschlecht|sesso|sexe|genero", "gender"),
  t("ip address(?:es)?|ip-adressen?|indirizzi ip|adresses? ip|direcciones? ip", "ip_address"),
  // loyalty
  t(`(?:${PROGRAMMES})(?: loyalty)?(?: program(?:me)?| card| account)?(?: id| membership)? (?:numbers?|ids?|nos?\\.?)|frequent fl[yi]er (?:data|details|information)|member ids?|membership (?:ids?|numbers?)|vielfliegernummern?|numer[oi] (?:di )?(?:fedelta|socio|tessera)|numeros? de (?:fidelite|membre|adherent|socio|viajero frecuente)`, "loyalty_number"),
  t(`tier(?: levels?| status(?:es)?)?|(?:${PROGRAMMES}) (?:tiers?|status(?:es)?|levels?)|status levels?|statut de fidelite|livello (?:fedelta|di fedelta)|statusstufe`, "loyalty_tier"),
  t(`(?:miles|mileage|points?|avios|rewards?|loyalty) balances?|balances? of (?:[a-z]+ ){0,3}?(?:miles|points|avios)|(?:${PROGRAMMES}) (?:miles|points)|miles balances?|meilenstand|meilenkonto|saldo (?:punti|miglia|de millas|de puntos)|solde (?:de )?(?:miles|points)`, "loyalty_balance"),
  { pattern: "account balances?|balances", classes: ["financial"], bySector: { airline: ["loyalty_balance"], retail: ["loyalty_balance"] } },
  // service and travel
  t("subject lines?(?: of [a-z -]{0,40}?e-?mails?)?|service (?:notes|tickets|histor(?:y|ies))|(?:customer service|support) (?:exchanges|interactions|histor(?:y|ies)|conversations|messages|tickets|cases|requests)|(?:historical )?exchanges with (?:the )?customer service|(?:support|help ?desk) tickets?|complaints?|(?:accommodation|special[- ]service|special assistance) requests?|case notes|echanges avec le service client|reclami|beschwerden|reclamaciones|quejas", "support_case"),
  t("travel (?:details|history|information|itinerar(?:y|ies)|records|plans|data|bookings?)|(?:other )?related travel information|previous travel information|itinerar(?:y|ies)|ticket (?:details|information|info|numbers?|data)|booking (?:details|information|references?|data|records?|history)|reservation (?:details|information|data|codes?|numbers?)|flight (?:details|information|history|bookings?)|pnrs?|trip details|reisedaten|buchungsdaten|reiseverlauf|dati di viaggio|prenotazioni|itinerari|itineraires?|donnees de voyage|itinerarios?|datos de viaje", "travel_details"),
  t("(?:purchase|order|shopping|buying|transaction) (?:history|histories|details|data|records)|purchases|(?:total )?amounts? (?:each |the )?(?:customers? )?spent|(?:total |customer )?spend(?:ing)?(?: history| data| amounts?)?|kaufhistori(?:e|en)|bestellhistorie|einkaufsdaten|cronologia (?:degli )?acquisti|storico (?:degli )?acquisti|historique (?:d'achats?|des (?:achats|commandes))|historial de compras|importo (?:complessivo )?speso|montant (?:total )?depense|gasto total", "purchase_history"),
  { pattern: "transactions?(?: information| details| data| history)?", classes: ["financial"], bySector: { retail: ["purchase_history"] } },
  // documents
  t("passports?(?: numbers?| details| information| data)?|travel documents?(?: information| details)?|reisepass(?:nummern?|daten)?|passaport[oi]|passeports?|pasaportes?", "passport"),
  t("government identification(?: numbers?)?|identification numbers?|(?:last (?:four|4) digits of )?social security numbers?|ssns?|national (?:id|identity|insurance)(?: numbers?| cards?)?|(?:hk |hong kong )?identity card(?: numbers?)?|id cards?|identity documents?|driver'?s'? licen[cs]es?(?: numbers?)?|driving licen[cs]es?|government[- ]issued ids?|government ids?|tax (?:ids?|file numbers?)|personalausweis(?:nummern?)?|ausweis(?:daten|nummern?)?|carta d'identita|codice fiscale|cartes? d'identite|numero de securite sociale|dni|documentos? de identidad", "government_id"),
  // money
  t("(?:credit|debit|payment|bank) cards?(?: numbers?| details| data| information| info)?|(?:card|card payment) (?:numbers?|details|data|information)|card information|payment (?:details|data|information|info|methods?)|cvv(?:/cvc)?(?: numbers?| codes?)?|cvc(?: numbers?)?|card security codes?|expiration dates?|expiry dates?|kreditkarte(?:n|ndaten|nnummern?)?|zahlungsdaten|zahlungsinformationen|carte di (?:credito|pagamento|debito)|dati (?:di pagamento|delle carte)|cartes? (?:bancaires?|de credit|de paiement)|donnees? de paiement|tarjetas? de (?:credito|debito|pago)|datos de pago", "payment_card"),
  t("financial(?: information| data| details| records| info)|financial(?=,| or | and |/| nor )|bank(?:ing)? (?:details|account(?: details| numbers?)?s?|information|data|transactions)|bank(?= (?:or|and|,) )|bank-(?= )|iban(?:s| numbers?)?|credit (?:information|data|histor(?:y|ies)|reports?|scores?)|sort codes?|routing numbers?|bankdaten|finanzdaten|bankverbindung(?:en)?|kontodaten|kontonummern?|dati (?:bancari|finanziari)|coordinate bancarie|informazioni finanziarie|donnees? (?:bancaires?|financieres?)|coordonnees bancaires|informations? (?:bancaires?|financieres?)|datos? (?:bancarios?|financieros?)|dato (?:bancario|finanziario)|informacion financiera|cuentas? bancarias?", "financial"),
  t("(?:hashed |account |email(?: account)? |internet banking |banking )?passwords?(?: data| hashes)?|passcodes?|(?:login|log in|log-in|access|account|sign-in) (?:details|credentials|information|data)|(?:account )?credentials|authentication data|passworter|kennworter?|zugangsdaten|anmeldedaten|credenziali|mots? de passe|identifiants|contrasenas?|credenciales", "password"),
  t("pins?(?: numbers?| codes?)?", "pin"),
  // other
  t("nationalit(?:y|ies)|countr(?:y|ies) of (?:residence|origin)|organi[sz]ation names?|company names?|(?:[a-z]+ assigned )?user ids?|customer ids?|usernames?|user names|(?:account[- ]related )?metadata|(?:shopping |language |marketing )?preferences|marketing (?:or loyalty )?(?:labels|data)|loyalty labels|locations?|job titles?|account creation dates?|nationalite|nazionalita|staatsangehorigkeit|nacionalidad|preferenze(?: di shopping)?|praferenzen|preferencias", "other"),
];
