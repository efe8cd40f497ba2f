import type { ActionRule } from "../action-rule.js";
import type { AdviceFacts } from "../advice.facts.js";
import { platformOf, platformWithStance, statedSuffix, viaVectorWithStance } from "../phrases.js";

/** " (Qantas was breached through it)", carrying the stance when the platform is not confirmed. */
const at = (f: AdviceFacts): string => {
  const note = statedSuffix(f, ["vendor"]).slice(2, -1);
  return note ? ` (${f.victim} was breached through it: ${note})` : ` (${f.victim} was breached through it)`;
};
const vendorReason = (f: AdviceFacts): string => `vendor: ${platformWithStance(f)}${viaVectorWithStance(f)}`;

/** Hardening for admins of the same platform. Vendor names appear only in rules gated on that vendor. */
const RULES: readonly ActionRule[] = [
  { id: "saas_admin.salesforce.connected-apps", audience: "saas_admin", priority: "now", when: { vendorIn: ["salesforce"] }, requires: { vendorIn: ["salesforce"] },
    text: (f) => `In Salesforce, turn on API Access Control so only admin-approved Connected Apps can use the API, review Connected Apps OAuth Usage and revoke apps nobody recognises${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Salesforce" } }, silent: { incident: { vendor: "Zendesk" } } } },
  { id: "saas_admin.salesforce.login-ip-ranges", audience: "saas_admin", priority: "soon", when: { vendorIn: ["salesforce"] }, requires: { vendorIn: ["salesforce"] },
    text: () => "Set Login IP Ranges on Salesforce profiles (admins and integration users first) so logins from outside corporate networks are refused.",
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "salesforce.com" } }, silent: { incident: { vendor: null } } } },
  { id: "saas_admin.salesforce.export-permissions", audience: "saas_admin", priority: "now", when: { vendorIn: ["salesforce"] }, requires: { vendorIn: ["salesforce"] },
    text: () => "Remove \"API Enabled\", \"Export Reports\" and \"Modify All Data\" from Salesforce users who do not need them, and limit Data Loader use to named integration users.",
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "SFDC" } }, silent: { incident: { vendor: "Snowflake" } } } },
  { id: "saas_admin.salesforce.event-monitoring", audience: "saas_admin", priority: "soon", when: { vendorIn: ["salesforce"] }, requires: { vendorIn: ["salesforce"] },
    text: () => "Use Salesforce Event Monitoring (Shield) to alert on report exports, Bulk API jobs and API queries from new networks or unusual client apps.",
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Salesforce" } }, silent: { incident: { vendor: "Okta" } } } },
  { id: "saas_admin.salesloft-drift.revoke-tokens", audience: "saas_admin", priority: "now", when: { vendorIn: ["salesloft_drift"] }, requires: { vendorIn: ["salesloft_drift"] },
    text: (f) => `Revoke the Salesloft Drift OAuth tokens in every connected system (CRM, email, chat), disconnect the Drift integration until it is re-authorised, and check API logs for queries made with those tokens${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Salesloft Drift" } }, silent: { incident: { vendor: "Salesforce" } } } },
  { id: "saas_admin.salesloft-drift.rotate-secrets", audience: "saas_admin", priority: "now", when: { vendorIn: ["salesloft_drift"] }, requires: { vendorIn: ["salesloft_drift"] },
    text: () => "Search Salesforce cases, notes and attachments reachable by the Drift integration for access keys, API tokens and other secrets, and rotate every one you find.",
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Drift" } }, silent: { incident: { vendor: "Gainsight" } } } },
  { id: "saas_admin.integration-token-reissue", audience: "saas_admin", priority: "now", when: { vendorIn: ["gainsight"] }, requires: { vendorIn: ["gainsight"] },
    text: (f) => `Revoke the OAuth tokens of the ${platformOf(f)} integration, re-authorise it only when needed, in your CRM and other connected systems, and review what data the integration could read${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Gainsight" } }, silent: { incident: { vendor: "HubSpot" } } } },
  { id: "saas_admin.snowflake.mfa", audience: "saas_admin", priority: "now", when: { vendorIn: ["snowflake"] }, requires: { vendorIn: ["snowflake"] },
    text: (f) => `Enforce MFA for every Snowflake user and use key-pair or OAuth authentication for service users, so no account signs in with a single factor${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Snowflake" } }, silent: { incident: { vendor: "Salesforce" } } } },
  { id: "saas_admin.snowflake.network-policies", audience: "saas_admin", priority: "now", when: { vendorIn: ["snowflake"] }, requires: { vendorIn: ["snowflake"] },
    text: () => "Apply Snowflake network policies that allow logins only from your known IP ranges, account-wide and for each service user.",
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "snowflake" } }, silent: { incident: { vendor: null } } } },
  { id: "saas_admin.snowflake.rotate-review", audience: "saas_admin", priority: "now", when: { vendorIn: ["snowflake"] }, requires: { vendorIn: ["snowflake"] },
    text: () => "Rotate Snowflake credentials and key pairs, then review LOGIN_HISTORY and QUERY_HISTORY for unfamiliar client applications, new networks and large SELECT or COPY INTO activity.",
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Snowflake" } }, silent: { incident: { vendor: "Zendesk" } } } },
  { id: "saas_admin.zendesk.tokens-and-exports", audience: "saas_admin", priority: "now", when: { vendorIn: ["zendesk"] }, requires: { vendorIn: ["zendesk"] },
    text: (f) => `In Zendesk, review API tokens and OAuth clients, restrict agent and admin access by IP, and check the audit log for bulk ticket exports and new integrations${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Zendesk" } }, silent: { incident: { vendor: "ServiceNow" } } } },
  { id: "saas_admin.servicenow.acl-review", audience: "saas_admin", priority: "now", when: { vendorIn: ["servicenow"] }, requires: { vendorIn: ["servicenow"] },
    text: (f) => `In ServiceNow, review ACLs and portal widgets reachable by guest or low-privilege users, rotate integration-user credentials and restrict admin access by IP${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "ServiceNow" } }, silent: { incident: { vendor: "Zendesk" } } } },
  { id: "saas_admin.okta.admin-hardening", audience: "saas_admin", priority: "now", when: { vendorIn: ["okta"] }, requires: { vendorIn: ["okta"] },
    text: (f) => `In Okta, require phishing-resistant MFA for admins, review admin role assignments, and search the System Log for MFA factor resets, new identity providers and admin sessions from new locations${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Okta" } }, silent: { incident: { vendor: "Snowflake" } } } },
  { id: "saas_admin.moveit.patch", audience: "saas_admin", priority: "now", when: { vendorIn: ["moveit"] }, requires: { vendorIn: ["moveit"] },
    text: (f) => `Apply Progress's latest MOVEit Transfer fixes, check web servers for unexpected .aspx files (e.g. human2.aspx) and review MOVEit logs for unusual downloads${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "MOVEit" } }, silent: { incident: { vendor: "Cleo" } } } },
  { id: "saas_admin.cleo.patch", audience: "saas_admin", priority: "now", when: { vendorIn: ["cleo"] }, requires: { vendorIn: ["cleo"] },
    text: (f) => `Patch Cleo Harmony, VLTrader and LexiCom to the latest fixed release, disable the Autorun directory, and keep the servers off the open internet${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Cleo Harmony" } }, silent: { incident: { vendor: "MOVEit" } } } },
  { id: "saas_admin.file-transfer.patch", audience: "saas_admin", priority: "now",
    when: { vendorKindIn: ["file_transfer"], not: { vendorIn: ["moveit", "cleo"] } }, requires: { vendorKindIn: ["file_transfer"] },
    text: (f) => `Patch ${platformOf(f)} to the latest fixed release, restrict its admin console to internal networks and review transfer logs for bulk downloads${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "GoAnywhere" } }, silent: { incident: { vendor: "Cleo" } } } },
  { id: "saas_admin.airline-it.pss-access-review", audience: "saas_admin", priority: "now", when: { vendorKindIn: ["airline_it"] }, requires: { vendorKindIn: ["airline_it"] },
    text: (f) => `Review who can reach your passenger service system through ${platformOf(f)}: agent sign-ons, shared-record access and API keys; ask ${platformOf(f)} which of your records were accessed${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "SITA" } }, silent: { incident: { vendor: "Salesforce" } } } },
  { id: "saas_admin.crm.generic-hardening", audience: "saas_admin", priority: "soon",
    when: { vendorKindIn: ["crm"], not: { vendorIn: ["salesforce"] } }, requires: { vendorKindIn: ["crm"] },
    text: (f) => `In ${platformOf(f)}, review connected apps and API tokens, restrict admin logins by IP and alert on bulk exports of contact records${at(f)}.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "HubSpot" } }, silent: { incident: { vendor: "Salesforce" } } } },
  { id: "saas_admin.unprofiled-vendor", audience: "saas_admin", priority: "soon", when: { vendorKnown: true, vendorProfiled: false },
    text: (f) => `Ask ${platformOf(f)} for indicators of compromise and its hardening guidance; review ${platformOf(f)} admin accounts, API tokens and audit logs in your own tenant.`,
    reason: vendorReason,
    examples: { fires: { incident: { vendor: "Acme Loyalty Cloud" } }, silent: { incident: { vendor: "Salesforce" } } } },
  { id: "saas_admin.unnamed-saas.oauth", audience: "saas_admin", priority: "now", when: { vendorKnown: false, thirdParty: true }, playbooks: ["oauth-app"],
    text: (f) => `${f.victim}'s data was taken from a third-party platform that has not been named${statedSuffix(f, ["thirdParty"])}: on every SaaS platform holding customer data (CRM, customer service, marketing), list connected apps and OAuth tokens and revoke unused ones.`,
    reason: (f) => `third-party platform, vendor not named${statedSuffix(f, ["thirdParty"])}`,
    examples: { fires: { incident: { thirdParty: true } }, silent: { incident: { thirdParty: false } } } },
  { id: "saas_admin.unnamed-saas.access", audience: "saas_admin", priority: "soon", when: { vendorKnown: false, thirdParty: true },
    text: () => "Restrict admin and API logins on customer-data SaaS platforms to corporate IP ranges, enforce phishing-resistant MFA for their admins and turn on audit logging of bulk exports.",
    reason: (f) => `third-party platform, vendor not named${statedSuffix(f, ["thirdParty"])}`,
    examples: { fires: { incident: { thirdParty: true } }, silent: { incident: { thirdParty: true, vendor: "Salesforce" } } } },
];

/**
 * Every platform rule is an "am I affected?" check for a reader on the same platform: it carries the
 * platform's playbooks (advisories, techniques, indicators) and the window to search. Rules about an
 * unnamed platform apply to any reader.
 */
export const SAAS_ADMIN_RULES: readonly ActionRule[] = RULES.map((r): ActionRule =>
  r.when.vendorKnown === false ? { lens: "general", ...r } : { playbooks: (f) => f.vendor?.playbooks ?? [], window: true, ...r },
);
