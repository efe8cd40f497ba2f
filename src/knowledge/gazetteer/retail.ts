import type { OrgEntry } from "../types.js";

/** Retail, luxury, fashion and consumer brands (sector "retail"). */
export const RETAILERS: OrgEntry[] = [
  { name: "Chanel", aliases: [], sector: "retail", country: "FR" },
];
