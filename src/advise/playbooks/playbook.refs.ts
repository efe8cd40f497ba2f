import type { AdvisoryRef, Indicator } from "../../domain/advice.js";
import { ADVISORIES } from "./advisories.table.js";
import { PLAYBOOKS, type PlaybookId } from "./playbooks.table.js";

/** The references an action carries: advisories, techniques and indicators of its playbooks, each once. */
export interface PlaybookRefs {
  advisories: AdvisoryRef[];
  techniques: string[];
  indicators: Indicator[];
}

const cache = new Map<string, PlaybookRefs>();
const frozen = <T>(xs: T[]): T[] => Object.freeze(xs) as T[];
const EMPTY: PlaybookRefs = Object.freeze({ advisories: frozen([]), techniques: frozen([]), indicators: frozen([]) });

/** Merge playbooks in order (memoised per combination: the tables are static, so the lists are shared and frozen). */
export function refsOf(ids: readonly PlaybookId[]): PlaybookRefs {
  if (ids.length === 0) return EMPTY;
  const key = ids.length === 1 ? ids[0]! : ids.join("|");
  let refs = cache.get(key);
  if (!refs) {
    const advisories = new Map<string, AdvisoryRef>();
    const techniques = new Set<string>();
    const indicators = new Map<string, Indicator>();
    for (const id of ids) {
      const p = PLAYBOOKS[id];
      for (const a of p.advisories) advisories.set(a, ADVISORIES[a]);
      for (const t of p.techniques) techniques.add(t);
      for (const i of ("indicators" in p ? p.indicators : []) as readonly Indicator[]) indicators.set(`${i.kind}:${i.value}`, i);
    }
    refs = Object.freeze({ advisories: frozen([...advisories.values()]), techniques: frozen([...techniques]), indicators: frozen([...indicators.values()]) });
    cache.set(key, refs);
  }
  return refs;
}
