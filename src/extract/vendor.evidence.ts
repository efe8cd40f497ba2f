import type { Sentence } from "./sentence.splitter.js";
import type { ValueSource } from "./evidence.builder.js";
import { vendorMatcher } from "./gazetteer.matcher.js";
import { breachCue, exposureCue } from "./victim.roles.js";
import type { StanceReader } from "./stance.reader.js";

/** Words of a compromise in any of the five languages (beyond the breach and exposure cues). */
const COMPROMISE = /(?<![a-z])(?:unauthori[sz]ed|intrus\w*|intruder|attacker|hacker\w*|compromis\w*|stolen|breach\w*|non autoris\w*|acces? non|unbefugt\w*|angreifer|non autorizzat\w*|no autorizad\w*|pirat\w*)/;

/** A denial next to the vendor's name: "its own platform was not breached", "not through Salesforce". */
const NEGATION = /(?<![a-z])(?:not|never|no|denied|denies|deny|pas|jamais|nicht|kein\w*|non|nessun\w*|ningun\w*|nunca)(?![a-z])|n't\b/;

/**
 * Sentences beyond the extractor's own that name the vendor where the victim, an authority or the vendor itself speaks
 * of it ("Four Seasons says the incident is limited to Sabre's platform", "Sabre disclosed in a filing that …"): they
 * can confirm a vendor the extractor read from the outlet's plain description. A mention with a denial next to it
 * ("Snowflake maintains its own platform was not breached") confirms nothing.
 */
export function confirmingVendorSources(sentences: Sentence[], vendor: string, known: ValueSource[], stances: StanceReader): ValueSource[] {
  const seen = new Set(known.map((k) => k.sentence));
  const out: ValueSource[] = [];
  for (const s of sentences) {
    if (seen.has(s.index)) continue;
    const at = mentionAt(s, vendor);
    if (at === null) continue;
    const clause = s.folded.slice(at).split(/[;.]|,\s*(?:but|while|whereas|although)\b|\bbut\b/)[0] ?? "";
    if (NEGATION.test(clause.slice(0, 90)) || NEGATION.test(s.folded.slice(Math.max(0, at - 30), at))) continue;
    const read = stances.read(s.index, at);
    if (read.stance !== "confirmed") continue;
    // The vendor's own word confirms it only where it speaks of the compromise, not of restoring service or advising customers.
    if (read.speaker === vendor && !(breachCue().test(s.folded) || exposureCue().test(s.folded) || COMPROMISE.test(s.folded))) continue;
    out.push({ sentence: s.index, at });
  }
  return out;
}

/** Where a sentence names the vendor (its gazetteer entry or its name as written), or null. */
function mentionAt(s: Sentence, vendor: string): number | null {
  const hit = vendorMatcher().find(s.text, s.folded).find((h) => h.entry.name === vendor);
  if (hit) return hit.start;
  const i = s.text.indexOf(vendor);
  return i >= 0 && !/[\p{L}\d]/u.test(s.text[i + vendor.length] ?? "") ? i : null;
}
