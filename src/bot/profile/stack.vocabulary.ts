import { compactName, resolveVendor, vendorKeys, type VendorName } from "../../knowledge/gazetteer/vendor-names.js";
import { editDistance, typoBudget } from "../text/edit-distance.js";
import type { Resolved } from "./jurisdiction.vocabulary.js";

/** The vendor a compact key is closest to, within the typo budget of its length. */
function suggestVendor(text: string): VendorName | null {
  const key = compactName(text);
  let best: VendorName | null = null;
  let bestDistance = typoBudget(key.length) + 1;
  for (const [candidate, vendor] of vendorKeys()) {
    const d = editDistance(key, candidate, bestDistance);
    if (d < bestDistance) {
      best = vendor;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The vendors one comma-separated piece names: "salesloft drift" is one, "salesforce snowflake" two
 * (longest known name first, word by word), "Sales Force" one.
 */
export function resolveVendors(piece: string): Resolved<VendorName[]> {
  const words = piece.trim().split(/\s+/).filter(Boolean);
  const found: VendorName[] = [];
  let i = 0;
  while (i < words.length) {
    let j = words.length;
    let hit: VendorName | null = null;
    for (; j > i; j--) {
      hit = resolveVendor(words.slice(i, j).join(" "));
      if (hit) break;
    }
    if (!hit) {
      const unknown = found.length === 0 ? piece.trim() : words.slice(i).join(" ");
      const guess = suggestVendor(unknown) ?? (words.length - i > 1 ? suggestVendor(words[i]!) : null);
      const hint = guess ? ` Did you mean ${guess.name}?` : " Name platforms as the vendor list does, e.g. Salesforce, Salesloft Drift, Snowflake, Zendesk, Okta.";
      return { ok: false, message: `I don't know the vendor "${unknown}".${hint}` };
    }
    found.push(hit);
    i = j;
  }
  return { ok: true, value: found };
}
