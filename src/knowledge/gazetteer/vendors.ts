import type { VendorEntry } from "../types.js";

/** Third-party platforms whose compromise exposes their customers' data. */
export const VENDORS: VendorEntry[] = [
  { name: "Salesforce", aliases: ["Salesforce CRM"], kind: "crm" },
];
