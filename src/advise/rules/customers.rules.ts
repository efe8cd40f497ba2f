import type { ActionRule } from "../action-rule.js";
import type { DataClass } from "../../domain/data-class.js";
import type { Condition } from "../condition.js";
import { classList, CUSTOMER_CREDENTIAL_VECTORS, exposedOf, loyaltyWord, notTakenPhrase, stancedClasses, statedSuffix, takenPhrase, takenSuffix } from "../phrases.js";
import type { AdviceFacts } from "../advice.facts.js";

const exposedReason = (f: AdviceFacts, classes: Iterable<DataClass>): string => `exposed: ${stancedClasses(f, classes)}`;
/** "Email addresses were taken from Qantas" with the stance when not confirmed. */
const takenFrom = (f: AdviceFacts, what: string, classes: readonly DataClass[], verb = "were"): string => `${what} ${verb} taken from ${f.victim}${takenSuffix(f, classes)}`;

/**
 * Customers' own passwords are at risk only when passwords were taken or reused ones were tried on their accounts,
 * never when the secrets taken were the company's own platform logins or integration tokens.
 */
const CUSTOMER_PASSWORDS_AT_RISK: Condition = {
  anyOf: [{ exposedAny: ["password"] }, { vectorIn: CUSTOMER_CREDENTIAL_VECTORS }],
  not: { anyOf: [{ notExposedAny: ["password"], vectorNotIn: CUSTOMER_CREDENTIAL_VECTORS }, { ownCredentials: true }] },
};

/** Classes that enable opening accounts or credit in someone's name. */
const ID_FRAUD_CLASSES: readonly DataClass[] = ["date_of_birth", "passport", "government_id"];

/** Advice for the people whose data was taken: what to watch for, given exactly what was and was not taken. */
export const CUSTOMER_RULES: readonly ActionRule[] = [
  { id: "customers.phishing-email", audience: "customers", priority: "now", when: { exposedAny: ["email"] }, requires: { exposedAny: ["email"] },
    text: (f) => `${takenFrom(f, "Email addresses", ["email"])}: be wary of emails that mention ${f.victim} or the breach, do not click their links, and go to the official website or app yourself.`,
    reason: (f) => exposedReason(f, ["email"]),
    examples: { fires: { incident: { exposed: ["email"] } }, silent: { incident: { exposed: ["phone"] } } } },
  { id: "customers.smishing-calls", audience: "customers", priority: "now", when: { exposedAny: ["phone"] }, requires: { exposedAny: ["phone"] },
    text: (f) => `${takenFrom(f, "Phone numbers", ["phone"])}: expect scam texts and calls; hang up and call back on the number from the official website before sharing anything.`,
    reason: (f) => exposedReason(f, ["phone"]),
    examples: { fires: { incident: { exposed: ["phone"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "customers.loyalty-points-fraud", audience: "customers", priority: "now", when: { exposedAny: ["loyalty_number"] }, requires: { exposedAny: ["loyalty_number"] },
    text: (f) => `${takenFrom(f, `Your ${loyaltyWord(f)}`, ["loyalty_number"], "was")}: check your ${f.sector === "airline" ? "frequent-flyer" : "loyalty"} account for unexpected redemptions or changes, turn on any extra login protection the programme offers, and treat messages quoting your ${loyaltyWord(f)} with suspicion.`,
    reason: (f) => exposedReason(f, ["loyalty_number"]),
    examples: { fires: { incident: { exposed: ["loyalty_number"] } }, silent: { incident: { exposed: ["email"], notExposed: ["loyalty_number"] } } } },
  { id: "customers.identity-fraud", audience: "customers", priority: "now", when: { exposedAny: ID_FRAUD_CLASSES }, requires: { exposedAny: ID_FRAUD_CLASSES },
    text: (f) => `Watch for identity fraud (${takenPhrase(f, exposedOf(f, ID_FRAUD_CLASSES))} from ${f.victim}): look for accounts or credit you did not open, and consider a credit freeze or monitoring where available.`,
    reason: (f) => exposedReason(f, exposedOf(f, ID_FRAUD_CLASSES)),
    examples: { fires: { incident: { exposed: ["date_of_birth"] } }, silent: { incident: { exposed: ["email", "postal_address"] } } } },
  { id: "customers.passport", audience: "customers", priority: "now", when: { exposedAny: ["passport"], not: { notExposedAny: ["passport"] } },
    requires: { exposedAny: ["passport"] }, forbiddenWhen: { notExposedAny: ["passport"] },
    text: (f) => `${takenFrom(f, "Passport data", ["passport"], "was")}: ask your passport office whether to report it and replace the passport, and be suspicious of anyone quoting your passport details.`,
    reason: (f) => exposedReason(f, ["passport"]),
    examples: { fires: { incident: { exposed: ["passport"] } }, silent: { incident: { exposed: ["name"], notExposed: ["passport"] } } } },
  { id: "customers.card-fraud", audience: "customers", priority: "now", when: { exposedAny: ["payment_card"], not: { notExposedAny: ["payment_card"] } },
    requires: { exposedAny: ["payment_card"] }, forbiddenWhen: { notExposedAny: ["payment_card"] },
    text: (f) => `${takenFrom(f, "Payment card data", ["payment_card"], "was")}: check your card statements and ask your card issuer whether to reissue the card.`,
    reason: (f) => exposedReason(f, ["payment_card"]),
    examples: { fires: { incident: { exposed: ["payment_card"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "customers.financial", audience: "customers", priority: "now", when: { exposedAny: ["financial"], not: { notExposedAny: ["financial"] } },
    requires: { exposedAny: ["financial"] }, forbiddenWhen: { notExposedAny: ["financial"] },
    text: (f) => `${takenFrom(f, "Financial / bank data", ["financial"], "was")}: watch your bank account for unfamiliar debits and tell your bank if you see any.`,
    reason: (f) => exposedReason(f, ["financial"]),
    examples: { fires: { incident: { exposed: ["financial"] } }, silent: { incident: { exposed: ["name"], notExposed: ["financial"] } } } },
  { id: "customers.password-change", audience: "customers", priority: "now",
    when: CUSTOMER_PASSWORDS_AT_RISK, requires: CUSTOMER_PASSWORDS_AT_RISK,
    forbiddenWhen: { anyOf: [{ notExposedAny: ["password"], vectorNotIn: CUSTOMER_CREDENTIAL_VECTORS }, { ownCredentials: true }] },
    text: (f) => `Change your ${f.victim} password and any other account where you used the same one, and turn on two-step verification${f.exposed.has("password") ? ` (passwords / credentials were taken${takenSuffix(f, ["password"]).replace(/^ \(/, ": ").replace(/\)$/, "")})` : ` (the attackers tried reused passwords on customer accounts${statedSuffix(f, ["vector"]).replace(/^ \(/, ": ").replace(/\)$/, "")})`}.`,
    reason: (f) => (f.exposed.has("password") ? exposedReason(f, ["password"]) : `vector: ${f.vector}${statedSuffix(f, ["vector"])}`),
    examples: { fires: { incident: { exposed: ["password"] } }, silent: { incident: { exposed: ["email"], notExposed: ["password"] } } } },
  { id: "customers.pin-change", audience: "customers", priority: "now", when: { exposedAny: ["pin"] }, requires: { exposedAny: ["pin"] },
    text: (f) => `${takenFrom(f, "PINs", ["pin"])}: change the PIN on the affected account and anywhere you reuse it.`,
    reason: (f) => exposedReason(f, ["pin"]),
    examples: { fires: { incident: { exposed: ["pin"] } }, silent: { incident: { exposed: ["email"], notExposed: ["pin"] } } } },
  { id: "customers.support-case-scams", audience: "customers", priority: "soon", when: { exposedAny: ["support_case"] }, requires: { exposedAny: ["support_case"] },
    text: (f) => `${takenFrom(f, "Customer-service cases", ["support_case"])}: a scammer may mention a real past complaint or refund to sound genuine; call back through official channels.`,
    reason: (f) => exposedReason(f, ["support_case"]),
    examples: { fires: { incident: { exposed: ["support_case"] } }, silent: { incident: { exposed: ["name"] } } } },
  { id: "customers.travel-scams", audience: "customers", priority: "soon", when: { exposedAny: ["travel_details"] }, requires: { exposedAny: ["travel_details"] },
    text: (f) => `${takenFrom(f, "Travel / booking details", ["travel_details"])}: be wary of rebooking, refund or upgrade offers that quote your real trip, and check bookings in the official app.`,
    reason: (f) => exposedReason(f, ["travel_details"]),
    examples: { fires: { incident: { exposed: ["travel_details"] } }, silent: { incident: { exposed: ["name"] } } } },
  { id: "customers.postal-scams", audience: "customers", priority: "later", when: { exposedAny: ["postal_address"] }, requires: { exposedAny: ["postal_address"] },
    text: (f) => `${takenFrom(f, "Postal addresses", ["postal_address"])}: be wary of letters or parcels asking you to pay, call a number or scan a code.`,
    reason: (f) => exposedReason(f, ["postal_address"]),
    examples: { fires: { incident: { exposed: ["postal_address"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "customers.not-taken", audience: "customers", priority: "later", when: { notExposedStated: true }, requires: { notExposedStated: true },
    text: (f) => `For reassurance: ${notTakenPhrase(f.notExposed)}.`,
    reason: (f) => `stated as not exposed: ${classList(f.notExposed)}`,
    examples: { fires: { incident: { notExposed: ["payment_card"] } }, silent: { incident: { notExposed: [] } } } },
  { id: "customers.await-notice", audience: "customers", priority: "later", when: { exposedEmpty: true },
    text: (f) => `${f.victim} has not said what data was taken yet: wait for its official notice, and ignore messages that claim to know before it does.`,
    reason: () => "no exposed data stated",
    examples: { fires: { incident: { exposed: [] } }, silent: { incident: { exposed: ["email"] } } } },
];
