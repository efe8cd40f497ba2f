import type { OrgEntry } from "../types.js";

/** Airlines worldwide (sector "airline"). */
export const AIRLINES: OrgEntry[] = [
  { name: "Qantas", aliases: ["Qantas Airways"], sector: "airline", group: "Qantas Group", country: "AU", iata: "QF" },
];
