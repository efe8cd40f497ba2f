import type { ActionRule } from "../action-rule.js";
import { clean, type AdviceFacts } from "../advice.facts.js";
import { stanceNote, stanceSuffix } from "../phrases.js";
import { GDPR_COUNTRIES, REGULATOR_COUNTRY } from "../jurisdiction.table.js";

const NOTE = "Reminder, not legal advice:";
/** Regulators named on the incident that belong to the rule's jurisdiction (untrusted text, cleaned). */
function named(f: AdviceFacts, inScope: (country: string | undefined) => boolean): string {
  const names = f.regulators.filter((r) => inScope(REGULATOR_COUNTRY[r.toLowerCase().trim()])).slice(0, 4);
  return names.length > 0 ? ` Regulators mentioned in reports: ${names.map((r) => `${clean(r, 60)}${stanceSuffix(f.stance("regulators", r))}`).join(", ")}.` : "";
}
const inGdpr = (c: string | undefined): boolean => c !== undefined && GDPR_COUNTRIES.has(c);
const is = (code: string) => (c: string | undefined): boolean => c === code;
const jurisdiction = (f: AdviceFacts): string => `jurisdiction: ${[...f.countries].sort().join(", ")}`;
/** The detection date, said as the victim's own word only when it confirmed it. */
function detected(f: AdviceFacts): string {
  const date = f.incident.detectedAt;
  if (!date) return "";
  const note = stanceNote(f.stance("detected"));
  return note ? ` The incident was detected on ${date} (${note}).` : ` ${f.victim} reports detecting the incident on ${date}.`;
}

/** Regulatory reminders: name the rule and its clock; never legal advice. */
export const REGULATORY_RULES: readonly ActionRule[] = [
  { id: "regulatory.gdpr-art33", audience: "regulatory", priority: "now", when: { gdprArea: true },
    text: (f) => `${NOTE} under the GDPR (Art. 33) a controller notifies its supervisory authority within 72 hours of becoming aware of a personal-data breach, and (Art. 34) tells the people affected without undue delay when the risk to them is high; a processor must tell the controller without undue delay.${detected(f)}${named(f, inGdpr)}`,
    reason: jurisdiction,
    examples: { fires: { incident: { regulators: ["CNIL"] } }, silent: { incident: { regulators: ["OAIC"] } } } },
  { id: "regulatory.uk-gdpr", audience: "regulatory", priority: "now", when: { countryIn: ["GB"] },
    text: (f) => `${NOTE} under the UK GDPR, report a notifiable personal-data breach to the ICO within 72 hours of becoming aware of it, and tell affected people without undue delay when the risk is high.${detected(f)}${named(f, is("GB"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: {}, country: "GB" }, silent: { incident: {}, country: "FR" } } },
  { id: "regulatory.au-ndb", audience: "regulatory", priority: "now", when: { countryIn: ["AU"] },
    text: (f) => `${NOTE} under Australia's Notifiable Data Breaches scheme, assess a suspected eligible data breach within 30 days, and notify the OAIC and affected individuals as soon as practicable once it is eligible.${detected(f)}${named(f, is("AU"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: { victims: ["Qantas"] } }, silent: { incident: { victims: ["WestJet"] } } } },
  { id: "regulatory.ca-pipeda", audience: "regulatory", priority: "now", when: { countryIn: ["CA"] },
    text: (f) => `${NOTE} under PIPEDA, report breaches of security safeguards that create a real risk of significant harm to the Office of the Privacy Commissioner of Canada (OPC) as soon as feasible, notify affected individuals, and keep a record of every breach for 24 months.${detected(f)}${named(f, is("CA"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: { victims: ["WestJet"] } }, silent: { incident: { victims: ["Qantas"] } } } },
  { id: "regulatory.us-sec-8k", audience: "regulatory", priority: "soon", when: { countryIn: ["US"] },
    text: (f) => `${NOTE} a US-listed company files a Form 8-K under Item 1.05 within four business days of determining that a cybersecurity incident is material.${named(f, is("US"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: { regulators: ["SEC"] } }, silent: { incident: { regulators: ["ICO"] } } } },
  { id: "regulatory.us-state-breach-laws", audience: "regulatory", priority: "soon", when: { anyOf: [{ countryIn: ["US"] }, { stateAgNamed: true }] },
    text: (f) => `${NOTE} every US state has a breach-notification law; deadlines and content differ by state, and several require notice to the state attorney general (e.g. Maine) when their residents are affected.${named(f, is("US"))}`,
    reason: (f) => (f.stateAgNamed ? `state attorney general named: ${f.regulators.slice(0, 4).map((r) => `${clean(r, 60)}${stanceSuffix(f.stance("regulators", r))}`).join(", ")}` : jurisdiction(f)),
    examples: { fires: { incident: { regulators: ["Maine AG"] } }, silent: { incident: { regulators: ["CNIL"] } } } },
  { id: "regulatory.sg-pdpa", audience: "regulatory", priority: "now", when: { countryIn: ["SG"] },
    text: (f) => `${NOTE} under Singapore's PDPA, notify the PDPC within 3 calendar days of assessing that a breach is notifiable (assessment within 30 days of becoming aware), and affected individuals where required.${named(f, is("SG"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: {}, country: "SG" }, silent: { incident: {}, country: "AU" } } },
  { id: "regulatory.nz-privacy-act", audience: "regulatory", priority: "now", when: { countryIn: ["NZ"] },
    text: (f) => `${NOTE} under New Zealand's Privacy Act 2020, notify the Privacy Commissioner and affected people of a notifiable privacy breach as soon as practicable.${named(f, is("NZ"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: {}, country: "NZ" }, silent: { incident: {}, country: "AU" } } },
  { id: "regulatory.check-applicable-laws", audience: "regulatory", priority: "later", when: { jurisdictionKnown: false, exposedEmpty: false },
    text: (f) => `${NOTE} no jurisdiction is known for ${f.victim}; if personal data of your customers or staff is involved, check the breach-notification rules of every country where they live — several run from the moment you become aware.`,
    reason: () => "personal data exposed, jurisdiction unknown",
    examples: { fires: { incident: { exposed: ["email"] } }, silent: { incident: { exposed: ["email"] }, country: "GB" } } },
];
