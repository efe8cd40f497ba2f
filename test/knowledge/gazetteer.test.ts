import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SECTORS } from "../../src/domain/incident.js";
import { ACTORS, AIRLINES, OTHER_ORGS, REGULATORS, RETAILERS, VENDORS } from "../../src/knowledge/gazetteer/index.js";
import { US_STATES } from "../../src/knowledge/gazetteer/us-state-ags.js";

/** A name or alias: trimmed, non-empty, single-spaced. */
const Term = z.string().min(2).refine((s) => s === s.trim() && !/\s{2,}/.test(s), "untrimmed or double-spaced");
const Iso2 = z.string().regex(/^[A-Z]{2}$/);

const OrgSchema = z.strictObject({
  name: Term,
  aliases: z.array(Term),
  sector: z.enum(SECTORS),
  group: Term.optional(),
  country: Iso2.optional(),
  iata: z.string().regex(/^[A-Z0-9]{2}$/).optional(),
  ambiguous: z.literal(true).optional(),
});
const VendorSchema = z.strictObject({
  name: Term,
  aliases: z.array(Term),
  kind: z.enum(["crm", "saas", "cloud_data", "call_centre", "helpdesk", "airline_it", "it_services", "payments", "file_transfer", "marketing", "identity", "other"]),
  ambiguous: z.literal(true).optional(),
});
const ActorSchema = z.strictObject({
  name: Term,
  aliases: z.array(Term),
  kind: z.enum(["extortion_group", "ransomware", "state", "cluster", "individual"]),
  ambiguous: z.literal(true).optional(),
});
const RegulatorSchema = z.strictObject({
  name: Term,
  aliases: z.array(Term),
  country: z.union([Iso2, z.literal("EU"), z.literal("INT")]),
  kind: z.enum(["dpa", "police", "cyber_agency", "securities", "state_ag", "transport", "consumer", "other"]),
  ambiguous: z.literal(true).optional(),
});

interface Named {
  name: string;
  aliases: string[];
  ambiguous?: boolean;
}

/**
 * The key under which a term is matched: accents folded, case ignored, dashes and spaces alike, "and" = "&"
 * (as loose as the extractor's matching, so a collision here is a collision there).
 */
const norm = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\s-]+/g, " ")
    .replace(/ and /g, " & ")
    .replace(/\s*&\s*/g, "&")
    .trim();

/** Every term (name and aliases) of a table, mapped to the canonical names that claim it. */
function termOwners(tables: readonly (readonly Named[])[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const table of tables) {
    for (const entry of table) {
      for (const term of [entry.name, ...entry.aliases]) {
        const set = owners.get(norm(term)) ?? new Set<string>();
        set.add(entry.name);
        owners.set(norm(term), set);
      }
    }
  }
  return owners;
}

function collisions(tables: readonly (readonly Named[])[]): string[] {
  const found: string[] = [];
  for (const [term, names] of termOwners(tables)) {
    if (names.size > 1) found.push(`${term} → ${[...names].join(" | ")}`);
  }
  return found;
}

/**
 * Terms repeated inside one entry (an alias equal to the name or to another alias, ignoring case). Spelling
 * variants without accents or with "and" stay allowed: consumers that do not fold text need them.
 */
function innerDuplicates(table: readonly Named[]): string[] {
  const found: string[] = [];
  for (const entry of table) {
    const seen = new Set<string>();
    for (const term of [entry.name, ...entry.aliases]) {
      const key = term.toLowerCase();
      if (seen.has(key)) found.push(`${entry.name}: ${term}`);
      seen.add(key);
    }
  }
  return found;
}

const ORGS = [...AIRLINES, ...RETAILERS, ...OTHER_ORGS];
const TABLES = { AIRLINES, RETAILERS, OTHER_ORGS, VENDORS, ACTORS, REGULATORS } as const;

describe("gazetteer schemas", () => {
  it.each([
    ["AIRLINES", AIRLINES, OrgSchema],
    ["RETAILERS", RETAILERS, OrgSchema],
    ["OTHER_ORGS", OTHER_ORGS, OrgSchema],
    ["VENDORS", VENDORS, VendorSchema],
    ["ACTORS", ACTORS, ActorSchema],
    ["REGULATORS", REGULATORS, RegulatorSchema],
  ] as const)("%s entries are valid", (_label, table, schema) => {
    const bad = table.flatMap((entry, i) => {
      const r = (schema as z.ZodType).safeParse(entry);
      return r.success ? [] : [`#${i} ${entry.name}: ${r.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; ")}`];
    });
    expect(bad).toEqual([]);
  });

  it("sectors match their files", () => {
    expect(AIRLINES.filter((o) => o.sector !== "airline").map((o) => o.name)).toEqual([]);
    expect(RETAILERS.filter((o) => o.sector !== "retail").map((o) => o.name)).toEqual([]);
    expect(OTHER_ORGS.filter((o) => o.sector !== "other").map((o) => o.name)).toEqual([]);
  });

  it("has the expected sizes", () => {
    expect(AIRLINES.length).toBeGreaterThanOrEqual(250);
    expect(RETAILERS.length).toBeGreaterThanOrEqual(300);
    expect(OTHER_ORGS.length).toBeGreaterThanOrEqual(200);
    expect(VENDORS.length).toBeGreaterThanOrEqual(100);
    expect(ACTORS.length).toBeGreaterThanOrEqual(100);
    expect(REGULATORS.length).toBeGreaterThanOrEqual(150);
  });
});

describe("gazetteer aliases", () => {
  it.each(Object.entries(TABLES))("%s has no alias claimed by two entries and no repeated term", (_label, table) => {
    expect(collisions([table])).toEqual([]);
    expect(innerDuplicates(table)).toEqual([]);
  });

  it("no alias points to two organisations across the org files", () => {
    expect(collisions([AIRLINES, RETAILERS, OTHER_ORGS])).toEqual([]);
  });

  it("a term shared by an organisation and a vendor names the same company", () => {
    expect(collisions([ORGS, VENDORS])).toEqual([]);
  });

  it("actors and regulators share no term with organisations or vendors", () => {
    const orgTerms = termOwners([ORGS, VENDORS]);
    const clash = [...termOwners([ACTORS, REGULATORS]).keys()].filter((t) => orgTerms.has(t));
    expect(clash).toEqual([]);
    expect(collisions([ACTORS, REGULATORS])).toEqual([]);
  });

  it("no alias is an ordinary word (aliases always match; only names can be flagged ambiguous)", () => {
    const ordinary = ["play", "next", "drift", "nice", "target", "gap", "coach", "boots", "police", "agenda", "royal", "the", "group", "team", "white", "muse", "segment", "square", "slack", "very", "guess", "apple", "shell"];
    const all: Named[] = [...ORGS, ...VENDORS, ...ACTORS, ...REGULATORS];
    const bad = all.flatMap((e) => e.aliases.filter((a) => ordinary.includes(norm(a))).map((a) => `${e.name}: ${a}`));
    expect(bad).toEqual([]);
  });

  it("an organisation that is also a vendor has the same ambiguity in both files", () => {
    const vendorFlag = new Map(VENDORS.map((v) => [v.name, v.ambiguous === true]));
    const differ = ORGS.filter((o) => vendorFlag.has(o.name) && vendorFlag.get(o.name) !== (o.ambiguous === true)).map((o) => o.name);
    expect(differ).toEqual([]);
  });

  it("no ambiguous name is used as a parent group (groups are matched without context)", () => {
    const ambiguous = new Set(ORGS.filter((o) => o.ambiguous).map((o) => norm(o.name)));
    const bad = ORGS.filter((o) => o.group !== undefined && ambiguous.has(norm(o.group))).map((o) => `${o.name} → ${o.group}`);
    expect(bad).toEqual([]);
  });

  it("flags names that are ordinary words or people's names", () => {
    const flagged = (table: readonly Named[], name: string): boolean | undefined => table.find((e) => e.name === name)?.ambiguous;
    for (const name of ["Next", "Gap", "Coach", "Boots", "Target", "Guess", "Mango", "Very", "Iceland", "Converse", "Vans"]) {
      expect(flagged(RETAILERS, name), name).toBe(true);
    }
    for (const name of ["Play", "Royal", "Everest", "Medusa"]) expect(flagged(ACTORS, name), name).toBe(true);
    expect(flagged(REGULATORS, "AFP")).toBe(true);
  });
});

describe("required canonical names", () => {
  const names = (table: readonly Named[]): Set<string> => new Set(table.map((e) => e.name));
  it.each([
    ["AIRLINES", AIRLINES, ["Qantas", "Air France", "KLM", "WestJet", "Hawaiian Airlines", "Air India", "Cathay Pacific", "Vietnam Airlines", "British Airways", "easyJet", "Ryanair"]],
    ["RETAILERS", RETAILERS, ["Louis Vuitton", "Dior", "Tiffany", "Sephora", "Fendi", "Givenchy", "Loro Piana", "Bulgari", "Gucci", "Balenciaga", "Alexander McQueen", "Saint Laurent", "Bottega Veneta", "Cartier", "Van Cleef & Arpels", "IWC", "The North Face", "Vans", "Timberland", "Zara", "Chanel", "Hermès", "Pandora", "Adidas", "Nike", "Puma", "Marks & Spencer", "Co-op", "Harrods", "Victoria's Secret", "Tesco", "Sainsbury's", "Walmart", "Target", "Costco", "Kroger", "Boots", "Primark"]],
    ["OTHER_ORGS", OTHER_ORGS, ["Allianz Life", "Aflac", "Erie Insurance", "Santander", "TransUnion", "Experian", "Equifax", "Google", "Cisco", "Microsoft", "Workday", "Cloudflare", "Zscaler", "Palo Alto Networks", "Booking.com", "Marriott", "MGM Resorts", "Caesars Entertainment", "Ticketmaster", "Change Healthcare", "SITA", "Collins Aerospace"]],
    ["VENDORS", VENDORS, ["Salesforce", "Salesloft Drift", "Snowflake", "Zendesk", "ServiceNow", "HubSpot", "Microsoft Dynamics", "Oracle", "SAP", "Workday", "Gainsight", "Klaviyo", "Mailchimp", "Twilio", "Okta", "Genesys", "NICE CXone", "Five9", "Talkdesk", "Freshworks", "Intercom", "MOVEit", "Cleo", "Accellion", "GoAnywhere", "SITA", "Amadeus", "Sabre", "Navitaire", "Accelya", "Collins Aerospace", "TCS", "Cognizant", "Conduent", "Blue Yonder"]],
    ["ACTORS", ACTORS, ["ShinyHunters", "Scattered Spider", "Scattered Lapsus$ Hunters", "UNC6395", "LAPSUS$", "Crimson Collective", "LockBit", "ALPHV", "Clop", "Akira", "Qilin", "Play", "RansomHub", "DragonForce", "Medusa", "Black Basta", "Rhysida", "8Base", "INC Ransom", "Hunters International", "Everest", "Kairos", "SafePay", "World Leaks", "Lynx", "Interlock", "Warlock", "BianLian", "Royal", "BlackSuit", "Cactus", "Hellcat", "Termite", "Embargo", "KillSec", "Nova", "Salt Typhoon", "APT41", "Lazarus Group"]],
    ["REGULATORS", REGULATORS, ["ICO", "CNIL", "Autoriteit Persoonsgegevens", "DPC", "Garante", "AEPD", "BfDI", "OAIC", "ACSC", "AFP", "OPC", "Transport Canada", "RCMP", "FBI", "CISA", "SEC", "FTC", "HHS OCR", "NCA", "NCSC", "Action Fraud", "Metropolitan Police", "Hong Kong Police", "PCPD", "PDPC", "PIPC", "PPC", "CERT-In", "ANSSI", "BSI", "IMY", "Datatilsynet", "FDPIC", "Europol", "ANPD", "law enforcement"]],
  ] as const)("%s has the required names", (_label, table, required) => {
    const have = names(table);
    expect(required.filter((n) => !have.has(n))).toEqual([]);
  });

  it("resolves the aliases our labels rely on", () => {
    const owner = (table: readonly Named[], term: string): string | undefined =>
      table.find((e) => [e.name, ...e.aliases].some((t) => norm(t) === norm(term)))?.name;
    expect(owner(ACTORS, "UNC6040")).toBe("ShinyHunters");
    expect(owner(ACTORS, "Shiny Hunters")).toBe("ShinyHunters");
    for (const a of ["UNC3944", "Octo Tempest", "0ktapus", "Muddled Libra", "Scatter Swine", "Storm-0875", "Star Fraud"]) {
      expect(owner(ACTORS, a), a).toBe("Scattered Spider");
    }
    expect(owner(ACTORS, "SLSH")).toBe("Scattered Lapsus$ Hunters");
    expect(owner(ACTORS, "DEV-0537")).toBe("LAPSUS$");
    expect(owner(ACTORS, "BlackCat")).toBe("ALPHV");
    expect(owner(ACTORS, "Cl0p")).toBe("Clop");
    expect(owner(ORGS, "M&S")).toBe("Marks & Spencer");
    expect(owner(ORGS, "KLM Royal Dutch Airlines")).toBe("KLM");
    expect(owner(ORGS, "Qantas Airways")).toBe("Qantas");
    expect(owner(VENDORS, "Salesloft")).toBe("Salesloft Drift");
    expect(owner(VENDORS, "Tata Consultancy Services")).toBe("TCS");
    expect(owner(REGULATORS, "Information Commissioner's Office")).toBe("ICO");
    expect(owner(REGULATORS, "Dutch privacy watchdog")).toBe("Autoriteit Persoonsgegevens");
    expect(owner(REGULATORS, "Australian Federal Police")).toBe("AFP");
  });
});

describe("airlines", () => {
  it("every airline except holding groups has a unique IATA code", () => {
    const groups = new Set(AIRLINES.flatMap((a) => (a.group === undefined ? [] : [a.group])));
    const missing = AIRLINES.filter((a) => a.iata === undefined && !groups.has(a.name)).map((a) => a.name);
    expect(missing).toEqual([]);
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const a of AIRLINES) {
      const prior = a.iata === undefined ? undefined : seen.get(a.iata);
      if (prior !== undefined) dupes.push(`${a.iata}: ${prior} | ${a.name}`);
      if (a.iata !== undefined) seen.set(a.iata, a.name);
    }
    expect(dupes).toEqual([]);
  });

  it("puts the 2025 victims in their groups", () => {
    const group = (name: string): string | undefined => AIRLINES.find((a) => a.name === name)?.group;
    expect(group("Air France")).toBe("Air France-KLM");
    expect(group("KLM")).toBe("Air France-KLM");
    expect(group("Qantas")).toBe("Qantas Group");
    expect(group("British Airways")).toBe("IAG");
    expect(group("Hawaiian Airlines")).toBe("Alaska Air Group");
  });
});

describe("regulators", () => {
  it("has an attorney general for all 50 states and DC", () => {
    expect(US_STATES).toHaveLength(50);
    const ags = new Set(REGULATORS.filter((r) => r.kind === "state_ag").map((r) => r.name));
    const missing = [...US_STATES.map((s) => `${s} AG`), "DC AG"].filter((n) => !ags.has(n));
    expect(missing).toEqual([]);
    expect(ags.size).toBe(51);
    const maine = REGULATORS.find((r) => r.name === "Maine AG");
    expect(maine?.aliases).toEqual(expect.arrayContaining(["Maine Attorney General", "Attorney General of Maine", "Maine Attorney General's Office", "Maine AG's office"]));
  });
});
