import type { Audience } from "../../domain/advice.js";

/** Who is asking "what should we do?". First match wins, so the more specific terms come first. */
export const AUDIENCE_TERMS: { pattern: RegExp; audience: Audience }[] = [
  { pattern: /\b(call[- ]?cent(re|er)s?|contact[- ]cent(re|er)|customer[- ]service|customer[- ]care|front[- ]line|agents|service client|centre d'appels?|conseillers?)\b/i, audience: "customer_service" },
  { pattern: /\b(soc|security team|secops|blue team|incident response|ciso|rssi|[ée]quipe s[ée]curit[ée])\b/i, audience: "security" },
  { pattern: /\b(salesforce|crm|saas|it|sys)[- ]?admins?\b|\badministrat(ors?|eurs?)\b/i, audience: "saas_admin" },
  { pattern: /\b(legal|lawyers?|regulators?|regulatory|gdpr|rgpd|dpo|compliance|privacy team|juridique|conformit[ée])\b/i, audience: "regulatory" },
  { pattern: /\b(vendors?|suppliers?|third[- ]part(y|ies)|procurement|fournisseurs?|prestataires?)\b/i, audience: "third_party_risk" },
  { pattern: /\b(fraud( team)?|anti[- ]fraud|loyalty( team)?|frequent[- ]flyer team|fraude|fid[ée]lit[ée])\b/i, audience: "fraud" },
  { pattern: /\b(customers?|passengers?|members|clients?|passagers?)\b/i, audience: "customers" },
];

export function audienceIn(question: string): Audience | null {
  return AUDIENCE_TERMS.find((t) => t.pattern.test(question))?.audience ?? null;
}
