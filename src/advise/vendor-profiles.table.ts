import type { VendorKind } from "../knowledge/types.js";

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
}

/** One line per platform; a new platform is one line here plus its rules in saas-admin.rules.ts. */
export const VENDOR_PROFILES: readonly VendorProfile[] = [
  { id: "salesforce", name: "Salesforce", aliases: ["salesforce.com", "sfdc", "salesforce crm", "salesforce service cloud"], kind: "crm" },
  { id: "salesloft_drift", name: "Salesloft Drift", aliases: ["salesloft", "drift", "salesloft-drift"], kind: "saas" },
  { id: "snowflake", name: "Snowflake", aliases: ["snowflake inc", "snowflake data cloud"], kind: "cloud_data" },
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
  { id: "gainsight", name: "Gainsight", aliases: [], kind: "saas" },
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
