import { closest } from "../text/edit-distance.js";
import { resolveJurisdiction } from "./jurisdiction.vocabulary.js";
import { resolveVendors } from "./stack.vocabulary.js";

type Raw = Record<string, unknown> | string;

/** Which field each word after `profile` names. Knowledge as data: a new synonym is one entry. */
const FIELD_WORDS: Record<string, string> = {
  show: "show", view: "show", get: "show",
  clear: "clear", reset: "clear", delete: "clear",
  org: "organisation", organisation: "organisation", organization: "organisation", company: "organisation", name: "organisation",
  sector: "sector", industry: "sector",
  countries: "jurisdictions", country: "jurisdictions", jurisdictions: "jurisdictions", jurisdiction: "jurisdictions", regions: "jurisdictions",
  listed: "listed", listing: "listed",
  stack: "stack", vendors: "stack", vendor: "stack", integrations: "stack", platforms: "stack",
};

const SECTOR_WORDS: Record<string, string> = {
  airline: "airline", airlines: "airline", aviation: "airline", carrier: "airline", airways: "airline",
  retail: "retail", retailer: "retail", retailers: "retail", fashion: "retail", luxury: "retail", ecommerce: "retail", "e-commerce": "retail",
  other: "other", others: "other",
};

const LISTED_WORDS: Record<string, boolean | null> = {
  yes: true, y: true, true: true, listed: true, public: true,
  no: false, n: false, false: false, unlisted: false, private: false,
  unknown: null, none: null, clear: null, "-": null,
};

/** Words that empty a field ("profile org none", "profile stack none"). */
const EMPTY = new Set(["none", "-", "clear", "nothing"]);

const cleanText = (text: string): string => text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\uE000-\uF8FF]/g, "").replace(/\s+/g, " ").trim();
const pieces = (text: string): string[] => text.split(/\s*[,;]\s*|\s+and\s+/i).map((p) => p.trim()).filter(Boolean);

function readSector(rest: string): Raw {
  const word = rest.toLowerCase();
  if (EMPTY.has(word)) return { kind: "profile", change: { field: "sector", value: null } };
  const sector = SECTOR_WORDS[word];
  if (sector) return { kind: "profile", change: { field: "sector", value: sector } };
  if (!word) return "Name the sector: airline, retail or other.";
  const guess = closest(word, Object.keys(SECTOR_WORDS));
  return `I don't know the sector "${rest}".${guess ? ` Did you mean "${guess}"?` : ""} Sectors are airline, retail and other (any other sector).`;
}

function readJurisdictions(rest: string): Raw {
  if (EMPTY.has(rest.toLowerCase())) return { kind: "profile", change: { field: "jurisdictions", value: [] } };
  if (!rest) return "Name the countries, e.g. AU, FR, EU.";
  const codes: string[] = [];
  for (const piece of pieces(rest)) {
    const whole = resolveJurisdiction(piece);
    if (whole.ok) {
      codes.push(whole.value.code);
      continue;
    }
    // "AU FR EU" without commas: each word on its own.
    const words = piece.split(/\s+/);
    const each = words.length > 1 ? words.map(resolveJurisdiction) : [];
    if (each.length === 0 || each.some((r) => !r.ok)) return whole.message;
    for (const r of each) if (r.ok) codes.push(r.value.code);
  }
  return { kind: "profile", change: { field: "jurisdictions", value: [...new Set(codes)] } };
}

function readListed(rest: string): Raw {
  const value = LISTED_WORDS[rest.toLowerCase()];
  if (value !== undefined) return { kind: "profile", change: { field: "listed", value } };
  return `Say whether the organisation is publicly listed: "yes", "no" or "unknown".`;
}

/** `stack a, b` (the whole stack), `stack +a, -b` or `stack add a` / `stack remove b` (changes). */
function readStack(rest: string): Raw {
  if (EMPTY.has(rest.toLowerCase())) return { kind: "profile", change: { field: "stack", set: [] } };
  if (!rest) return "Name the vendors and integrations you use, e.g. Salesforce, Salesloft Drift, Snowflake.";
  const keyword = /^(add|remove|rm|drop|delete)\s+/i.exec(rest);
  const defaultSign = keyword ? (keyword[1]!.toLowerCase() === "add" ? "+" : "-") : null;
  const add: string[] = [];
  const remove: string[] = [];
  const set: string[] = [];
  for (const piece of pieces(keyword ? rest.slice(keyword[0].length) : rest)) {
    const signed = /^([+-])\s*(.*)$/.exec(piece);
    const sign = signed ? signed[1] : defaultSign;
    const resolved = resolveVendors(signed ? signed[2]! : piece);
    if (!resolved.ok) return resolved.message;
    const slugs = resolved.value.map((v) => v.slug);
    (sign === "+" ? add : sign === "-" ? remove : set).push(...slugs);
  }
  if (set.length > 0 && (add.length > 0 || remove.length > 0)) {
    return `Either list the whole stack ("profile stack salesforce, snowflake") or change it with + and - ("profile stack +zendesk, -drift"), not both at once.`;
  }
  return { kind: "profile", change: set.length > 0 ? { field: "stack", set: [...new Set(set)] } : { field: "stack", add, remove } };
}

function readOrganisation(rest: string): Raw {
  const name = cleanText(rest);
  if (EMPTY.has(name.toLowerCase())) return { kind: "profile", change: { field: "organisation", value: null } };
  if (!name) return "Name the organisation, e.g. profile org Acme Airlines.";
  return { kind: "profile", change: { field: "organisation", value: name } };
}

/** `profile [show|clear|org …|sector …|countries …|listed …|stack …]`. */
export function readProfile(args: string[]): Raw {
  const [first, ...others] = args;
  if (!first) return { kind: "profile", change: { field: "show" } };
  const field = FIELD_WORDS[first.toLowerCase()];
  if (!field) {
    const guess = closest(first.toLowerCase(), Object.keys(FIELD_WORDS));
    return `I don't understand "${first}".${guess ? ` Did you mean "${guess}"?` : ""} Set org, sector, countries, listed or stack, or clear.`;
  }
  const rest = others.join(" ").trim();
  switch (field) {
    case "show":
    case "clear":
      return others.length === 0 ? { kind: "profile", change: { field } } : `"profile ${first}" takes nothing after it.`;
    case "organisation": return readOrganisation(rest);
    case "sector": return readSector(rest);
    case "jurisdictions": return readJurisdictions(rest);
    case "listed": return readListed(rest);
    default: return rest ? readStack(rest) : { kind: "profile", change: { field: "show" } };
  }
}
