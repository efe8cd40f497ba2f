import { describe, expect, it } from "vitest";
import { renderText } from "../../adapters/console/console.render.js";
import { renderBlocks } from "../../adapters/slack/slack.render.js";
import { renderCard } from "../../adapters/teams/teams.render.js";
import { advise } from "../../src/advise/index.js";
import { parseCommand } from "../../src/bot/grammar/command.parser.js";
import { actionSections } from "../../src/bot/views/actions.view.js";
import { finishView } from "../../src/bot/views/view.builder.js";
import type { View } from "../../src/domain/view.js";
import { makeIncident } from "./incident.fixture.js";

/** A Drift incident whose victim name is hostile markup (untrusted news text). */
const drift = makeIncident({
  id: "evil-2025-08", title: "Evil <b>&</b> Co breach", victims: ["Evil <@U123> & *Co*"], sector: "retail", thirdParty: true, vendor: "Salesloft Drift",
  vector: "oauth_app", exposed: ["name", "email", "support_case"], actors: [{ name: "UNC6395", role: "attributed" }], disclosedAt: "2025-08-26",
});

function view(audience?: "fraud"): View {
  const advice = advise(drift, { now: new Date("2025-09-01T00:00:00Z") });
  return finishView({ kind: "actions", title: `Recommended actions: ${drift.title}`, sections: actionSections(advice, { audience, hasProfile: false }), incidentId: drift.id });
}

describe("the actions view: lens, ATT&CK ids, advisory links and the window, on every platform", () => {
  it("parses `actions ID for fraud` (and keeps templates working beside it)", () => {
    expect(parseCommand("actions qantas-2025-06 for fraud")).toMatchObject({ kind: "actions", ref: "qantas-2025-06", audience: "fraud" });
    expect(parseCommand("actions air france for loyalty")).toMatchObject({ kind: "actions", ref: "air france", audience: "fraud" });
    expect(parseCommand("actions qantas-2025-06 for security script fr")).toMatchObject({ kind: "actions", ref: "qantas-2025-06", audience: "security", template: "script", lang: "fr" });
    expect(parseCommand("actions qantas-2025-06")).not.toHaveProperty("audience");
  });

  it("each action says which reader it assumes and carries its ATT&CK ids and window; advisories are links", () => {
    const v = view();
    const bullets = v.sections.flatMap((s) => s.bullets ?? []);
    expect(bullets.some((b) => /^\[now · if you use the same vendor \(assumed\)\] Revoke the Salesloft Drift OAuth tokens/.test(b))).toBe(true);
    expect(bullets.join("\n")).toContain("ATT&CK: T1528, T1550.001");
    expect(bullets.join("\n")).toContain("search 2025-08-08 to 2025-08-18");
    const links = v.sections.find((s) => s.heading === "Primary advisories")!.links!;
    expect(links.map((l) => l.url)).toContain("https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift");
    expect(v.sections.find((s) => s.heading?.startsWith("Published indicators"))!.bullets!.join("\n")).toContain("user agent: Salesforce-Multi-Org-Fetcher/1.0");
  });

  it("Slack: mrkdwn escaped, links rendered, within Block Kit limits", () => {
    const msg = renderBlocks(view());
    const json = JSON.stringify(msg.blocks);
    expect(json).not.toContain("<@U123>");
    expect(json).toContain("&lt;@U123&gt;");
    expect(json).toContain("T1528");
    expect(json).toContain("<https://cloud.google.com/blog/topics/threat-intelligence/data-theft-salesforce-instances-via-salesloft-drift|");
    expect(msg.blocks.length).toBeLessThanOrEqual(50);
    for (const b of msg.blocks as { text?: { text: string } }[]) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
  });

  it("Teams: an Adaptive Card under the size limit with the links and ids; console: plain text", () => {
    const { card } = renderCard(view());
    const json = JSON.stringify(card);
    expect(json.length).toBeLessThan(28_000);
    expect(json).toContain("T1550.001");
    expect(json).toContain("https://www.ic3.gov/CSA/2025/250912.pdf");
    const text = renderText(view());
    expect(text).toContain("Exposure window to search");
    expect(text).toContain("2025-08-08 to 2025-08-18");
  });

  it("`for fraud` keeps only that audience, and says so when nothing applies", () => {
    const v = view("fraud");
    const headings = v.sections.map((s) => s.heading).filter(Boolean);
    expect(headings).toContain("Fraud & loyalty");
    expect(headings).not.toContain("SaaS & IT admins");
    const none = finishView({ kind: "actions", title: "t", sections: actionSections(advise(makeIncident({ exposed: ["postal_address"] })), { audience: "fraud", hasProfile: true }) });
    expect(none.sections.some((s) => s.text?.startsWith("No fraud & loyalty actions apply"))).toBe(true);
  });
});
