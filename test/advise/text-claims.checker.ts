import type { RecommendedAction } from "../../src/domain/advice.js";
import type { DataClass } from "../../src/domain/data-class.js";
import type { Incident } from "../../src/domain/incident.js";

/**
 * An independent, text-level checker: reads what an action's words claim and compares it with
 * the incident's facts. It deliberately does not use the rule table's declarations.
 */

/** How each class shows up in text (lower case). */
const CLASS_PATTERNS: Partial<Record<DataClass, RegExp>> = {
  name: /\bnames\b/,
  email: /email address/,
  phone: /phone number/,
  postal_address: /postal address/,
  date_of_birth: /dates? of birth/,
  gender: /\bgender\b/,
  loyalty_number: /frequent-flyer number|loyalty number|loyalty \/ frequent-flyer|membership number/,
  loyalty_tier: /loyalty tier|tier status/,
  loyalty_balance: /\bbalances?\b/,
  support_case: /customer-service case|support case/,
  travel_details: /travel \/ booking|booking details|itinerar/,
  purchase_history: /purchase history|order history/,
  passport: /passport/,
  government_id: /government id|national id/,
  payment_card: /\bcards?\b|reissue/,
  financial: /financial|bank account|bank data|bank detail/,
  password: /password/,
  pin: /\bpins?\b/,
  ip_address: /ip address/,
  employee_data: /employee data/,
  other: /other data/,
};

/** Canonical phrases that list classes, and which fact list the classes must belong to. */
const LIST_PHRASES: { re: RegExp; must: "notExposed" | "unstated" }[] = [
  { re: /the company stated these were not taken: ([^.;)]+)/g, must: "notExposed" },
  { re: /stated as not exposed: ([^.;)]+)/g, must: "notExposed" },
  { re: /the company has not said whether these were taken: ([^.;)]+)/g, must: "unstated" },
  { re: /not stated either way: ([^.;)]+)/g, must: "unstated" },
];

const CREDENTIAL_VECTORS = new Set(["stolen_credentials", "credential_stuffing"]);

/** Vendor mentions (lower case) → the vendor names that justify them. */
export const VENDOR_MENTIONS: { re: RegExp; vendor: string }[] = [
  { re: /salesforce|data loader/, vendor: "salesforce" },
  { re: /salesloft|\bdrift\b/, vendor: "salesloft_drift" },
  { re: /snowflake/, vendor: "snowflake" },
  { re: /zendesk/, vendor: "zendesk" },
  { re: /servicenow/, vendor: "servicenow" },
  { re: /\bokta\b/, vendor: "okta" },
  { re: /moveit/, vendor: "moveit" },
  { re: /\bcleo\b/, vendor: "cleo" },
  { re: /goanywhere/, vendor: "goanywhere" },
  { re: /\bsita\b/, vendor: "sita" },
  { re: /amadeus/, vendor: "amadeus" },
  { re: /hubspot/, vendor: "hubspot" },
  { re: /gainsight/, vendor: "gainsight" },
];
/** A vendor breach may legitimately name the platform it plugs into. */
const RELATED: Record<string, string[]> = { salesloft_drift: ["salesforce"] };

export function classesIn(segment: string): DataClass[] {
  return (Object.entries(CLASS_PATTERNS) as [DataClass, RegExp][]).filter(([, re]) => re.test(segment)).map(([c]) => c);
}

/** Problems with one action's text and reason, given the incident and the test's own vendor id for it. */
export function claimProblems(incident: Incident, vendorId: string | null, action: RecommendedAction): string[] {
  const problems: string[] = [];
  const exposed = new Set(incident.exposed);
  const notExposed = new Set(incident.notExposed);
  let rest = `${action.text} || ${action.reason}`.toLowerCase();
  for (const { re, must } of LIST_PHRASES) {
    rest = rest.replace(re, (_m, list: string) => {
      const found = classesIn(list);
      if (found.length === 0) problems.push(`empty class list in "${list}"`);
      for (const c of found) {
        const okay = must === "notExposed" ? notExposed.has(c) : !exposed.has(c) && !notExposed.has(c);
        if (!okay) problems.push(`${c} listed as ${must} but is not`);
      }
      return " ";
    });
  }
  for (const c of classesIn(rest)) {
    const credentialVector = c === "password" && incident.vector !== null && CREDENTIAL_VECTORS.has(incident.vector);
    if (!exposed.has(c) && !credentialVector) problems.push(`mentions ${c} outside a not-taken statement but it is not exposed`);
  }
  if (/\bsafe\b/.test(rest) && !/do not tell [^.]*safe/.test(rest)) problems.push("calls data safe");
  for (const { re, vendor } of VENDOR_MENTIONS) {
    if (!re.test(rest)) continue;
    const allowed = vendorId === vendor || (vendorId !== null && (RELATED[vendorId] ?? []).includes(vendor));
    if (!allowed) problems.push(`names vendor ${vendor} but the incident's vendor is ${vendorId ?? "unknown"}`);
  }
  return problems;
}
