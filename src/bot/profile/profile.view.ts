import { commandRef } from "../../domain/command-ref.js";
import type { ReaderProfile } from "../../domain/reader-profile.js";
import type { View, ViewFact, ViewSection } from "../../domain/view.js";
import { vendorDisplayName } from "../../knowledge/gazetteer/vendor-names.js";
import { finishView } from "../views/view.builder.js";
import { jurisdictionName } from "./jurisdiction.vocabulary.js";

const NOT_SET = "not set";

/** "AU (Australia), FR (France)". */
export const jurisdictionsText = (codes: readonly string[]): string => codes.map((c) => `${c} (${jurisdictionName(c)})`).join(", ");
/** "Salesforce, Salesloft Drift". */
export const stackText = (slugs: readonly string[]): string => slugs.map(vendorDisplayName).join(", ");

const listedText = (listed: boolean | null): string => (listed === null ? NOT_SET : listed ? "yes (publicly listed)" : "no (not listed)");

/** The profile's fields as label/value pairs (values may hold text typed by users: render as plain text). */
export function profileFacts(p: ReaderProfile): ViewFact[] {
  return [
    { label: "Organisation", value: p.organisation ?? NOT_SET },
    { label: "Sector", value: p.sector ?? NOT_SET },
    { label: "Countries", value: p.jurisdictions.length ? jurisdictionsText(p.jurisdictions) : NOT_SET },
    { label: "Listed", value: listedText(p.listed) },
    { label: "Stack", value: p.stack.length ? stackText(p.stack) : NOT_SET },
  ];
}

const HOW_TO_SET: string[] = [
  `${commandRef("profile org Acme Airlines")} — your organisation (an incident naming it is advised as "we are the victim")`,
  `${commandRef("profile sector airline")} — airline, retail or other (the attacker's playbook against your sector)`,
  `${commandRef("profile countries AU, FR, EU")} — where you operate (notification duties; US states as US-CA)`,
  `${commandRef("profile listed yes")} — publicly listed or not (securities disclosure)`,
  `${commandRef("profile stack salesforce, salesloft drift, snowflake")} — vendors and integrations you use; ${commandRef("profile stack +zendesk")} / ${commandRef("profile stack -zendesk")} add or remove one`,
  `${commandRef("profile clear")} — forget the profile`,
];

/** What the profile does, in one paragraph. */
const PURPOSE =
  "Actions are chosen and worded for this reader: as the victim, as a user of the same vendor, as a company in the same sector, or as one whose customers may be the victim's. Alerts and digests say when an incident touches a vendor in your stack.";

/** `profile`: the workspace's profile, or how to set one. `note` says what a change just did. */
export function profileView(profile: ReaderProfile | null, options: { note?: string; title?: string } = {}): View {
  const sections: ViewSection[] = [];
  if (options.note) sections.push({ text: options.note });
  if (profile) {
    sections.push({ heading: "This workspace reads advice as", facts: profileFacts(profile) }, { text: PURPOSE });
  } else {
    sections.push({ text: `No reader profile is set for this workspace, so each action says which lens it assumes. ${PURPOSE}` });
  }
  sections.push({ heading: profile ? "Change it" : "Set it", bullets: HOW_TO_SET });
  return finishView({
    kind: "message",
    title: options.title ?? "Reader profile",
    sections,
    context: profile
      ? `Shared by every channel of this workspace · last changed ${profile.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`
      : "One profile per workspace, shared by all its channels.",
    ephemeral: true,
  });
}
