import type { RecommendedAction } from "../domain/advice.js";
import type { ExternalReference } from "./stix.types.js";

const TECHNIQUE = /^T\d{4}(\.\d{3})?$/;

/**
 * THE one place where exports read the references of a recommended action: its primary advisory links and
 * MITRE ATT&CK technique ids (RecommendedAction.advisories / techniques), as STIX external references.
 */
export function actionReferences(action: RecommendedAction): ExternalReference[] {
  const refs: ExternalReference[] = [];
  for (const a of action.advisories ?? []) {
    if (!/^https?:\/\//i.test(a.url)) continue;
    refs.push({ source_name: a.source || new URL(a.url).hostname.replace(/^www\./, ""), url: a.url, ...(a.title ? { description: a.title } : {}) });
  }
  for (const t of action.techniques ?? []) {
    if (!TECHNIQUE.test(t)) continue;
    refs.push({ source_name: "mitre-attack", external_id: t, url: `https://attack.mitre.org/techniques/${t.replace(".", "/")}/` });
  }
  return refs;
}
