import {
  JURISDICTION_ALIASES, NOT_JURISDICTIONS, REPLACED_CODES, SUPRANATIONAL, US_DISTRICTS, US_STATE_BY_NAME, US_STATE_CODES,
} from "../../knowledge/lexicon/jurisdiction.lexicon.js";
import { closest } from "../text/edit-distance.js";

/** A resolved jurisdiction: its stored code ("FR", "EU", "US-CA") and its English name. */
export interface Jurisdiction {
  code: string;
  name: string;
}

export type Resolved<T> = { ok: true; value: T } | { ok: false; message: string };

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
const US_STATES_BY_CODE: ReadonlyMap<string, string> = new Map([
  ...[...US_STATE_BY_NAME].map(([name, code]) => [code, name.replace(/\b\w/g, (c) => c.toUpperCase())] as const),
  ...Object.entries(US_DISTRICTS),
]);

/** Lower case, accents folded, "&" as "and", "St." as "st": how names are compared. */
const foldName = (text: string): string =>
  text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/&/g, " and ").replace(/\bst\./g, "st").replace(/[^a-z0-9.]+/g, " ").trim();

/** Every current ISO 3166-1 alpha-2 code ICU names, with its English name. */
let countries: Map<string, string> | null = null;
function countryNames(): Map<string, string> {
  if (countries) return countries;
  countries = new Map();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = regionNames.of(code);
      if (name && name !== code && !NOT_JURISDICTIONS.has(code) && !REPLACED_CODES[code] && !SUPRANATIONAL[code]) countries.set(code, name);
    }
  }
  return countries;
}

let byName: Map<string, string> | null = null;
/** Folded English names and aliases → code; countries before US states ("Georgia" is the country; "US-GA" the state). */
function codesByName(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  for (const [name, code] of US_STATE_BY_NAME) byName.set(name, `US-${code}`);
  for (const [code, name] of countryNames()) byName.set(foldName(name), code);
  for (const [code, name] of Object.entries(SUPRANATIONAL)) byName.set(foldName(name), code);
  for (const [alias, code] of Object.entries(JURISDICTION_ALIASES)) byName.set(foldName(alias), code);
  return byName;
}

/** The English name of a stored code ("FR" → "France", "US-CA" → "California (US)"). */
export function jurisdictionName(code: string): string {
  const state = /^US-([A-Z]{2})$/.exec(code);
  if (state) return `${US_STATES_BY_CODE.get(state[1]!) ?? state[1]} (US)`;
  return SUPRANATIONAL[code] ?? countryNames().get(code) ?? code;
}

/** Whether a stored code is one the profile accepts (ISO alpha-2, a supranational code, or a US state). */
export function isJurisdictionCode(code: string): boolean {
  const state = /^US-([A-Z]{2})$/.exec(code);
  if (state) return US_STATES_BY_CODE.has(state[1]!);
  return Boolean(SUPRANATIONAL[code]) || countryNames().has(code);
}

function fromCode(raw: string): Resolved<Jurisdiction> | null {
  const upper = raw.toUpperCase();
  if (/^[A-Z]{2}$/i.test(raw)) {
    const code = REPLACED_CODES[upper] ?? upper;
    if (isJurisdictionCode(code)) return { ok: true, value: { code, name: jurisdictionName(code) } };
    if (NOT_JURISDICTIONS.has(upper)) return { ok: false, message: `"${raw}" is not a country code; use ISO codes such as AU, FR, GB or US, or EU.` };
    return null;
  }
  const sub = /^([A-Z]{2})-([A-Z0-9]{1,3})$/i.exec(raw);
  if (!sub) return null;
  if (sub[1]!.toUpperCase() !== "US") return { ok: false, message: `Regions are known for US states only (e.g. US-CA); for "${raw}" use the country code ${sub[1]!.toUpperCase()}.` };
  const code = `US-${sub[2]!.toUpperCase()}`;
  return isJurisdictionCode(code) ? { ok: true, value: { code, name: jurisdictionName(code) } } : { ok: false, message: `"${raw}" is not a US state code (e.g. US-CA, US-NY).` };
}

/** "FR", "France", "UK", "US-CA", "California", "EU" → the stored code and its name; an error with a suggestion otherwise. */
export function resolveJurisdiction(text: string): Resolved<Jurisdiction> {
  const raw = text.trim().replace(/[.;:]+$/, "");
  const code = fromCode(raw);
  if (code) return code;
  const names = codesByName();
  const hit = names.get(foldName(raw));
  if (hit) return { ok: true, value: { code: hit, name: jurisdictionName(hit) } };
  const guess = closest(foldName(raw), [...names.keys()]);
  const hint = guess ? ` Did you mean ${jurisdictionName(names.get(guess)!)} (${names.get(guess)})?` : " Use ISO country codes such as AU, FR, GB, US, or EU, or US states as US-CA.";
  return { ok: false, message: `I don't know the country or jurisdiction "${raw}".${hint}` };
}

/** US state codes, exported for tests and help. */
export const KNOWN_US_STATES = US_STATE_CODES;
