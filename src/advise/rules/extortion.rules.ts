import type { ActionRule } from "../action-rule.js";
import type { AdviceFacts } from "../advice.facts.js";
import type { Condition } from "../condition.js";
import { actorList, claimedCountsPhrase, stanceSuffix } from "../phrases.js";

const EXTORTION_KINDS = ["extortion_group", "ransomware"] as const;
/** A ransom or payment is demanded, or an extortion crew claims the attack. */
const EXTORTED: Condition = { anyOf: [{ ransomDemanded: true }, { extortionClaimed: true, actorKindIn: EXTORTION_KINDS }] };
const CLAIM = "the attackers claim this, unverified";

/** Why: the claims on record, always as claims. */
function extortionReason(f: AdviceFacts): string {
  const parts: string[] = [];
  const crews = f.actors.filter((a) => a.role === "claimed" && a.profile && (EXTORTION_KINDS as readonly string[]).includes(a.profile.kind));
  if (crews.length > 0) parts.push(`claimed by ${crews.map((a) => `${a.profile!.name}${stanceSuffix(a.stance)}`).join(", ")}`);
  const counts = claimedCountsPhrase(f);
  if (counts) parts.push(counts);
  if (f.extortion.leak) parts.push("sources report a leak or a sale of the data");
  if (f.extortion.ransom) parts.push("sources report a ransom demand");
  if (f.extortion.deadline) parts.push("sources report a publication deadline");
  return `${parts.length > 0 ? parts.join("; ") : "extortion claimed"} (${CLAIM})`;
}
const whoClaims = (f: AdviceFacts): string => {
  const named = actorList(f, true);
  return named ? ` (${named})` : "";
};

/** Extortion and leak-site actions: claimed leaks, ransom demands and publication deadlines. */
export const EXTORTION_RULES: readonly ActionRule[] = [
  { id: "security.leak-site-monitoring", audience: "security", priority: "now", lens: "general", when: { extortionClaimed: true }, requires: { extortionClaimed: true }, playbooks: ["extortion"],
    text: (f) => `The attackers claim to hold ${f.victim}'s data${whoClaims(f)}: have your threat-intelligence provider watch their leak site and forums for posts naming ${f.victim} (do not download the data yourself), and when a sample appears, check it for your own customers', staff's or partners' records.`,
    reason: extortionReason,
    examples: { fires: { incident: { actors: [{ name: "ShinyHunters", role: "claimed" }] } }, silent: { incident: { actors: [{ name: "ShinyHunters", role: "suspected" }] } } } },
  { id: "security.extortion-response", audience: "security", priority: "now", lens: "victim", when: EXTORTED, requires: { extortionClaimed: true }, playbooks: ["extortion"],
    text: () => "If you are the one being extorted: do not reply or pay before counsel and law enforcement are involved; payment buys no deletion you can verify, and CISA and the FBI advise against it. Keep the extortion messages and leak-site posts as evidence, and check whether any sample is genuine before confirming anything.",
    reason: extortionReason,
    examples: { fires: { incident: { actors: [{ name: "Akira", role: "claimed" }] } }, silent: { incident: { actors: [{ name: "Akira", role: "suspected" }] } } } },
  { id: "regulatory.publication-injunction", audience: "regulatory", priority: "soon", lens: "victim", when: { extortionClaimed: true }, requires: { extortionClaimed: true },
    text: (f) => `Reminder, not legal advice: ${f.extortion.deadline ? "before the publication deadline the attackers set, " : ""}discuss with counsel a court injunction against publishing or using the stolen data. It binds those within the court's reach who would republish it (media, forums, platforms), not the criminals, and shows regulators and customers you acted.`,
    reason: extortionReason,
    examples: { fires: { incident: { actors: [{ name: "ShinyHunters", role: "claimed" }] } }, silent: { incident: {} } } },
  { id: "customer_service.publication-readiness", audience: "customer_service", priority: "soon", lens: "victim", when: { extortionClaimed: true }, requires: { extortionClaimed: true },
    text: () => "Prepare for the day the data is published: a holding statement, an FAQ that repeats only what has been stated about what was taken, and a rule that agents never confirm or deny whether a leaked sample is genuine.",
    reason: extortionReason,
    examples: { fires: { incident: { actors: [{ name: "DragonForce", role: "claimed" }] } }, silent: { incident: { actors: [{ name: "DragonForce", role: "suspected" }] } } } },
  { id: "fraud.publication-wave", audience: "fraud", priority: "soon", when: { extortionClaimed: true, exposedEmpty: false }, requires: { extortionClaimed: true },
    text: (f) => `If the data the attackers claim to hold from ${f.victim} is published, expect a second wave of scams and account-takeover attempts that quote it: raise monitoring for the two weeks after any publication and brief the team on what the leak is said to contain.`,
    reason: extortionReason,
    examples: { fires: { incident: { exposed: ["email"], actors: [{ name: "ShinyHunters", role: "claimed" }] } }, silent: { incident: { exposed: ["email"] } } } },
];
