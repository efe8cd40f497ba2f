import type { RegulatorEntry } from "../types.js";

/** The 50 states and the District of Columbia, as news names them ("Maine", "New York"). */
export const US_STATES: readonly string[] = [
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
  "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
  "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
  "West Virginia", "Wisconsin", "Wyoming",
];

/** The alias patterns every state attorney general gets; `{s}` is the state's name. */
const AG_ALIAS_PATTERNS: readonly string[] = [
  "{s} Attorney General",
  "Attorney General of {s}",
  "{s} Attorney General's Office",
  "{s} AG's office",
  "{s} Office of the Attorney General",
  "Office of the {s} Attorney General",
];

const stateAg = (state: string): RegulatorEntry => ({
  name: `${state} AG`,
  aliases: AG_ALIAS_PATTERNS.map((p) => p.replace("{s}", state)),
  country: "US",
  kind: "state_ag",
});

/** "Maine AG", "Texas AG", … plus "DC AG": where US breach notifications are filed. */
export const US_STATE_AGS: RegulatorEntry[] = [
  ...US_STATES.map(stateAg),
  {
    name: "DC AG",
    aliases: [
      "D.C. AG", "DC Attorney General", "D.C. Attorney General", "District of Columbia Attorney General",
      "Attorney General of the District of Columbia", "Attorney General for the District of Columbia",
      "DC Attorney General's Office", "D.C. Attorney General's Office", "DC AG's office",
    ],
    country: "US",
    kind: "state_ag",
  },
];
