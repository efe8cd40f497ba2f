import { STACK_ALIASES } from "./stack-aliases.data.js";
import { VENDORS } from "./vendors.js";

/** A vendor as the reader profile stores it: the gazetteer's canonical name and its slug. */
export interface VendorName {
  /** Canonical gazetteer name ("Salesloft Drift"). */
  name: string;
  /** Stable lower-case id stored in profiles ("salesloft-drift"). */
  slug: string;
}

/** Letters and digits only, lower case, accents folded: "Sales Force" and "salesforce" meet. */
export function compactName(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** The slug of a canonical name: "Salesloft Drift" → "salesloft-drift". */
export function vendorSlug(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

interface Index {
  byCompact: Map<string, VendorName>;
  bySlug: Map<string, VendorName>;
}

let index: Index | null = null;

/** Built once: every canonical name, gazetteer alias and stack alias, in compact form. */
function vendorIndex(): Index {
  if (index) return index;
  const byCompact = new Map<string, VendorName>();
  const bySlug = new Map<string, VendorName>();
  for (const v of VENDORS) {
    const entry = { name: v.name, slug: vendorSlug(v.name) };
    bySlug.set(entry.slug, entry);
    // The canonical name wins over another vendor's alias that compacts the same way.
    byCompact.set(compactName(v.name), entry);
  }
  for (const v of VENDORS) {
    for (const alias of v.aliases) {
      const key = compactName(alias);
      if (key && !byCompact.has(key)) byCompact.set(key, bySlug.get(vendorSlug(v.name))!);
    }
  }
  for (const [alias, name] of Object.entries(STACK_ALIASES)) {
    const entry = bySlug.get(vendorSlug(name));
    if (entry && !byCompact.has(alias)) byCompact.set(alias, entry);
  }
  index = { byCompact, bySlug };
  return index;
}

/** The vendor a name, alias or slug means ("Sales Force", "drift", "salesloft-drift"), or null. */
export function resolveVendor(text: string): VendorName | null {
  const key = compactName(text);
  if (!key) return null;
  const { byCompact, bySlug } = vendorIndex();
  return byCompact.get(key) ?? bySlug.get(text.trim().toLowerCase()) ?? null;
}

/** The vendor stored under a slug, or null when the gazetteer no longer has it. */
export function vendorBySlug(slug: string): VendorName | null {
  return vendorIndex().bySlug.get(slug) ?? null;
}

/** Display name of a stored slug (the slug itself when the gazetteer no longer knows it). */
export function vendorDisplayName(slug: string): string {
  return vendorBySlug(slug)?.name ?? slug;
}

/** Every compact key with the vendor it means, for "did you mean" suggestions. */
export function vendorKeys(): ReadonlyMap<string, VendorName> {
  return vendorIndex().byCompact;
}
