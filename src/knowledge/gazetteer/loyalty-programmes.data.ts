/**
 * Loyalty programmes run jointly by several airlines or brands. News often names the programme ("Flying Blue members
 * were warned") where the breached organisations are its owners, so the programme name itself is never a victim.
 * Programmes with a single owner are aliases of that owner in the organisation gazetteer instead.
 */
export interface SharedProgramme {
  /** The programme as news names it. */
  name: string;
  /** Canonical gazetteer names of the organisations that run it. */
  owners: string[];
}

export const SHARED_PROGRAMMES: SharedProgramme[] = [
  { name: "Flying Blue", owners: ["Air France", "KLM", "Transavia"] },
  { name: "Miles & More", owners: ["Lufthansa", "Austrian Airlines", "Swiss", "Brussels Airlines", "Croatia Airlines", "LOT Polish Airlines"] },
  { name: "Avios", owners: ["British Airways", "Iberia", "Aer Lingus", "Vueling", "Qatar Airways"] },
  { name: "Nectar", owners: ["Sainsbury's", "Argos"] },
  { name: "Payback", owners: ["Rewe", "dm", "Aral"] },
];
