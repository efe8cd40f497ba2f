import type { Extraction } from "../domain/incident.js";

const VECTOR_TEXT: Record<string, string> = {
  vishing: "voice phishing", social_engineering: "social engineering", phishing: "phishing", oauth_app: "a malicious connected app", stolen_credentials: "stolen credentials",
  credential_stuffing: "credential stuffing", ransomware: "ransomware", misconfiguration: "a misconfiguration", vulnerability: "an exploited vulnerability", insider: "an insider",
};

/** Short human title: "Qantas: customer data stolen via third-party platform". */
export function incidentTitle(x: Extraction): string {
  const who = x.victims.length ? x.victims.join(" / ") : "Unknown organisation";
  const what = x.exposed.length ? "customer data stolen" : "cyber incident";
  const via = x.vendor
    ? ` via ${x.vendor}`
    : x.thirdParty
      ? " via third-party platform"
      : x.vector
        ? ` via ${VECTOR_TEXT[x.vector] ?? x.vector}`
        : "";
  return `${who}: ${what}${via}`;
}
