import type { AdvisoryRef } from "../../domain/advice.js";

/**
 * The primary advisories actions rest on: government, regulator, vendor and threat-intelligence publications.
 * One line each; a rule or playbook cites them by id. Titles are ours (short descriptions), not the publishers'.
 */
export const ADVISORIES = {
  "gtig-unc6040": {
    url: "https://cloud.google.com/blog/topics/threat-intelligence/voice-phishing-data-extortion",
    title: "UNC6040: voice phishing of staff into approving a look-alike Data Loader connected app, then data theft and extortion",
    source: "Google Threat Intelligence Group",
  },
  "gtig-unc6040-hardening": {
    url: "https://cloud.google.com/blog/topics/threat-intelligence/unc6040-proactive-hardening-recommendations",
    title: "Hardening, logging and detection against UNC6040 (identity checks at the help desk, connected-app and API controls)",
    source: "Google Threat Intelligence Group",
  },
  "gtig-drift": {
    url: "https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift",
    title: "UNC6395: Salesforce data theft with stolen Salesloft Drift OAuth tokens, and secrets hunted in the stolen records",
    source: "Google Threat Intelligence Group",
  },
  "salesforce-security": {
    url: "https://security.salesforce.com/security-best-practices",
    title: "Salesforce security best practices: phishing, social engineering and securing access to your org",
    source: "Salesforce",
  },
  "fbi-flash-2025-09": {
    url: "https://www.ic3.gov/CSA/2025/250912.pdf",
    title: "FBI FLASH (September 2025): UNC6040 and UNC6395 stealing data from Salesforce instances, with indicators",
    source: "FBI",
  },
  "mandiant-unc5537": {
    url: "https://cloud.google.com/blog/topics/threat-intelligence/unc5537-snowflake-data-theft-extortion",
    title: "UNC5537: Snowflake customer instances accessed with infostealer-harvested credentials, no MFA, no network allow-lists",
    source: "Mandiant",
  },
  "cisa-aa23-320a": {
    url: "https://www.cisa.gov/news-events/cybersecurity-advisories/aa23-320a",
    title: "AA23-320A Scattered Spider: help-desk impersonation, MFA fatigue, SIM swaps and remote-access tools",
    source: "CISA and FBI",
  },
  "ncsc-retail-2025": {
    url: "https://www.ncsc.gov.uk/blog-post/incidents-impacting-retailers-recommendations-from-the-ncsc",
    title: "Incidents at UK retailers (2025): review help-desk password and MFA resets, watch risky logins and admin accounts",
    source: "NCSC (UK)",
  },
  "ico-retail-2025": {
    url: "https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2025/05/statement-on-cyber-incidents-impacting-retailers/",
    title: "ICO statement on the 2025 retail cyber incidents, with advice for worried customers",
    source: "ICO (UK)",
  },
  "ico-report-breach": {
    url: "https://ico.org.uk/for-organisations/report-a-breach/",
    title: "Reporting a personal data breach to the ICO (UK GDPR, 72 hours)",
    source: "ICO (UK)",
  },
  "oaic-ndb": {
    url: "https://www.oaic.gov.au/privacy/notifiable-data-breaches",
    title: "Notifiable Data Breaches scheme: assessing and notifying eligible data breaches",
    source: "OAIC (Australia)",
  },
  "gdpr": {
    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    title: "GDPR, Articles 33 (notifying the supervisory authority) and 34 (telling the people affected)",
    source: "EUR-Lex",
  },
  "sec-cyber-disclosure": {
    url: "https://www.sec.gov/newsroom/press-releases/2023-139",
    title: "SEC rules on cybersecurity incident disclosure by listed companies (Form 8-K Item 1.05)",
    source: "US SEC",
  },
  "cisa-ransomware-guide": {
    url: "https://www.cisa.gov/stopransomware/ransomware-guide",
    title: "#StopRansomware guide: preparing for and responding to ransomware and data extortion",
    source: "CISA",
  },
  "identitytheft-gov": {
    url: "https://www.identitytheft.gov/",
    title: "Reporting identity theft and getting a recovery plan (US)",
    source: "FTC",
  },
} as const satisfies Record<string, AdvisoryRef>;

export type AdvisoryId = keyof typeof ADVISORIES;
