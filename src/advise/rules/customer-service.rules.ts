import type { DataClass } from "../../domain/data-class.js";
import type { ActionRule } from "../action-rule.js";
import {
  classList, CONTACT_CLASSES, CUSTOMER_CREDENTIAL_VECTORS, exposedOf, loyaltyWord, notTakenPhrase, platformOf, platformWithStance,
  SENSITIVE_CLASSES, stancedClasses, statedSuffix, takenPhrase, takenSuffix, unstatedOf, unstatedPhrase,
} from "../phrases.js";
import type { AdviceFacts } from "../advice.facts.js";

/** "exposed: email addresses (reported, not confirmed by the company)". */
const exposedReason = (f: AdviceFacts, classes: Iterable<DataClass>): string => `exposed: ${stancedClasses(f, classes)}`;

/** What agents may say about how it happened: only what the company confirmed; a reported platform as a report. */
function howItHappened(f: AdviceFacts): string {
  const note = statedSuffix(f, ["vendor"]).slice(2, -1);
  if (!f.vendorName) return `If asked how it happened: the data was taken through a third-party platform the company has not named${statedSuffix(f, ["thirdParty"])}; do not name a provider yourself.`;
  if (!note) return `If asked how it happened: the data was taken through a third-party platform, ${platformOf(f)}.`;
  return `If asked how it happened: if, as ${note.startsWith("reported") ? "reported" : "claimed"}, the platform was ${platformOf(f)}, say that reports name ${platformOf(f)} and that the company has not confirmed it (${note}).`;
}

/** Customer-service and communications actions: scripts, warnings, and what not to say. */
export const CUSTOMER_SERVICE_RULES: readonly ActionRule[] = [
  { id: "customer_service.caller-script", audience: "customer_service", priority: "now", when: { exposedEmpty: false },
    text: (f) => `Give agents a short script for callers asking about the ${f.victim} breach: ${takenPhrase(f, f.exposed)}${f.notExposed.size > 0 ? `; ${notTakenPhrase(f.notExposed)}` : ""}. Read out only what is stated and point callers to the official notice.`,
    reason: (f) => exposedReason(f, [...f.exposed]),
    examples: { fires: { incident: { exposed: ["email"] } }, silent: { incident: { exposed: [] } } } },
  { id: "customer_service.not-taken-statement", audience: "customer_service", priority: "soon", when: { notExposedStated: true },
    requires: { notExposedStated: true },
    text: (f) => `You may tell customers that ${notTakenPhrase(f.notExposed)}. Quote it as the company's statement, not as your own finding.`,
    reason: (f) => `stated as not exposed: ${classList(f.notExposed)}`,
    examples: { fires: { incident: { notExposed: ["passport"] } }, silent: { incident: { notExposed: [] } } } },
  { id: "customer_service.do-not-claim-safe", audience: "customer_service", priority: "now", when: { unstatedAny: SENSITIVE_CLASSES, exposedEmpty: false },
    requires: { unstatedAny: SENSITIVE_CLASSES },
    text: (f) => `Do not tell customers that more of their data is safe than was stated: ${unstatedPhrase(unstatedOf(f, SENSITIVE_CLASSES))}. Say the investigation is ongoing instead.`,
    reason: (f) => `not stated either way: ${classList(unstatedOf(f, SENSITIVE_CLASSES))}`,
    examples: { fires: { incident: { exposed: ["email"] } }, silent: { incident: { exposed: ["email"], notExposed: [...SENSITIVE_CLASSES] } } } },
  { id: "customer_service.loyalty-number-warning", audience: "customer_service", priority: "now", when: { exposedAny: ["loyalty_number"] },
    requires: { exposedAny: ["loyalty_number"] },
    text: (f) => `Warn customers that a call, email or text quoting their ${loyaltyWord(f)} is more credible than usual: ${loyaltyWord(f)}s were taken in the ${f.victim} breach${takenSuffix(f, ["loyalty_number"])}, so knowledge of their ${loyaltyWord(f)} is not proof of identity.`,
    reason: (f) => exposedReason(f, ["loyalty_number"]),
    examples: { fires: { incident: { exposed: ["loyalty_number"], sector: "airline" } }, silent: { incident: { exposed: ["loyalty_tier"] } } } },
  { id: "customer_service.contact-phishing-warning", audience: "customer_service", priority: "now", when: { exposedAny: ["email", "phone"] },
    text: (f) => `Publish a phishing and smishing warning that lists the data taken (${stancedClasses(f, exposedOf(f, CONTACT_CLASSES))}): scammers can address customers correctly, so a message that knows these details is not proof it comes from ${f.victim}. Say you will never ask customers to confirm account or payment details by phone or message.`,
    reason: (f) => exposedReason(f, exposedOf(f, CONTACT_CLASSES)),
    examples: { fires: { incident: { exposed: ["email"] } }, silent: { incident: { exposed: ["postal_address"] } } } },
  { id: "customer_service.dob-not-for-verification", audience: "customer_service", priority: "now", when: { exposedAny: ["date_of_birth"] },
    requires: { exposedAny: ["date_of_birth"] },
    text: (f) => `Stop accepting date of birth as a caller-verification answer: dates of birth were taken in the ${f.victim} breach${takenSuffix(f, ["date_of_birth"])}. Verify by calling back on the number already on file, or with a confirmation the customer approves in the app; never ask a caller to read out a code.`,
    reason: (f) => exposedReason(f, ["date_of_birth"]),
    examples: { fires: { incident: { exposed: ["date_of_birth"] } }, silent: { incident: { exposed: ["name"], notExposed: ["date_of_birth"] } } } },
  { id: "customer_service.loyalty-number-not-id", audience: "customer_service", priority: "soon", when: { exposedAny: ["loyalty_number"] },
    requires: { exposedAny: ["loyalty_number"] },
    text: (f) => `Do not accept a ${loyaltyWord(f)} as proof of identity in the contact centre or chat; before account changes or redemptions, confirm through a call-back to the number on file or an in-app approval, never a code read out to an agent.`,
    reason: (f) => exposedReason(f, ["loyalty_number"]),
    examples: { fires: { incident: { exposed: ["loyalty_number"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "customer_service.support-case-lures", audience: "customer_service", priority: "soon", when: { exposedAny: ["support_case"] },
    requires: { exposedAny: ["support_case"] },
    text: (f) => `Customer-service cases were taken at ${f.victim}${takenSuffix(f, ["support_case"])}: brief agents that scammers may cite a customer's real past complaint, refund or case number; knowing case details does not prove a contact is genuine.`,
    reason: (f) => exposedReason(f, ["support_case"]),
    examples: { fires: { incident: { exposed: ["support_case"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "customer_service.travel-details-lures", audience: "customer_service", priority: "soon", when: { exposedAny: ["travel_details"] },
    requires: { exposedAny: ["travel_details"] },
    text: (f) => `Travel / booking details were taken at ${f.victim}${takenSuffix(f, ["travel_details"])}: warn travellers about fake rebooking, refund and upgrade messages that quote real itineraries.`,
    reason: (f) => exposedReason(f, ["travel_details"]),
    examples: { fires: { incident: { exposed: ["travel_details"] } }, silent: { incident: { exposed: ["email"], notExposed: ["travel_details"] } } } },
  { id: "customer_service.card-script", audience: "customer_service", priority: "now", when: { exposedAny: ["payment_card"], not: { notExposedAny: ["payment_card"] } },
    requires: { exposedAny: ["payment_card"] }, forbiddenWhen: { notExposedAny: ["payment_card"] },
    text: (f) => `Payment card data was taken at ${f.victim}${takenSuffix(f, ["payment_card"])}: tell callers to check statements and ask their card issuer about a replacement card; do not take card numbers over the phone to "check" them.`,
    reason: (f) => exposedReason(f, ["payment_card"]),
    examples: { fires: { incident: { exposed: ["payment_card"] } }, silent: { incident: { exposed: ["email"], notExposed: ["payment_card"] } } } },
  { id: "customer_service.password-script", audience: "customer_service", priority: "now",
    when: { anyOf: [{ exposedAny: ["password"] }, { vectorIn: CUSTOMER_CREDENTIAL_VECTORS }], ownCredentials: false, not: { notExposedAny: ["password"], vectorNotIn: CUSTOMER_CREDENTIAL_VECTORS } },
    requires: { anyOf: [{ exposedAny: ["password"] }, { vectorIn: CUSTOMER_CREDENTIAL_VECTORS }] },
    forbiddenWhen: { anyOf: [{ ownCredentials: true }, { notExposedAny: ["password"], vectorNotIn: CUSTOMER_CREDENTIAL_VECTORS }] },
    text: (f) => `Tell customers to change their ${f.victim} password and any other account where they reused it${f.exposed.has("password") ? ` (passwords / credentials were taken${takenSuffix(f, ["password"]).replace(/^ \(/, ": ").replace(/\)$/, "")})` : ` (the breach used credential stuffing${statedSuffix(f, ["vector"]).replace(/^ \(/, ": ").replace(/\)$/, "")})`}.`,
    reason: (f) => (f.exposed.has("password") ? exposedReason(f, ["password"]) : `vector: ${f.vector}${statedSuffix(f, ["vector"])}`),
    examples: { fires: { incident: { vector: "credential_stuffing" } }, silent: { incident: { vector: "stolen_credentials", vendor: "Snowflake" } } } },
  { id: "customer_service.no-data-stated", audience: "customer_service", priority: "soon", when: { exposedEmpty: true },
    text: (f) => `No data classes have been stated yet for ${f.victim}: tell callers the investigation is ongoing and do not speculate about what was taken.`,
    reason: () => "no exposed data stated",
    examples: { fires: { incident: { exposed: [] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "customer_service.third-party-framing", audience: "customer_service", priority: "later", when: { thirdParty: true },
    text: howItHappened,
    reason: (f) => `third-party platform${statedSuffix(f, ["thirdParty"])}${f.vendorName ? `: ${platformWithStance(f)}` : " (not named)"}`,
    examples: { fires: { incident: { thirdParty: true } }, silent: { incident: { thirdParty: null } } } },
];
