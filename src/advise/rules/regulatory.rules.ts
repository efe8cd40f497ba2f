import type { ActionRule } from "../action-rule.js";
import { clean, type AdviceFacts } from "../advice.facts.js";
import { stanceNote, stanceSuffix, platformOf } from "../phrases.js";
import { GDPR_COUNTRIES, isRegulator, regulatorCountry } from "../jurisdiction.table.js";

const NOTE = "Reminder, not legal advice:";
const HOUR = 3_600_000;

/** Regulators named on the incident that belong to the rule's jurisdiction (untrusted text, cleaned). Police and agencies are not regulators. */
function named(f: AdviceFacts, inScope: (country: string | null) => boolean): string {
  const names = f.regulators.filter((r) => isRegulator(r) && inScope(regulatorCountry(r))).slice(0, 4);
  return names.length > 0 ? ` Regulators mentioned in reports: ${names.map((r) => `${clean(r, 60)}${stanceSuffix(f.stance("regulators", r))}`).join(", ")}.` : "";
}
const inGdpr = (c: string | null): boolean => c !== null && GDPR_COUNTRIES.has(c);
const is = (code: string) => (c: string | null): boolean => c === code;
const jurisdiction = (f: AdviceFacts): string => `jurisdiction: ${[...f.countries].sort().join(", ")}`;

/** The date the clock runs from: detection (awareness), else disclosure; with its stance. */
function clockStart(f: AdviceFacts): { date: string; what: string; note: string } | null {
  const i = f.incident;
  if (i.detectedAt) return { date: i.detectedAt, what: "detection", note: stanceNote(f.stance("detected")) };
  if (i.disclosedAt) return { date: i.disclosedAt, what: "disclosure", note: stanceNote(f.stance("disclosed")) };
  return null;
}

/**
 * "The 72-hour clock from detection (2025-06-30) ends 2025-07-03 00:00 UTC: 5 hours left." Hours are shown only when
 * the caller gives the time (options.now); the start date carries its stance when the victim did not confirm it.
 */
export function clockPhrase(f: AdviceFacts, hours: number): string {
  if (lastClock.f === f && lastClock.hours === hours) return lastClock.text;
  const text = clockText(f, hours);
  lastClock = { f, hours, text };
  return text;
}
/** One-entry memo: several reminders of one advise() call share a clock. */
let lastClock: { f: AdviceFacts | null; hours: number; text: string } = { f: null, hours: 0, text: "" };

function clockText(f: AdviceFacts, hours: number): string {
  const start = clockStart(f);
  if (!start) return " No detection or disclosure date is known yet: the clock runs from when you became aware.";
  const end = clockEnd(start.date, hours);
  const endText = end.text;
  const from = `${start.what} (${start.date}${start.note ? `; ${start.note}` : ""})`;
  let left = "";
  if (f.now) {
    const h = Math.round((end.ms - f.now.getTime()) / HOUR);
    left = h >= 0 ? `: ${h} hours left` : `: passed ${-h} hours ago`;
  }
  return ` Counting from the ${from}, the ${hours}-hour clock ends ${endText}${left}; it really runs from when you became aware, if earlier.`;
}

const ENDS = new Map<string, { ms: number; text: string }>();
/** When a clock of `hours` from a date ends (memoised: dates repeat across incidents). */
function clockEnd(date: string, hours: number): { ms: number; text: string } {
  const key = `${date}|${hours}`;
  let end = ENDS.get(key);
  if (!end) {
    const ms = Date.parse(`${date}T00:00:00Z`) + hours * HOUR;
    end = { ms, text: `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC` };
    if (ENDS.size < 5000) ENDS.set(key, end);
  }
  return end;
}

/** The detection date, said as the victim's own word only when it confirmed it. */
function detected(f: AdviceFacts): string {
  const date = f.incident.detectedAt;
  if (!date) return "";
  const note = stanceNote(f.stance("detected"));
  return note ? ` The incident was detected on ${date} (${note}).` : ` ${f.victim} reports detecting the incident on ${date}.`;
}

/**
 * Regulatory reminders: name the rule and its clock; never legal advice. The victim's duties carry the victim lens
 * (a reader who is not the victim never gets them); a reader on the same platform gets their own clock as a controller.
 */
export const REGULATORY_RULES: readonly ActionRule[] = [
  { id: "regulatory.gdpr-art33", audience: "regulatory", priority: "now", when: { gdprArea: true }, playbooks: ["gdpr"],
    text: (f) => `${NOTE} under the GDPR (Art. 33) a controller notifies its supervisory authority within 72 hours of becoming aware of a personal-data breach, and (Art. 34) tells the people affected without undue delay when the risk to them is high; a processor must tell the controller without undue delay.${clockPhrase(f, 72)}${named(f, inGdpr)}`,
    reason: jurisdiction,
    examples: { fires: { incident: { regulators: ["CNIL"] } }, silent: { incident: { regulators: ["OAIC"] } } } },
  { id: "regulatory.uk-gdpr", audience: "regulatory", priority: "now", when: { countryIn: ["GB"] }, playbooks: ["uk-gdpr"],
    text: (f) => `${NOTE} under the UK GDPR, report a notifiable personal-data breach to the ICO within 72 hours of becoming aware of it, and tell affected people without undue delay when the risk is high.${clockPhrase(f, 72)}${named(f, is("GB"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: {}, country: "GB" }, silent: { incident: {}, country: "FR" } } },
  { id: "regulatory.au-ndb", audience: "regulatory", priority: "now", when: { countryIn: ["AU"] }, playbooks: ["au-ndb"],
    text: (f) => `${NOTE} under Australia's Notifiable Data Breaches scheme, assess a suspected eligible data breach within 30 days, and notify the OAIC and affected individuals as soon as practicable once it is eligible.${clockPhrase(f, 30 * 24)}${named(f, is("AU"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: { victims: ["Qantas"] } }, silent: { incident: { victims: ["WestJet"] } } } },
  { id: "regulatory.ca-pipeda", audience: "regulatory", priority: "now", when: { countryIn: ["CA"] },
    text: (f) => `${NOTE} under PIPEDA, report breaches of security safeguards that create a real risk of significant harm to the Office of the Privacy Commissioner of Canada (OPC) as soon as feasible, notify affected individuals, and keep a record of every breach for 24 months.${detected(f)}${named(f, is("CA"))}`,
    reason: jurisdiction,
    examples: { fires: { incident: { victims: ["WestJet"] } }, silent: { incident: { victims: ["Qantas"] } } } },
  { id: "regulatory.us-sec-8k", audience: "regulatory", priority: "soon", when: { countryIn: ["US"], listedIssuer: true }, requires: { listedIssuer: true }, playbooks: ["sec-8k"],
    text: (f) => `${NOTE} a US-listed company files a Form 8-K under Item 1.05 within four business days of determining that a cybersecurity incident is material; an unlisted subsidiary files nothing itself, its listed parent decides.${named(f, is("US"))}`,
    reason: (f) => (f.reader.hasProfile ? "your profile says you are listed" : "a securities regulator is named on the incident"),
    examples: { fires: { incident: { regulators: ["SEC"] } }, silent: { incident: { regulators: ["Maine AG"] } } } },
  { id: "regulatory.us-state-breach-laws", audience: "regulatory", priority: "soon", when: { anyOf: [{ countryIn: ["US"] }, { stateAgNamed: true }] },
    text: (f) => `${NOTE} for US residents affected, every US state has a breach-notification law; deadlines and content differ by state (several set 30 to 60 days), and several require notice to the state attorney general (e.g. Maine) when their residents are affected.${clockPhrase(f, 30 * 24)}${named(f, is("US"))}`,
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
    text: (f) => `${NOTE} no jurisdiction is known for ${f.victim}; check the breach-notification rules of every country where the people affected live — several run from the moment you become aware.`,
    reason: () => "personal data exposed, jurisdiction unknown",
    examples: { fires: { incident: { exposed: ["email"] } }, silent: { incident: { exposed: ["email"] }, country: "GB" } } },
  { id: "regulatory.platform-customer-own-clock", audience: "regulatory", priority: "soon", lens: "same_vendor", when: { vendorKnown: true, exposedEmpty: false }, playbooks: ["gdpr"],
    text: (f) => `${NOTE} if ${platformOf(f)} tells you that your own tenant or your customers' data was affected, you are the controller of that data: your own notification clocks (e.g. 72 hours under the GDPR and UK GDPR) start when you become aware, not when ${f.victim} disclosed its breach. Record when you were told.`,
    reason: (f) => `vendor: ${platformOf(f)}`,
    examples: { fires: { incident: { vendor: "Salesforce", exposed: ["email"] } }, silent: { incident: { vendor: null, exposed: ["email"] } } } },
];
