import type { ActionRule } from "../action-rule.js";
import type { Condition } from "../condition.js";
import {
  actorList, actorNames, classList, CONTACT_CLASSES, CREDENTIAL_VECTORS, DECEPTION_VECTORS, exposedOf, platformOf, platformWithStance, stancedClasses, statedSuffix, stanceSuffix, takenSuffix, viaVectorWithStance,
  VECTOR_LABELS, viaVector, yourPlatforms,
} from "../phrases.js";
import type { AdviceFacts } from "../advice.facts.js";
import type { PlaybookId } from "../playbooks/playbooks.table.js";

/** Playbooks of the platform's known campaigns and of the profiled actors. */
const vendorPlaybooks = (f: AdviceFacts): readonly PlaybookId[] => f.vendor?.playbooks ?? [];
const actorPlaybooks = (f: AdviceFacts): PlaybookId[] => f.actors.flatMap((a) => a.profile?.playbooks ?? []);
/** Deception of staff: the CRM voice-phishing playbook on a CRM (or when UNC6040 is named), else help-desk impersonation. */
const deceptionPlaybooks = (f: AdviceFacts): PlaybookId[] => {
  const crm = f.vendor?.kind === "crm" || f.actors.some((a) => a.profile?.name === "UNC6040");
  const out: PlaybookId[] = [crm ? "crm-vishing" : "helpdesk-impersonation"];
  if (f.sector === "retail" && f.countries.has("GB")) out.push("uk-retail");
  return out;
};
const oauthPlaybooks = (f: AdviceFacts): PlaybookId[] => [...vendorPlaybooks(f), ...deceptionPlaybooks(f).slice(0, 1), "oauth-app"];
/** An actor's techniques, without the phone-based ones when the way in was stolen credentials. */
const ttpsOf = (f: AdviceFacts, p: NonNullable<AdviceFacts["actors"][number]["profile"]>): string[] => (f.credentialIntrusion ? p.ttps : [...p.phoneTtps, ...p.ttps]);

/** Deception of staff against a CRM / call-centre / help-desk platform, or an unnamed third-party platform. */
const DECEPTION_OF_PLATFORM: Condition = {
  vectorIn: DECEPTION_VECTORS,
  anyOf: [{ vendorKindIn: ["crm", "call_centre", "helpdesk", "saas"] }, { vendorKnown: false, thirdParty: true }],
};
const vectorReason = (f: AdviceFacts): string => (f.vector ? `vector: ${VECTOR_LABELS[f.vector]}${statedSuffix(f, ["vector"])}` : "vector unknown");
/** "Qantas was breached via voice phishing (reported, not confirmed by the company)". */
const breachedVia = (f: AdviceFacts): string => `${f.victim} was breached via ${VECTOR_LABELS[f.vector!]}${statedSuffix(f, ["vector"])}`;

/** Security / SOC actions. */
export const SECURITY_RULES: readonly ActionRule[] = [
  { id: "security.helpdesk-impersonation-hunt", audience: "security", priority: "now", when: { vectorIn: DECEPTION_VECTORS },
    text: (f) => `${f.victim}'s data on ${platformWithStance(f)} was taken${viaVectorWithStance(f)}. Hunt for the same playbook against you: review the last 90 days of help-desk and call-centre calls or tickets asking to reset MFA, enrol a new device or grant access to customer-data platforms, and require call-back verification for such requests.`,
    reason: vectorReason,
    playbooks: deceptionPlaybooks, window: true,
    examples: { fires: { incident: { vector: "vishing" } }, silent: { incident: { vector: "ransomware" } } } },
  { id: "security.oauth-connected-apps-review", audience: "security", priority: "now", when: DECEPTION_OF_PLATFORM,
    text: (f) => `Review OAuth grants and connected apps on ${yourPlatforms(f)}: remove any app authorised in the last 90 days that nobody can vouch for; access to ${platformWithStance(f)} at ${f.victim} was obtained via ${VECTOR_LABELS[f.vector!]}${statedSuffix(f, ["vector"])}.`,
    reason: (f) => `${vectorReason(f)} against ${platformWithStance(f)}`,
    playbooks: oauthPlaybooks, window: true,
    examples: { fires: { incident: { vector: "vishing", vendor: "Salesforce", thirdParty: true } }, silent: { incident: { vector: "vishing", vendor: "Okta", thirdParty: true } } } },
  { id: "security.saas-admin-ip-restriction", audience: "security", priority: "soon", when: DECEPTION_OF_PLATFORM,
    text: (f) => `Restrict admin and API access on ${yourPlatforms(f)} to corporate IP ranges or VPN, so access obtained by deceiving staff cannot be used from attacker infrastructure. ${f.victim} was breached${viaVectorWithStance(f)}.`,
    reason: (f) => `${vectorReason(f)} against ${platformWithStance(f)}`,
    playbooks: deceptionPlaybooks,
    examples: { fires: { incident: { vector: "social_engineering", thirdParty: true } }, silent: { incident: { vector: "social_engineering", thirdParty: false } } } },
  { id: "security.bulk-export-monitoring", audience: "security", priority: "now", when: DECEPTION_OF_PLATFORM,
    text: (f) => `Alert on bulk exports from ${yourPlatforms(f)}: large report exports, API query spikes and data-export tool sessions${f.vendor?.id === "salesforce" ? " (Salesforce Data Loader, Bulk API and report exports)" : ""}; data was taken from ${platformWithStance(f)} at ${f.victim}.`,
    reason: (f) => `${vectorReason(f)} against ${platformWithStance(f)}`,
    playbooks: deceptionPlaybooks, window: true,
    examples: { fires: { incident: { vector: "vishing", vendor: "Zendesk" } }, silent: { incident: { vector: "phishing", vendor: "Zendesk" } } } },
  { id: "security.oauth-token-revoke", audience: "security", priority: "now", when: { vectorIn: ["oauth_app"] },
    text: (f) => `Revoke and audit connected-app and OAuth tokens${f.vendorName ? ` issued to or through ${platformOf(f)}` : ""}: list every third-party app with access to your SaaS tenants, revoke unknown or unused ones, rotate the tokens you keep and check API logs for queries made with them. ${breachedVia(f)}.`,
    reason: vectorReason,
    playbooks: (f) => [...vendorPlaybooks(f), "oauth-app"], window: true, lens: (f) => (f.vendorName ? "same_vendor" : "same_sector"),
    examples: { fires: { incident: { vector: "oauth_app" } }, silent: { incident: { vector: "vishing" } } } },
  { id: "security.credential-reset-mfa", audience: "security", priority: "now", when: { vectorIn: CREDENTIAL_VECTORS },
    text: (f) => `${breachedVia(f)}. Force a credential reset on ${yourPlatforms(f)} for any account whose login could have been exposed, and require MFA on every login, service accounts included.`,
    reason: vectorReason,
    playbooks: (f) => [...vendorPlaybooks(f), f.vector === "credential_stuffing" ? "credential-stuffing" : "stolen-credentials"], window: true,
    examples: { fires: { incident: { vector: "stolen_credentials" } }, silent: { incident: { vector: "misconfiguration" } } } },
  { id: "security.credential-stuffing-watch", audience: "security", priority: "soon",
    when: { anyOf: [{ vectorIn: CREDENTIAL_VECTORS }, { exposedAny: ["password"], ownCredentials: false }] },
    requires: { anyOf: [{ vectorIn: CREDENTIAL_VECTORS }, { exposedAny: ["password"], ownCredentials: false }] },
    text: (f) => `Watch your customer login pages for credential stuffing: spikes in failed logins, many accounts tried from one network, logins from new devices${f.exposed.has("password") && !f.ownCredentials ? `; ${f.victim}'s leaked passwords / credentials will be replayed elsewhere${takenSuffix(f, ["password"])}` : ""}.`,
    reason: (f) => (f.exposed.has("password") && !f.ownCredentials ? `passwords / credentials exposed${takenSuffix(f, ["password"])}` : vectorReason(f)),
    playbooks: ["credential-stuffing"],
    examples: { fires: { incident: { exposed: ["email", "password"] } }, silent: { incident: { exposed: ["email"], notExposed: ["password"] } } } },
  { id: "security.ransomware-iocs", audience: "security", priority: "now",
    when: { anyOf: [{ vectorIn: ["ransomware"] }, { actorKindIn: ["ransomware"] }] },
    text: (f) => `Check published indicators of compromise for ${actorNames(f, true) ? actorList(f, true) : `the ransomware used against ${f.victim}`} against EDR, firewall and proxy logs, and block them.`,
    reason: (f) => (f.vector === "ransomware" ? vectorReason(f) : `ransomware actor: ${actorList(f, true)}`),
    playbooks: (f) => ["ransomware", ...actorPlaybooks(f)],
    examples: { fires: { incident: { actors: [{ name: "Akira", role: "claimed" }] } }, silent: { incident: { actors: [{ name: "ShinyHunters", role: "claimed" }] } } } },
  { id: "security.ransomware-backups", audience: "security", priority: "soon", when: { vectorIn: ["ransomware"] },
    text: (f) => `Confirm offline or immutable backups of critical systems exist and that a full restore was tested recently; ${f.victim} was hit by ransomware${statedSuffix(f, ["vector"])}.`,
    reason: vectorReason,
    playbooks: ["ransomware"],
    examples: { fires: { incident: { vector: "ransomware" } }, silent: { incident: {} } } },
  { id: "security.actor-ttp-hunt", audience: "security", priority: "now", when: { actorProfiled: true },
    text: (f) => `Hunt for the known techniques of ${f.actors.filter((a) => a.profile).map((a) => `${a.profile!.name}${stanceSuffix(a.stance)} (${ttpsOf(f, a.profile!).join("; ")})`).join(" and ")}.`,
    reason: (f) => `actor: ${actorList(f, true, true)}`,
    playbooks: actorPlaybooks, window: true,
    examples: { fires: { incident: { actors: [{ name: "Scattered Spider", role: "suspected" }] } }, silent: { incident: { actors: [{ name: "Nobody Known", role: "claimed" }] } } } },
  { id: "security.unprofiled-actor-watch", audience: "security", priority: "later", when: { actorsNamed: true, actorProfiled: false },
    text: (f) => `Track reporting on ${actorNames(f)}: no technique profile is on file yet; add their indicators to your watch list when published.`,
    reason: (f) => `actor named: ${actorList(f)}`,
    examples: { fires: { incident: { actors: [{ name: "Nobody Known", role: "claimed" }] } }, silent: { incident: { actors: [{ name: "ShinyHunters", role: "claimed" }] } } } },
  { id: "security.phishing-entry", audience: "security", priority: "soon", when: { vectorIn: ["phishing"] },
    text: (f) => `Phishing of staff${statedSuffix(f, ["vector"])} was the way into ${platformWithStance(f)} at ${f.victim}: check mail filtering for look-alike login pages of ${yourPlatforms(f)} and require phishing-resistant MFA for their admins.`,
    reason: vectorReason,
    playbooks: ["phishing"],
    examples: { fires: { incident: { vector: "phishing" } }, silent: { incident: { vector: "vishing" } } } },
  { id: "security.vulnerability-patch", audience: "security", priority: "now", when: { vectorIn: ["vulnerability"] },
    text: (f) => (f.vendorName
      ? `Check whether you run ${platformOf(f)}, apply the vendor's fix and look for signs of exploitation from before you patched. ${breachedVia(f)}.`
      : `Find out which product was exploited at ${f.victim} (not named yet) and check whether you run it; look for signs of exploitation from before any fix.`),
    reason: vectorReason,
    playbooks: ["vulnerability"], window: true, lens: (f) => (f.vendorName ? "same_vendor" : "same_sector"),
    examples: { fires: { incident: { vector: "vulnerability", vendor: "Cleo" } }, silent: { incident: { vector: "oauth_app", vendor: "Cleo" } } } },
  { id: "security.misconfiguration-audit", audience: "security", priority: "soon", when: { vectorIn: ["misconfiguration"] },
    text: (f) => `Audit public sharing, guest-user and anonymous API access on ${yourPlatforms(f)}; ${f.victim}'s data was exposed through ${VECTOR_LABELS.misconfiguration}${statedSuffix(f, ["vector"])}.`,
    reason: vectorReason,
    playbooks: ["misconfiguration"],
    examples: { fires: { incident: { vector: "misconfiguration" } }, silent: { incident: { vector: "insider" } } } },
  { id: "security.insider-export-review", audience: "security", priority: "soon", when: { vectorIn: ["insider"] },
    text: (f) => `Review who can export customer data in bulk and alert on large exports by a single user; ${f.victim}'s breach involved ${VECTOR_LABELS.insider}${statedSuffix(f, ["vector"])}.`,
    reason: vectorReason,
    playbooks: ["insider"],
    examples: { fires: { incident: { vector: "insider" } }, silent: { incident: { vector: "misconfiguration" } } } },
  { id: "security.employee-data-targeting", audience: "security", priority: "now", when: { exposedAny: ["employee_data"] },
    requires: { exposedAny: ["employee_data"] },
    text: (f) => `Employee data was taken at ${f.victim}${takenSuffix(f, ["employee_data"])}: expect targeted phishing and help-desk impersonation that quote real staff details; verify staff callers out of band.`,
    reason: (f) => `employee data exposed${takenSuffix(f, ["employee_data"])}`,
    playbooks: ["helpdesk-impersonation"],
    examples: { fires: { incident: { exposed: ["employee_data"] } }, silent: { incident: { exposed: ["email"] } } } },
  { id: "security.brand-phishing-detection", audience: "security", priority: "soon", when: { exposedAny: ["email", "phone"] },
    text: (f) => `Expect phishing and smishing that impersonate ${f.victim} using the ${takenContact(f)}; watch for look-alike domains and spoofed senders of ${f.victim} and of your own brand.`,
    reason: (f) => `exposed: ${stancedClasses(f, exposedOf(f, CONTACT_CLASSES))}`,
    playbooks: ["phishing"],
    examples: { fires: { incident: { exposed: ["phone"] } }, silent: { incident: { exposed: ["name"] } } } },
];

function takenContact(f: AdviceFacts): string {
  return `${stancedClasses(f, exposedOf(f, CONTACT_CLASSES))} that were taken`;
}
