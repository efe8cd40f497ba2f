import { commandRef } from "../../domain/command-ref.js";
import type { ActionRule } from "../action-rule.js";
import { actorList, classList, platformOf, statedSuffix, takenPhrase } from "../phrases.js";

/** Short command argument from a display name (untrusted: keep letters, digits, spaces, dots and dashes). */
const watchArg = (name: string): string => name.replace(/[^\p{L}\p{N} .&-]+/gu, "").trim() || "vendor";
const dataKinds = (f: Parameters<typeof platformOf>[0]): string => (f.exposed.size > 0 ? classList(f.exposed) : "customer data");

/** Third-party / vendor risk actions. */
export const THIRD_PARTY_RULES: readonly ActionRule[] = [
  { id: "third_party_risk.do-we-use-vendor", audience: "third_party_risk", priority: "now", when: { vendorKnown: true }, lens: "general", window: true,
    text: (f) => `Do we use ${platformOf(f)}? Check the vendor inventory, SSO app catalogue and expense records for ${platformOf(f)} tenants, including ones bought directly by business units.`,
    reason: (f) => `vendor: ${platformOf(f)}${statedSuffix(f, ["vendor"])}`,
    examples: { fires: { incident: { vendor: "Salesforce" } }, silent: { incident: { vendor: null } } } },
  { id: "third_party_risk.vendor-contract", audience: "third_party_risk", priority: "soon", when: { vendorKnown: true },
    text: (f) => `If we use ${platformOf(f)}: check the contract's breach-notification and audit clauses, and ask ${platformOf(f)} in writing whether our tenant or data was affected and what it holds about our customers${f.exposed.size > 0 ? ` (in this incident, ${takenPhrase(f, f.exposed)})` : ""}.`,
    reason: (f) => `vendor: ${platformOf(f)}${statedSuffix(f, ["vendor"])}`,
    examples: { fires: { incident: { vendor: "Snowflake" } }, silent: { incident: { vendor: null, thirdParty: true } } } },
  { id: "third_party_risk.watch-vendor", audience: "third_party_risk", lens: "general", priority: "later", when: { vendorKnown: true },
    text: (f) => `Type ${commandRef(`watch ${watchArg(platformOf(f))}`)} to be alerted when more incidents involving ${platformOf(f)} are reported.`,
    reason: (f) => `vendor: ${platformOf(f)}${statedSuffix(f, ["vendor"])}`,
    examples: { fires: { incident: { vendor: "Zendesk" } }, silent: { incident: {} } } },
  { id: "third_party_risk.unnamed-vendor-inventory", audience: "third_party_risk", lens: "general", priority: "now", when: { vendorKnown: false, thirdParty: true },
    text: (f) => `${f.victim} was breached through a third-party platform it has not named${statedSuffix(f, ["thirdParty"])}. Ask which of our CRM, customer-service, call-centre and marketing providers hold ${dataKinds(f)}, and whether they have seen social-engineering attempts against their support staff.`,
    reason: (f) => `third-party platform, vendor not named${statedSuffix(f, ["thirdParty"])}`,
    examples: { fires: { incident: { thirdParty: true } }, silent: { incident: { thirdParty: true, vendor: "Okta" } } } },
  { id: "third_party_risk.watch-victim", audience: "third_party_risk", lens: "general", priority: "later", when: { vendorKnown: false, thirdParty: true },
    text: (f) => `Type ${commandRef(`watch ${watchArg(f.victim)}`)} to be alerted when the platform behind the ${f.victim} breach is named.`,
    reason: (f) => `third-party platform, vendor not named${statedSuffix(f, ["thirdParty"])}`,
    examples: { fires: { incident: { thirdParty: true } }, silent: { incident: { thirdParty: false } } } },
  { id: "third_party_risk.actor-campaign-suppliers", audience: "third_party_risk", lens: "general", priority: "soon",
    when: { thirdParty: true, actorKindIn: ["extortion_group"] },
    text: (f) => `${actorList(f, true)} ${f.actors.filter((a) => a.profile).length > 1 ? "are" : "is"} linked to this third-party breach: ask critical SaaS and outsourced-support suppliers how they verify callers before resetting access or approving new apps.`,
    reason: (f) => `third-party breach linked to ${actorList(f, true)}`,
    examples: { fires: { incident: { thirdParty: true, actors: [{ name: "ShinyHunters", role: "claimed" }] } }, silent: { incident: { thirdParty: false, actors: [{ name: "ShinyHunters", role: "claimed" }] } } } },
];
