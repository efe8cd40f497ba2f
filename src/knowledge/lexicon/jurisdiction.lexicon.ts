import { US_STATES } from "./us-states.lexicon.js";

/**
 * Jurisdiction vocabulary for reader profiles. Country codes are ISO 3166-1 alpha-2; their names come
 * from the runtime's ICU data (Intl.DisplayNames), so only the exceptions are listed here.
 */

/** Codes ICU still names but ISO 3166-1 withdrew or never assigned to a country, mapped to today's code. */
export const REPLACED_CODES: Record<string, string> = {
  UK: "GB", DD: "DE", FX: "FR", SU: "RU", YU: "RS", CS: "RS", TP: "TL", VD: "VN", YD: "YE", ZR: "CD",
  BU: "MM", DY: "BJ", HV: "BF", NH: "VU", RH: "ZW", AN: "CW",
};

/** Codes ICU names that are not a country or jurisdiction of their own (regions, reserved and private codes). */
export const NOT_JURISDICTIONS: ReadonlySet<string> = new Set(["QO", "XA", "XB", "ZZ", "UN", "EZ", "AC", "CP", "CQ", "DG", "EA", "IC", "TA"]);

/** Supranational jurisdictions accepted next to countries. */
export const SUPRANATIONAL: Record<string, string> = { EU: "European Union" };

/** Names and short forms people type, in lower case, that ICU's English names do not cover. */
export const JURISDICTION_ALIASES: Record<string, string> = {
  uk: "GB", "great britain": "GB", britain: "GB", england: "GB", scotland: "GB", wales: "GB", "northern ireland": "GB",
  usa: "US", "u.s.": "US", "u.s.a.": "US", america: "US", "united states of america": "US",
  europe: "EU", eu: "EU", "european union": "EU",
  holland: "NL", "the netherlands": "NL", "czech republic": "CZ", turkey: "TR", "ivory coast": "CI",
  korea: "KR", "republic of korea": "KR", russia: "RU", "hong kong": "HK", macau: "MO", macao: "MO",
  uae: "AE", emirates: "AE", "viet nam": "VN", burma: "MM", swaziland: "SZ", "cape verde": "CV", "cabo verde": "CV",
  "vatican": "VA", "holy see": "VA", "east timor": "TL", "bosnia": "BA", "trinidad": "TT", "st lucia": "LC",
};

/** USPS codes of the US states, in the order of US_STATES (state breach laws: "US-CA"). */
export const US_STATE_CODES = [
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
  "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
  "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
  "UT", "VT", "VA", "WA", "WV", "WI", "WY",
] as const;

/** "California" → "CA", built from the two tables above (same order). */
export const US_STATE_BY_NAME: ReadonlyMap<string, string> = new Map(US_STATES.map((name, i) => [name.toLowerCase(), US_STATE_CODES[i]!]));

/** District of Columbia has its own breach-notification law too. */
export const US_DISTRICTS: Record<string, string> = { DC: "District of Columbia" };
