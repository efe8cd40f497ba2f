import type { ExposureWindow } from "../domain/advice.js";
import type { VendorKind } from "../knowledge/types.js";
import { ADVISORIES } from "./playbooks/advisories.table.js";
import type { PlaybookId } from "./playbooks/playbooks.table.js";

/** Stable ids of the platforms that have their own hardening rules. */
export type VendorId =
  | "salesforce" | "salesloft_drift" | "snowflake" | "zendesk" | "servicenow" | "okta"
  | "moveit" | "cleo" | "goanywhere" | "sita" | "amadeus" | "sabre" | "microsoft_dynamics" | "hubspot" | "gainsight";

/** A platform the advisory engine knows, matched against Incident.vendor by name or alias. */
export interface VendorProfile {
  id: VendorId;
  /** Display name used in action texts. */
  name: string;
  /** Other spellings of Incident.vendor that mean this platform (case-insensitive). */
  aliases: string[];
  kind: VendorKind;
  /** Playbooks of the known campaigns against this platform (advisories, techniques, indicators). */
  playbooks?: PlaybookId[];
  /** A published period of the known campaign against it: the look-back window for "am I affected?". */
  window?: ExposureWindow;
  /**
   * What the attackers' secrets on this platform were: the victim's own platform logins or integration tokens,
   * never its customers' passwords (so no "customers, change your password" advice rests on them).
   */
  ownCredentials?: boolean;
  /** The known way in was stolen credentials (infostealers), not people: no phone-based hunting advice. */
  credentialIntrusion?: boolean;
}

/** One line per platform; a new platform is one line here plus its rules in saas-admin.rules.ts. */
export const VENDOR_PROFILES: readonly VendorProfile[] = [
  { id: "salesforce", name: "Salesforce", aliases: ["salesforce.com", "sfdc", "salesforce crm", "salesforce service cloud"], kind: "crm", playbooks: ["salesforce-hardening"] },
  { id: "salesloft_drift", name: "Salesloft Drift", aliases: ["salesloft", "drift", "salesloft-drift"], kind: "saas", playbooks: ["drift-oauth"], ownCredentials: true,
    window: { from: "2025-08-08", to: "2025-08-18", basis: "the period in which GTIG saw Salesforce queried with stolen Drift OAuth tokens", source: ADVISORIES["gtig-drift"].url } },
  { id: "snowflake", name: "Snowflake", aliases: ["snowflake inc", "snowflake data cloud"], kind: "cloud_data", playbooks: ["snowflake-infostealer"], ownCredentials: true, credentialIntrusion: true,
    window: { from: "2024-04-01", to: "2024-06-30", basis: "the UNC5537 campaign: Mandiant first saw stolen Snowflake records in April 2024 and published in June 2024; look back further if your login history allows", source: ADVISORIES["mandiant-unc5537"].url } },
  { id: "zendesk", name: "Zendesk", aliases: [], kind: "helpdesk" },
  { id: "servicenow", name: "ServiceNow", aliases: ["service now"], kind: "helpdesk" },
  { id: "okta", name: "Okta", aliases: ["okta workforce identity"], kind: "identity" },
  { id: "moveit", name: "MOVEit Transfer", aliases: ["moveit", "progress moveit", "moveit cloud"], kind: "file_transfer" },
  { id: "cleo", name: "Cleo", aliases: ["cleo harmony", "cleo vltrader", "cleo lexicom"], kind: "file_transfer" },
  { id: "goanywhere", name: "GoAnywhere MFT", aliases: ["goanywhere", "fortra goanywhere"], kind: "file_transfer" },
  { id: "sita", name: "SITA", aliases: ["sita passenger service system", "sita pss", "sita horizon"], kind: "airline_it" },
  { id: "amadeus", name: "Amadeus", aliases: ["amadeus altea", "amadeus it group"], kind: "airline_it" },
  { id: "sabre", name: "Sabre", aliases: ["sabre corporation", "sabresonic"], kind: "airline_it" },
  { id: "microsoft_dynamics", name: "Microsoft Dynamics 365", aliases: ["dynamics 365", "microsoft dynamics", "dynamics crm"], kind: "crm" },
  { id: "hubspot", name: "HubSpot", aliases: [], kind: "crm" },
  { id: "gainsight", name: "Gainsight", aliases: [], kind: "saas", playbooks: ["oauth-app"], ownCredentials: true },
];

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

const BY_NAME: ReadonlyMap<string, VendorProfile> = new Map(
  VENDOR_PROFILES.flatMap((p) => [p.name, p.id, ...p.aliases].map((n) => [norm(n), p] as const)),
);

/** The profile for a vendor string as stored on an incident, or null when the platform has no profile. */
export function vendorProfileOf(vendor: string | null): VendorProfile | null {
  if (!vendor) return null;
  return BY_NAME.get(norm(vendor)) ?? null;
}
