import type { RecommendedAction } from "../domain/advice.js";
import type { ExternalReference } from "./stix.types.js";

/**
 * THE one place where exports read the references of a recommended action: primary advisory links
 * and MITRE ATT&CK technique ids. The advice engine does not give them yet; when its actions carry
 * `advisories` ([{ url, title? }]) and `techniques` (["T1566.004", …]), they appear on every
 * course-of-action without another change. Read structurally, never required.
 */
interface ActionWithReferences {
  advisories?: { url: string; title?: string | null; source?: string | null }[];
  techniques?: string[];
}

const TECHNIQUE = /^T\d{4}(\.\d{3})?$/;

export function actionReferences(action: RecommendedAction): ExternalReference[] {
  const extra = action as RecommendedAction & ActionWithReferences;
  const refs: ExternalReference[] = [];
  for (const a of extra.advisories ?? []) {
    if (!/^https?:\/\//i.test(a.url)) continue;
    refs.push({ source_name: a.source ?? new URL(a.url).hostname.replace(/^www\./, ""), url: a.url, ...(a.title ? { description: a.title } : {}) });
  }
  for (const t of extra.techniques ?? []) {
    if (!TECHNIQUE.test(t)) continue;
    refs.push({ source_name: "mitre-attack", external_id: t, url: `https://attack.mitre.org/techniques/${t.replace(".", "/")}/` });
  }
  return refs;
}
