import type { OrgEntry } from "../types.js";
import { AMERICAS_AIRLINES } from "./airlines-americas.data.js";
import { ASIA_PACIFIC_AIRLINES } from "./airlines-asia-pacific.data.js";
import { EUROPE_AIRLINES } from "./airlines-europe.data.js";
import { MIDDLE_EAST_AFRICA_AIRLINES } from "./airlines-mea.data.js";

/**
 * Multi-brand airline holding groups, for reports that name the parent ("Air France-KLM said…"). They have no IATA
 * code. Groups named after their main airline ("Qantas Group", "Lufthansa Group") are aliases of that airline.
 */
const AIRLINE_GROUPS: OrgEntry[] = [
  { name: "Air France-KLM", aliases: ["Air France KLM", "AF-KLM", "Air France-KLM Group"], sector: "airline", country: "FR" },
  { name: "IAG", aliases: ["International Airlines Group", "International Consolidated Airlines Group"], sector: "airline", country: "GB" },
  { name: "Alaska Air Group", aliases: [], sector: "airline", country: "US" },
  { name: "American Airlines Group", aliases: [], sector: "airline", country: "US" },
  { name: "Abra Group", aliases: [], sector: "airline", country: "GB" },
];

/**
 * Airlines worldwide (sector "airline"), one line each in the regional data files. Airports and airline IT
 * providers (SITA, Amadeus, Collins Aerospace) are vendors or other organisations, not airlines.
 */
export const AIRLINES: OrgEntry[] = [
  ...EUROPE_AIRLINES,
  ...AMERICAS_AIRLINES,
  ...ASIA_PACIFIC_AIRLINES,
  ...MIDDLE_EAST_AFRICA_AIRLINES,
  ...AIRLINE_GROUPS,
];
