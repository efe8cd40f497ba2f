import type { DataClass } from "../../domain/data-class.js";
import type { ActionRule } from "../action-rule.js";
import type { AdviceFacts } from "../advice.facts.js";
import { exposedOf, stancedClasses, takenSuffix } from "../phrases.js";

/** Loyalty data that lets a fraudster pick, impersonate or drain a member. */
const LOYALTY: readonly DataClass[] = ["loyalty_number", "loyalty_tier", "loyalty_balance"];
const exposedReason = (f: AdviceFacts, classes: readonly DataClass[]): string => `exposed: ${stancedClasses(f, exposedOf(f, classes))}`;
const programme = (f: AdviceFacts): string => (f.sector === "airline" ? "frequent-flyer" : "loyalty");
const points = (f: AdviceFacts): string => (f.sector === "airline" ? "miles" : "points");

/**
 * Fraud and loyalty teams: how scammers pick and drain members with what was taken. Written for a reader whose
 * members may be among the victim's (the victim's own programme included).
 */
export const FRAUD_RULES: readonly ActionRule[] = [
  { id: "fraud.high-tier-targeting", audience: "fraud", priority: "now", when: { exposedAny: ["loyalty_tier"] }, requires: { exposedAny: ["loyalty_tier"] },
    text: (f) => `Loyalty tiers were taken at ${f.victim}${takenSuffix(f, ["loyalty_tier"])}: scammers use the tier to pick high-value members first. Add a step-up check (an in-app approval or a call-back to the number on file, never a code read out to an agent) for top-tier members before redemptions, ${points(f)} transfers and changes of contact details.`,
    reason: (f) => exposedReason(f, ["loyalty_tier"]),
    examples: { fires: { incident: { exposed: ["loyalty_tier"] } }, silent: { incident: { exposed: ["loyalty_number"], notExposed: ["loyalty_tier"] } } } },
  { id: "fraud.balance-targeting", audience: "fraud", priority: "now", when: { exposedAny: ["loyalty_balance"] }, requires: { exposedAny: ["loyalty_balance"] },
    text: (f) => `${points(f) === "miles" ? "Miles" : "Points"} balances were taken at ${f.victim}${takenSuffix(f, ["loyalty_balance"])}: accounts with large balances are the ones fraudsters will try to drain. Alert on redemptions that empty a large balance and hold the first redemption to a new beneficiary for review.`,
    reason: (f) => exposedReason(f, ["loyalty_balance"]),
    examples: { fires: { incident: { exposed: ["loyalty_balance"] } }, silent: { incident: { exposed: ["loyalty_number"], notExposed: ["loyalty_balance"] } } } },
  { id: "fraud.contact-change-then-redemption", audience: "fraud", priority: "now", when: { exposedAny: LOYALTY }, requires: { exposedAny: LOYALTY },
    text: (f) => `Flag a change of contact details (email, mobile number or home address) on a ${programme(f)} account followed within days by a redemption or ${points(f)} transfer, the usual takeover pattern; confirm the change through the contact details on file before the change, not the new ones.`,
    reason: (f) => exposedReason(f, LOYALTY),
    examples: { fires: { incident: { exposed: ["loyalty_number"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "fraud.redemption-velocity", audience: "fraud", priority: "soon", when: { exposedAny: LOYALTY }, requires: { exposedAny: LOYALTY },
    text: (f) => `Watch redemption velocity: redemptions per account per day, many accounts redeeming to one beneficiary, device or network, and new-device logins that redeem at once; rate-limit them while data taken from ${f.victim} circulates.`,
    reason: (f) => exposedReason(f, LOYALTY),
    examples: { fires: { incident: { exposed: ["loyalty_balance"] } }, silent: { incident: { exposed: ["name"] } } } },
  { id: "fraud.partner-redemptions", audience: "fraud", priority: "soon", when: { exposedAny: LOYALTY }, requires: { exposedAny: LOYALTY },
    text: (f) => `Partner redemptions (hotels, gift vouchers, retail and ${f.sector === "airline" ? "partner-airline" : "partner"} awards) are the hardest to reverse: lower their limits or add a short hold for accounts with recent profile changes, and ask partners to report unusual bookings made with your ${points(f)}.`,
    reason: (f) => exposedReason(f, LOYALTY),
    examples: { fires: { incident: { exposed: ["loyalty_tier"] } }, silent: { incident: { exposed: ["phone"] } } } },
  { id: "fraud.ato-wave-referencing-breach", audience: "fraud", priority: "now", when: { exposedAny: [...LOYALTY, "email", "phone"] },
    text: (f) => `Watch for an account-takeover wave that uses the ${f.victim} breach as cover: spikes in login-reset requests, logins from new devices, and contacts to support that cite the breach to ask for a reset or a change of contact details.`,
    reason: (f) => exposedReason(f, [...LOYALTY, "email", "phone"]),
    examples: { fires: { incident: { exposed: ["email"] } }, silent: { incident: { exposed: ["postal_address"] } } } },
  { id: "fraud.purchase-history-claims", audience: "fraud", priority: "soon", when: { exposedAny: ["purchase_history"] }, requires: { exposedAny: ["purchase_history"] },
    text: (f) => `Purchase history was taken at ${f.victim}${takenSuffix(f, ["purchase_history"])}: expect refund, non-delivery and "order problem" claims that quote real orders. Knowing an order's details is no proof of identity in a refund or account claim.`,
    reason: (f) => exposedReason(f, ["purchase_history"]),
    examples: { fires: { incident: { exposed: ["purchase_history"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "fraud.card-monitoring", audience: "fraud", priority: "now", when: { exposedAny: ["payment_card"], not: { notExposedAny: ["payment_card"] } },
    requires: { exposedAny: ["payment_card"] }, forbiddenWhen: { notExposedAny: ["payment_card"] },
    text: (f) => `Payment card data was taken at ${f.victim}${takenSuffix(f, ["payment_card"])}: raise fraud scores for card-not-present payments from the cards on file of affected customers and tell your acquirer.`,
    reason: (f) => exposedReason(f, ["payment_card"]),
    examples: { fires: { incident: { exposed: ["payment_card"] } }, silent: { incident: { exposed: ["email"], notExposed: ["payment_card"] } } } },
];
