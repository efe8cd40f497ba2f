import type { Sector } from "../domain/incident.js";
import type { OrgEntry } from "../knowledge/types.js";
import { SECTOR_CUES, SECTOR_NAME_PARTS } from "../knowledge/lexicon/sector.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { fold } from "./text.normalizer.js";

const SECTORS: Sector[] = ["airline", "retail", "other"];
const compiled = lazy(() => SECTORS.map((sector) => ({ sector, re: cueRegex(SECTOR_CUES[sector], true), anaphor: new RegExp(`\\b(?:the|la|le|il|die|der|el)\\s+(?:${SECTOR_CUES[sector].join("|")})\\s+(?:said|says|has|had|is|was|confirmed|added|stated)\\b`) })));

/** The sector and, when cue words decided it, the sentence that weighed most for it (null: the victim's identity decided it). */
export interface SectorResult {
  sector: Sector | null;
  sentence: number | null;
}

/** Sector of the victim: gazetteer, then name parts ("Airlines"), then cue words weighted by closeness to the victim. */
export function resolveSector(orgs: (OrgEntry | null)[], names: string[], sentences: Sentence[], aboutVictim: (i: number) => boolean): SectorResult {
  const known = orgs.find((o) => o)?.sector;
  if (known) return { sector: known, sentence: null };
  if (!names.length) return { sector: null, sentence: null };
  const words = names.flatMap((n) => fold(n).split(/[^a-z]+/));
  for (const sector of SECTORS) if (words.some((w) => SECTOR_NAME_PARTS[sector].includes(w))) return { sector, sentence: null };
  const score: Record<Sector, number> = { airline: 0, retail: 0, other: 0 };
  const top: Record<Sector, { gain: number; sentence: number | null }> = { airline: { gain: 0, sentence: null }, retail: { gain: 0, sentence: null }, other: { gain: 0, sentence: null } };
  for (const s of sentences) {
    const weight = aboutVictim(s.index) ? 2 : 0.5;
    for (const { sector, re, anaphor } of compiled()) {
      re.lastIndex = 0;
      const n = s.folded.match(re)?.length ?? 0;
      const gain = Math.min(n, 3) * weight + (anaphor.test(s.folded) ? 3 : 0);
      score[sector] += gain;
      if (gain > top[sector].gain) top[sector] = { gain, sentence: s.index };
    }
  }
  const best = SECTORS.reduce((a, b) => (score[b] > score[a] ? b : a));
  const sector = score[best] >= 2 && best !== "other" ? best : "other";
  return { sector, sentence: sector === "other" ? null : top[sector].sentence };
}
