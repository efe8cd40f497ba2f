import type { Stance } from "../domain/evidence.js";
import { stanceOf, type FactStances } from "../domain/fact-stance.js";
import type { Incident } from "../domain/incident.js";
import type { ReaderProfile } from "../domain/reader-profile.js";
import { STANCE_TAG } from "../domain/stance-wording.js";
import { resolveVendor, vendorDisplayName, vendorSlug } from "../knowledge/gazetteer/vendor-names.js";

/** One vendor of the reader's stack that an incident touches. */
export interface StackHit {
  /** Canonical name ("Salesforce"). */
  name: string;
  slug: string;
  /** platform: the incident's vendor or integration; victim: the vendor was itself breached. */
  via: "platform" | "victim";
  /** How sure the record is of that link. */
  stance: Stance;
}

/** The "you use X" flag of alerts and digests. */
export interface VendorFlag {
  hits: StackHit[];
  /** Short badge text: "You use Salesforce", "You use Salesforce and Snowflake". */
  label: string;
  /** One line for lists (digests): "You use Salesforce: the incident's platform (reported, not confirmed)". */
  line: string;
  /** One sentence saying why, with the record's certainty: "Salesforce, in this workspace's stack, is the platform named in this incident (reported, not confirmed)." */
  detail: string;
}

type FlagIncident = Pick<Incident, "vendor" | "victims" | "victimGroup"> & { stances?: FactStances };

/** The stack slug a name on an incident stands for: through the vendor gazetteer and its aliases, else its own slug. */
const slugOf = (name: string): string => resolveVendor(name)?.slug ?? vendorSlug(name);

const andList = (names: string[]): string => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`);

/** "(reported, not confirmed)" unless the link is confirmed. */
const certainty = (stance: Stance): string => (stance === "confirmed" ? "" : ` (${STANCE_TAG[stance]})`);

function hitsOf(incident: FlagIncident, stack: ReadonlySet<string>): StackHit[] {
  const hits = new Map<string, StackHit>();
  if (incident.vendor) {
    const stance = stanceOf(incident.stances, "vendor", incident.vendor);
    const slug = slugOf(incident.vendor);
    if (stance !== "denied" && stack.has(slug)) hits.set(slug, { name: vendorDisplayName(slug), slug, via: "platform", stance });
  }
  // A vendor that is itself a victim (its own systems breached) touches every customer of it.
  for (const victim of [...incident.victims, incident.victimGroup ?? ""]) {
    if (!victim) continue;
    const field = victim === incident.victimGroup && !incident.victims.includes(victim) ? "victimGroup" : "victims";
    const stance = stanceOf(incident.stances, field, victim);
    const vendor = resolveVendor(victim);
    if (!vendor || stance === "denied" || hits.has(vendor.slug) || !stack.has(vendor.slug)) continue;
    hits.set(vendor.slug, { name: vendor.name, slug: vendor.slug, via: "victim", stance });
  }
  return [...hits.values()];
}

/**
 * The "you use X" flag: which vendors of the workspace profile's stack the incident touches, as its
 * platform (vendor or integration) or as a victim. Null without a profile, an empty stack, or no match.
 * Pure; every name in the result is a canonical gazetteer name, but renderers still escape it.
 */
export function vendorFlagFor(incident: FlagIncident, profile: Pick<ReaderProfile, "stack"> | null | undefined): VendorFlag | null {
  if (!profile || profile.stack.length === 0) return null;
  const hits = hitsOf(incident, new Set(profile.stack));
  if (hits.length === 0) return null;
  const sentences = hits.map((h) =>
    h.via === "platform"
      ? `${h.name}, in this workspace's stack, is the platform named in this incident${certainty(h.stance)}.`
      : `${h.name}, in this workspace's stack, is itself a victim of this incident${certainty(h.stance)}.`,
  );
  const roles = hits.map((h) => `${h.via === "platform" ? `the incident's platform` : "itself a victim"}${certainty(h.stance)}`);
  const label = `You use ${andList(hits.map((h) => h.name))}`;
  const line = hits.length === 1 ? `${label}: ${roles[0]}` : `${label}: ${hits.map((h, i) => `${h.name}, ${roles[i]}`).join("; ")}`;
  return { hits, label, line, detail: sentences.join(" ") };
}
