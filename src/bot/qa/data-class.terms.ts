import type { DataClass } from "../../domain/data-class.js";
import type { AnswerLanguage } from "../../domain/stance-wording.js";

/**
 * A way people name a kind of data (EN, FR, DE, ES, IT), the data classes it means, and how the
 * answer names it in each language. Patterns run on folded text (lower case, no accents).
 */
export interface DataClassTerm {
  label: string;
  pattern: RegExp;
  classes: DataClass[];
  labels: Record<Exclude<AnswerLanguage, "en">, string>;
}

const t = (label: string, pattern: RegExp, classes: DataClass[], labels: DataClassTerm["labels"]): DataClassTerm => ({ label, pattern, classes, labels });

/** Question words → data classes. One line per synonym group; order = answer order. */
export const DATA_CLASS_TERMS: DataClassTerm[] = [
  t("passport data", /\bpass(e)?ports?\b|\breisepass(e|es)?\b|\bpasaportes?\b|\bpassaport[oi]\b/i, ["passport"],
    { fr: "les données de passeport", de: "Reisepassdaten", es: "los datos de pasaporte", it: "i dati del passaporto" }),
  t("government ID numbers", /\b(national id|id cards?|identity cards?|driver'?s licen[cs]es?|driving licen[cs]es?|social security|ssns?|carte d'identite|pieces? d'identite|permis de conduire|personalausweis\w*|fuhrerschein\w*|sozialversicherungsnummer\w*|dni|documentos? de identidad|carnet de conducir|numeros? de la seguridad social|carta d'identita|codice fiscale|patente di guida|documenti d'identita)\b/i, ["government_id"],
    { fr: "les numéros d'identité (carte d'identité, permis)", de: "Ausweisnummern (Personalausweis, Führerschein)", es: "los números de identidad (DNI, carnet de conducir)", it: "i numeri d'identità (carta d'identità, patente)" }),
  t("payment card data", /\b(credit|debit|payment|bank|banking)[ -]cards?\b|\bcard (details|numbers?|data)\b|\bcards?\b(?! holder)|\bcvv\b|\bcartes? (bancaires?|de credit|de paiement)\b|\b(kredit|bank|zahlungs)karten?\w*\b|\btarjetas?( de credito| bancarias?)?\b|\bcarte di credito\b|\bcarta di credito\b/i, ["payment_card"],
    { fr: "les données de carte bancaire", de: "Zahlungskartendaten", es: "los datos de tarjetas de pago", it: "i dati delle carte di pagamento" }),
  t("payment / financial data", /\b(payment|financial|bank account|iban|paiement|bancaires?|financieres?|bankdaten|bankverbindung\w*|kontodaten|datos bancarios|cuentas? bancarias?|dati bancari|conti? corrent[ei])\b/i, ["payment_card", "financial"],
    { fr: "les données bancaires ou de paiement", de: "Bank- oder Zahlungsdaten", es: "los datos bancarios o de pago", it: "i dati bancari o di pagamento" }),
  t("passwords / credentials", /\b(passwords?|credentials?|logins?|mots? de passe|identifiants?|passworter|passwort|kennworter|kennwort|zugangsdaten|contrasenas?|credenciales|password|credenziali)\b/i, ["password"],
    { fr: "les mots de passe ou identifiants", de: "Passwörter oder Zugangsdaten", es: "las contraseñas o credenciales", it: "le password o credenziali" }),
  t("PINs", /\bpins?\b|\bcodes? pin\b/i, ["pin"], { fr: "les codes PIN", de: "PINs", es: "los PIN", it: "i PIN" }),
  t("dates of birth", /\b(dates? of birth|dob|birth ?dates?|birthdays?|dates? de naissance|geburtsdat(um|en)|fechas? de nacimiento|date di nascita|data di nascita)\b/i, ["date_of_birth"],
    { fr: "les dates de naissance", de: "Geburtsdaten", es: "las fechas de nacimiento", it: "le date di nascita" }),
  t("email addresses", /\b(e-?mails?|courriels?|adresses? (e-?mail|electronique)|e-?mail-?adressen|correos?( electronicos?)?|indirizzi e-?mail|posta elettronica)\b/i, ["email"],
    { fr: "les adresses e-mail", de: "E-Mail-Adressen", es: "las direcciones de e-mail", it: "gli indirizzi e-mail" }),
  t("postal addresses", /\b(?<!e-?mail |ip )(home |postal |street |mailing )?address(es)?\b|\badresses?( postales?)?\b(?! (e-?mail|ip|electronique))|\b(post)?anschrift(en)?\b|\bwohnadressen?\b|\bdirecciones?( postales?)?\b(?! de (correo|e-?mail))|\bindirizzi( postali)?\b(?! e-?mail)/i, ["postal_address"],
    { fr: "les adresses postales", de: "Postanschriften", es: "las direcciones postales", it: "gli indirizzi postali" }),
  t("phone numbers", /\b(phones?|telephones?|mobile numbers?|numeros? de (telephone|portable)|telefonnummern?|handynummern?|numeros? de telefono|telefonos?|numeri di telefono|telefoni)\b/i, ["phone"],
    { fr: "les numéros de téléphone", de: "Telefonnummern", es: "los números de teléfono", it: "i numeri di telefono" }),
  t("loyalty / frequent-flyer data", /\b(frequent[- ]fl(y|i)er|loyalty|points|miles|membership (numbers?|tiers?)|fidelite|vielflieger\w*|bonusprogramm\w*|meilen|fidelizacion|viajero frecuente|millas|fedelta|punti)\b/i, ["loyalty_number", "loyalty_tier", "loyalty_balance"],
    { fr: "les données de fidélité", de: "Vielflieger- oder Bonusdaten", es: "los datos de fidelización", it: "i dati fedeltà" }),
  t("booking / travel details", /\b(bookings?|itinerar(y|ies)|reservations?|flight details|travel (details|data|history)|pnrs?|itineraires?|buchung\w*|reisedaten|flugdaten|reservas?|itinerarios?|prenotazion[ei]|itinerari)\b/i, ["travel_details"],
    { fr: "les informations de réservation ou de voyage", de: "Buchungs- oder Reisedaten", es: "los datos de reserva o de viaje", it: "i dati di prenotazione o di viaggio" }),
  t("names", /(?<!the )\b(names?|noms?|namen|nombres?|nomi)\b(?! of| du| de| der| von| di| del)/i, ["name"],
    { fr: "les noms", de: "Namen", es: "los nombres", it: "i nomi" }),
  t("gender", /\b(gender|sexe|genre|geschlecht|sexo|genero|sesso)\b/i, ["gender"], { fr: "le sexe", de: "das Geschlecht", es: "el sexo", it: "il sesso" }),
  t("purchase history", /\b(purchases?|order history|orders|achats?|commandes?|einkaufe|bestellungen|bestellhistorie|compras|pedidos|acquisti|ordini)\b/i, ["purchase_history"],
    { fr: "l'historique d'achats", de: "die Kaufhistorie", es: "el historial de compras", it: "lo storico degli acquisti" }),
  t("customer-service cases", /\b(support (cases?|tickets?)|case notes|tickets?|customer service records|dossiers du service client|service client|kundendienst\w*|supportfalle|atencion al cliente|servizio clienti)\b/i, ["support_case"],
    { fr: "les dossiers du service client", de: "Kundendienstfälle", es: "los casos de atención al cliente", it: "le pratiche del servizio clienti" }),
  t("IP addresses", /\bip address(es)?\b|\badresses? ip\b|\bip-adressen\b|\bdirecciones ip\b|\bindirizzi ip\b/i, ["ip_address"],
    { fr: "les adresses IP", de: "IP-Adressen", es: "las direcciones IP", it: "gli indirizzi IP" }),
  t("employee data", /\b(employees?|staff|employes?|salaries?|mitarbeiter\w*|beschaftigte\w*|empleados?|trabajadores|dipendenti|personale)\b/i, ["employee_data"],
    { fr: "les données d'employés", de: "Mitarbeiterdaten", es: "los datos de empleados", it: "i dati dei dipendenti" }),
];

/** The data-class terms a folded question mentions ("card" → payment card). Drops a general term when a specific one matched the same classes. */
export function termsIn(question: string): DataClassTerm[] {
  const found = DATA_CLASS_TERMS.filter((t) => t.pattern.test(question));
  return found.filter((t) => !found.some((o) => o !== t && o.classes.length < t.classes.length && o.classes.every((c) => t.classes.includes(c))));
}

/** How the answer names a term in a language. */
export const termLabel = (term: DataClassTerm, lang: AnswerLanguage): string => (lang === "en" ? term.label : term.labels[lang]);
