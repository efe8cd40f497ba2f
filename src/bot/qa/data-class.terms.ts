import type { DataClass } from "../../domain/data-class.js";

/** A way people name a kind of data in a question (English and French), and the data classes it means. */
export interface DataClassTerm {
  label: string;
  pattern: RegExp;
  classes: DataClass[];
}

/** Question words → data classes. One line per synonym group; order = answer order. */
export const DATA_CLASS_TERMS: DataClassTerm[] = [
  { label: "passport data", pattern: /\bpass(e)?ports?\b/i, classes: ["passport"] },
  { label: "government ID numbers", pattern: /\b(national id|id cards?|identity cards?|driver'?s licen[cs]es?|social security|ssn|carte d'identit[ée]|pi[èe]ces? d'identit[ée]|permis de conduire)\b/i, classes: ["government_id"] },
  { label: "payment card data", pattern: /\b(credit|debit|payment|bank|banking)[ -]cards?\b|\bcard (details|numbers?|data)\b|\bcards?\b(?! holder)|\bcvv\b|\bcartes? (bancaires?|de cr[ée]dit|de paiement)\b/i, classes: ["payment_card"] },
  { label: "payment / financial data", pattern: /\b(payment|financial|bank account|iban|paiement|bancaires?|financi[eè]res?)\b/i, classes: ["payment_card", "financial"] },
  { label: "passwords / credentials", pattern: /\b(passwords?|credentials?|logins?|mots? de passe|identifiants?)\b/i, classes: ["password"] },
  { label: "PINs", pattern: /\bpins?\b/i, classes: ["pin"] },
  { label: "dates of birth", pattern: /\b(dates? of birth|dob|birth ?dates?|birthdays?|dates? de naissance)\b/i, classes: ["date_of_birth"] },
  { label: "email addresses", pattern: /\b(e-?mails?|courriels?|adresses? (e-?mail|électronique|electronique))\b/i, classes: ["email"] },
  { label: "postal addresses", pattern: /\b(?<!e-?mail |ip )(home |postal |street |mailing )?address(es)?\b|\badresses?( postales?)?\b(?! (e-?mail|ip|électronique|electronique))/i, classes: ["postal_address"] },
  { label: "phone numbers", pattern: /\b(phones?|telephones?|mobile numbers?|t[ée]l[ée]phones?|num[ée]ros? de (t[ée]l[ée]phone|portable))\b/i, classes: ["phone"] },
  { label: "loyalty / frequent-flyer data", pattern: /\b(frequent[- ]fl(y|i)er|loyalty|points|miles|membership (numbers?|tiers?)|fid[ée]lit[ée])\b/i, classes: ["loyalty_number", "loyalty_tier", "loyalty_balance"] },
  { label: "booking / travel details", pattern: /\b(bookings?|itinerar(y|ies)|reservations?|flight details|travel (details|data|history)|pnrs?|r[ée]servations?|itin[ée]raires?)\b/i, classes: ["travel_details"] },
  { label: "names", pattern: /(?<!the )\b(names?|noms?)\b(?! of| du| de)/i, classes: ["name"] },
  { label: "gender", pattern: /\b(gender|sexe|genre)\b/i, classes: ["gender"] },
  { label: "purchase history", pattern: /\b(purchases?|order history|orders|achats?|commandes?)\b/i, classes: ["purchase_history"] },
  { label: "customer-service cases", pattern: /\b(support (cases?|tickets?)|case notes|tickets?)\b/i, classes: ["support_case"] },
  { label: "IP addresses", pattern: /\bip address(es)?\b|\badresses? ip\b/i, classes: ["ip_address"] },
  { label: "employee data", pattern: /\b(employees?|staff|employ[ée]s?|salari[ée]s?)\b/i, classes: ["employee_data"] },
];

/** The data-class terms a question mentions ("card" → payment card). Drops a general term when a specific one matched the same classes. */
export function termsIn(question: string): DataClassTerm[] {
  const found = DATA_CLASS_TERMS.filter((t) => t.pattern.test(question));
  return found.filter((t) => !found.some((o) => o !== t && o.classes.length < t.classes.length && o.classes.every((c) => t.classes.includes(c))));
}
