import type { Advice } from "../../domain/advice.js";
import type { VendorFlag } from "../../advise/profile.match.js";
import { stanceOf } from "../../domain/fact-stance.js";
import { VECTOR_WORDS } from "../../domain/field-labels.js";
import type { FactField, Incident, IncidentDetail } from "../../domain/incident.js";
import { STANCE_TAG } from "../../domain/stance-wording.js";
import type { View, ViewBadge, ViewFact, ViewSection } from "../../domain/view.js";
import { conflictText, sourceLinks } from "./evidence.js";
import { actorWords, attributionOf, countLine, worded } from "./fact.words.js";
import { classLabel, formatDate, plural } from "./format.js";
import { incidentButtons } from "./incident.actions.js";
import { finishView } from "./view.builder.js";

const VECTOR_LABELS: Record<string, string> = {
  vishing: "Voice phishing (vishing)", social_engineering: "Social engineering", phishing: "Phishing",
  oauth_app: "Malicious OAuth / connected app", stolen_credentials: "Stolen credentials",
  credential_stuffing: "Credential stuffing", ransomware: "Ransomware", misconfiguration: "Misconfiguration",
  vulnerability: "Software vulnerability", insider: "Insider",
};
export const vectorLabel = (v: string): string => VECTOR_LABELS[v] ?? VECTOR_WORDS[v as keyof typeof VECTOR_WORDS] ?? v;

/** Field → how to show it, worded by its stance; a conflict between sources replaces the value. */
const FACT_ROWS: { label: string; field: FactField | null; value: (d: IncidentDetail) => string | null }[] = [
  { label: "Victims", field: "victims", value: (d) => d.victims.map((v) => worded(d, "victims", v, v)).join("; ") || null },
  { label: "Group", field: "victimGroup", value: (d) => (d.victimGroup ? worded(d, "victimGroup", d.victimGroup, d.victimGroup) : null) },
  { label: "Sector", field: "sector", value: (d) => worded(d, "sector", d.sector, d.sector) },
  { label: "Vendor / platform", field: "vendor", value: (d) => (d.vendor ? worded(d, "vendor", d.vendor, `${d.vendor}${d.thirdParty ? " (third party)" : ""}`) : d.thirdParty ? worded(d, "thirdParty", true, "a third-party platform, not named") : null) },
  { label: "Vector", field: "vector", value: (d) => (d.vector ? worded(d, "vector", d.vector, vectorLabel(d.vector)) : null) },
  { label: "Affected", field: "affectedCount", value: (d) => countLine(d) },
  { label: "Actors", field: "actors", value: (d) => d.actors.map((a) => actorWords(d, a)).join("; ") || null },
  { label: "Detected", field: "detected", value: (d) => (d.detectedAt ? worded(d, "detected", d.detectedAt, d.detectedAt) : null) },
  { label: "Disclosed", field: "disclosed", value: (d) => (d.disclosedAt ? worded(d, "disclosed", d.disclosedAt, d.disclosedAt) : null) },
  { label: "Regulators", field: "regulators", value: (d) => d.regulators.map((r) => worded(d, "regulators", r, r)).join("; ") || null },
  { label: "Status", field: "status", value: (d) => d.status },
  { label: "Severity", field: null, value: (d) => d.severity },
];

export function incidentFacts(detail: IncidentDetail): ViewFact[] {
  const facts: ViewFact[] = [];
  for (const row of FACT_ROWS) {
    const conflict = row.field ? conflictText(detail, row.field) : null;
    const value = conflict ? `sources differ: ${conflict}` : row.value(detail);
    if (value) facts.push({ label: row.label, value });
  }
  return facts;
}

/** "Email addresses" when confirmed, "Email addresses (reported, not confirmed)" otherwise. */
const tagged = (label: string, stance: import("../../domain/evidence.js").Stance): string =>
  stance === "confirmed" || stance === "denied" ? label : `${label} (${STANCE_TAG[stance]})`;

export function dataBadges(detail: IncidentDetail): ViewBadge[] {
  return [
    ...detail.exposed.map((c): ViewBadge => ({ label: tagged(classLabel(c), stanceOf(detail.stances, "exposed", c)), tone: "exposed" })),
    ...detail.notExposed.map((c): ViewBadge => ({ label: classLabel(c), tone: "safe" })),
  ];
}

/** Event time of an incident: its latest source's publication date. */
export const reportedAt = (i: Incident): Date => i.lastReportedAt ?? i.updatedAt;

/** "Last reported 2025-07-09 · 4 sources · last checked 2026-12-04" (the fetch time only as "last checked"). */
export const incidentContext = (d: IncidentDetail): string =>
  `Last reported ${formatDate(reportedAt(d))} · ${plural(d.sources.length, "source")} · last checked ${formatDate(d.updatedAt)}`;

/** Why each data badge is worded as it is, in one line ("Taken: … — reported by …"). */
function dataNote(detail: IncidentDetail): string | null {
  const stances = new Set(detail.exposed.map((c) => attributionOf(detail, "exposed", c)));
  return stances.size === 1 && detail.exposed.length > 0 ? `Taken: ${[...stances][0]}.` : null;
}

/** The "You use Salesforce" section: a badge and why, first on the card so alerts lead with it. */
export const vendorFlagSection = (flag: VendorFlag): ViewSection => ({ badges: [{ label: flag.label, tone: "stack" }], text: flag.detail });

/** The full incident card; `flag` when the incident touches a vendor in the reader's stack. */
export function incidentView(detail: IncidentDetail, advice: Advice, options: { flag?: VendorFlag | null } = {}): View {
  const sections: ViewSection[] = options.flag ? [vendorFlagSection(options.flag)] : [];
  sections.push({ heading: "Facts", facts: incidentFacts(detail) });
  const badges = dataBadges(detail);
  const note = dataNote(detail);
  sections.push(badges.length > 0 ? { heading: "Data", badges, ...(note ? { text: note } : {}) } : { heading: "Data", text: "No data classes reported yet." });
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
