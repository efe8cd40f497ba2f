import type { Advice } from "../../domain/advice.js";
import type { FactField, IncidentDetail } from "../../domain/incident.js";
import type { View, ViewBadge, ViewFact, ViewSection } from "../../domain/view.js";
import { conflictText, sourceLinks } from "./evidence.js";
import { classLabel, formatCount, formatDate, plural } from "./format.js";
import { incidentButtons } from "./incident.actions.js";
import { finishView } from "./view.builder.js";

const VECTOR_LABELS: Record<string, string> = {
  vishing: "Voice phishing (vishing)", social_engineering: "Social engineering", phishing: "Phishing",
  oauth_app: "Malicious OAuth / connected app", stolen_credentials: "Stolen credentials",
  credential_stuffing: "Credential stuffing", ransomware: "Ransomware", misconfiguration: "Misconfiguration",
  vulnerability: "Software vulnerability", insider: "Insider",
};
export const vectorLabel = (v: string): string => VECTOR_LABELS[v] ?? v;

/** Field → how to show it; a conflict between sources replaces the value. */
const FACT_ROWS: { label: string; field: FactField | null; value: (d: IncidentDetail) => string | null }[] = [
  { label: "Victims", field: "victims", value: (d) => d.victims.join(", ") || null },
  { label: "Group", field: "victimGroup", value: (d) => d.victimGroup },
  { label: "Sector", field: "sector", value: (d) => d.sector },
  { label: "Vendor / platform", field: "vendor", value: (d) => (d.vendor ? `${d.vendor}${d.thirdParty ? " (third party)" : ""}` : null) },
  { label: "Vector", field: "vector", value: (d) => (d.vector ? vectorLabel(d.vector) : null) },
  { label: "Affected", field: "affectedCount", value: (d) => (d.affectedCount !== null ? formatCount(d.affectedCount) : null) },
  { label: "Actors", field: "actors", value: (d) => d.actors.map((a) => `${a.name} (${a.role})`).join(", ") || null },
  { label: "Detected", field: "detected", value: (d) => d.detectedAt },
  { label: "Disclosed", field: "disclosed", value: (d) => d.disclosedAt },
  { label: "Regulators", field: "regulators", value: (d) => d.regulators.join(", ") || null },
  { label: "Status", field: "status", value: (d) => d.status },
  { label: "Severity", field: null, value: (d) => d.severity },
];

export function incidentFacts(detail: IncidentDetail): ViewFact[] {
  const facts: ViewFact[] = [];
  for (const row of FACT_ROWS) {
    const conflict = row.field ? conflictText(detail, row.field) : null;
    const value = conflict ?? row.value(detail);
    if (value) facts.push({ label: row.label, value });
  }
  return facts;
}

export function dataBadges(detail: IncidentDetail): ViewBadge[] {
  return [
    ...detail.exposed.map((c): ViewBadge => ({ label: classLabel(c), tone: "exposed" })),
    ...detail.notExposed.map((c): ViewBadge => ({ label: classLabel(c), tone: "safe" })),
  ];
}

/** "Updated 2025-07-02 · 4 sources". */
export const incidentContext = (d: IncidentDetail): string => `Updated ${formatDate(d.updatedAt)} · ${plural(d.sources.length, "source")}`;

/** The full incident card. */
export function incidentView(detail: IncidentDetail, advice: Advice): View {
  const sections: ViewSection[] = [{ heading: "Facts", facts: incidentFacts(detail) }];
  const badges = dataBadges(detail);
  sections.push(badges.length > 0 ? { heading: "Data", badges } : { heading: "Data", text: "No data classes reported yet." });
  const top = advice.actions.slice(0, 3).map((a) => `[${a.priority}] ${a.text}`);
  if (top.length > 0) sections.push({ heading: "Top actions", bullets: top });
  if (detail.campaign) sections.push({ heading: "Campaign", text: `Part of ${detail.campaign.name} (${plural(detail.campaign.incidentIds.length, "incident")})` });
  sections.push({ heading: "Sources", links: sourceLinks(detail.sources.slice(0, 5)) });
  return finishView({
    kind: "incident",
    title: detail.title,
    subtitle: `${detail.severity.toUpperCase()} · ${detail.sector} · ${detail.id}`,
    sections,
    actions: incidentButtons(detail),
    context: incidentContext(detail),
    incidentId: detail.id,
    ephemeral: true,
  });
}
