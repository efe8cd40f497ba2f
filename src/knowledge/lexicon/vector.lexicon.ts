import type { AttackVector } from "../../domain/incident.js";

/** How the attackers got in. Ordered: the first vector whose cue matches wins (more specific first). */
export const VECTOR_CUES: { vector: AttackVector; cues: string[] }[] = [
  { vector: "vishing", cues: ["vishing", "voice[- ]phishing", "(?:phone|telephone|voice)[- ]based social engineering", "(?:phone|telephone) calls? (?:impersonating|posing)", "posing as (?:it|help ?desk)"] },
  { vector: "oauth_app", cues: ["oauth", "connected app\\w*", "malicious app\\w*", "data loader", "access tokens?", "integration tokens?"] },
  { vector: "credential_stuffing", cues: ["credential[- ]stuffing"] },
  { vector: "ransomware", cues: ["ransomware(?! groups)", "encrypt\\w* (?:files|systems|servers)", "erpressungstrojaner", "rancongiciel"] },
  { vector: "phishing", cues: ["phishing (?:email|attack|campaign)s?", "spear[- ]?phishing"] },
  { vector: "social_engineering", cues: ["social engineering", "impersonat\\w*", "ingegneria sociale", "ingenierie sociale", "ingenieria social"] },
  { vector: "stolen_credentials", cues: ["stolen credentials", "compromised credentials", "stolen (?:login|passwords?)", "infostealer\\w*", "credential theft"] },
  { vector: "misconfiguration", cues: ["misconfigur\\w*", "unsecured (?:database|server|bucket)", "publicly accessible (?:database|server|bucket)", "exposed database"] },
  { vector: "vulnerability", cues: ["exploit\\w* (?:a |an |the )?(?:flaw|vulnerabilit\\w*|zero-day|bug)", "zero-day", "cve-\\d+-\\d+", "unpatched", "sql injection", "exploited a flaw"] },
  { vector: "insider", cues: ["insider", "rogue employee", "former employee (?:stole|took|leaked)", "malicious employee"] },
];

/** A data platform run by someone else (vendor, outsourced service, cloud). */
export const THIRD_PARTY_CUES = [
  "(?<!unauthori[sz]ed |malicious |unknown )third[- ]part(?:y|ies)(?! (?:cyber)?security| forensic| experts?| investigators?| advisers?| specialists?)", "(?:external|outside|outsourced) (?:platform|provider|service|vendor|partner|system|supplier|database|application|management)\\w*",
  "(?:service|technology|software|cloud|data) (?:provider|vendor|partner|supplier)s?", "vendors?", "suppliers?", "business partner", "data processor", "outsourc\\w*", "hosted (?:by|on|with)",
  "(?:call|contact) cent(?:re|er) platform", "customer (?:service|relationship management|care) (?:platform|system|provider|database|software)", "crm", "salesforce", "saas", "cloud (?:platform|service|database|storage)",
  "supply[- ]chain", "platform (?:provider|operated by)", "operated by a", "instances?",
  "drittanbieter\\w*", "externe[nrs]? (?:dienstleister|plattform|anbieter)", "dienstleister", "fornitor\\w*", "terz[ei] part[ie]", "estern[oi]", "prestataire\\w*", "sous-traitant\\w*", "proveedor\\w*",
];

/** Attacks that by nature hit the organisation's own site: decisive for "not third party". */
export const OWN_SYSTEM_DECISIVE_CUES = ["credential[- ]stuffing", "account takeover attacks?", "magecart", "card[- ]skimm\\w*", "web[- ]skimm\\w*", "formjacking", "skimming code", "checkout pages?", "payment (?:form|page)s? (?:of|on) its"];

/** The organisation's own systems. */
export const OWN_SYSTEM_CUES = ["own (?:website|systems|servers|network|it systems|e-commerce)", "its (?:mobile )?app(?:lication)?", "internal (?:network|it infrastructure)", "portale e-commerce", "sito web", "propri[oa] portale"];
