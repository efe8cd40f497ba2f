import type { Indicator } from "../../domain/advice.js";
import { ADVISORIES, type AdvisoryId } from "./advisories.table.js";

/**
 * A playbook: the primary advisories behind a group of actions, the MITRE ATT&CK techniques those actions
 * counter, and the indicators a primary source publishes (each with that source). Knowledge as data: a new
 * campaign is one entry here plus the rules that cite it.
 */
export interface Playbook {
  advisories: readonly AdvisoryId[];
  /** ATT&CK technique ids ("T1566.004"). */
  techniques: readonly string[];
  indicators?: readonly Indicator[];
}

const src = (id: AdvisoryId): string => ADVISORIES[id].url;

export const PLAYBOOKS = {
  /** UNC6040: staff talked on the phone into approving a look-alike connected app (the 2025 CRM wave). */
  "crm-vishing": {
    advisories: ["gtig-unc6040", "gtig-unc6040-hardening", "fbi-flash-2025-09", "salesforce-security"],
    // Voice phishing, impersonation, stolen app tokens, data pulled from the CRM with cloud accounts.
    techniques: ["T1566.004", "T1656", "T1528", "T1213", "T1078.004"],
  },
  /** Salesforce tenant hardening against both UNC6040 and UNC6395. */
  "salesforce-hardening": {
    advisories: ["gtig-unc6040-hardening", "salesforce-security", "fbi-flash-2025-09"],
    techniques: ["T1528", "T1213", "T1078.004"],
  },
  /** UNC6395: stolen OAuth tokens of the Salesloft Drift integration, then secrets searched in the stolen records. */
  "drift-oauth": {
    advisories: ["gtig-drift", "fbi-flash-2025-09"],
    techniques: ["T1528", "T1550.001", "T1213", "T1552"],
    indicators: [
      { kind: "user_agent", value: "Salesforce-Multi-Org-Fetcher/1.0", source: src("gtig-drift") },
      { kind: "user_agent", value: "Salesforce-CLI/1.0", source: src("gtig-drift") },
      { kind: "user_agent", value: "python-requests/2.32.4", source: src("gtig-drift") },
      { kind: "user_agent", value: "Python/3.11 aiohttp/3.12.15", source: src("gtig-drift") },
      { kind: "infrastructure", value: "Tor exit nodes", source: src("gtig-drift") },
    ],
  },
  /** UNC5537: logins to Snowflake with credentials harvested by infostealer malware, on accounts without MFA. */
  "snowflake-infostealer": {
    advisories: ["mandiant-unc5537"],
    techniques: ["T1078.004", "T1530"],
    indicators: [
      { kind: "tool", value: "FROSTBITE (also called rapeflake)", source: src("mandiant-unc5537") },
      { kind: "user_agent", value: "DBeaver_DBeaverUltimate", source: src("mandiant-unc5537") },
    ],
  },
  /** Help-desk impersonation, MFA fatigue and remote-access tools (Scattered Spider; the 2025 UK retail incidents). */
  "helpdesk-impersonation": {
    advisories: ["cisa-aa23-320a", "ncsc-retail-2025"],
    techniques: ["T1656", "T1598.004", "T1621", "T1219", "T1078"],
    indicators: [
      { kind: "tool", value: "ScreenConnect", source: src("cisa-aa23-320a") },
      { kind: "tool", value: "Splashtop", source: src("cisa-aa23-320a") },
      { kind: "tool", value: "TeamViewer", source: src("cisa-aa23-320a") },
      { kind: "tool", value: "Tailscale", source: src("cisa-aa23-320a") },
    ],
  },
  /** Malicious or compromised OAuth apps and integration tokens on any SaaS platform. */
  "oauth-app": { advisories: ["gtig-unc6040-hardening"], techniques: ["T1528", "T1550.001"] },
  "stolen-credentials": { advisories: [], techniques: ["T1078"] },
  "credential-stuffing": { advisories: [], techniques: ["T1110.004"] },
  "phishing": { advisories: [], techniques: ["T1566"] },
  "vulnerability": { advisories: [], techniques: ["T1190"] },
  "misconfiguration": { advisories: [], techniques: ["T1530"] },
  "insider": { advisories: [], techniques: ["T1213"] },
  "ransomware": { advisories: ["cisa-ransomware-guide"], techniques: ["T1486", "T1490"] },
  /** Data-theft extortion: leak sites, ransom demands and publication deadlines. */
  "extortion": { advisories: ["cisa-ransomware-guide"], techniques: ["T1657"] },
  "uk-retail": { advisories: ["ncsc-retail-2025", "ico-retail-2025"], techniques: [] },
  "gdpr": { advisories: ["gdpr"], techniques: [] },
  "uk-gdpr": { advisories: ["ico-report-breach"], techniques: [] },
  "au-ndb": { advisories: ["oaic-ndb"], techniques: [] },
  "sec-8k": { advisories: ["sec-cyber-disclosure"], techniques: [] },
  "us-identity-theft": { advisories: ["identitytheft-gov"], techniques: [] },
} as const satisfies Record<string, Playbook>;

export type PlaybookId = keyof typeof PLAYBOOKS;
