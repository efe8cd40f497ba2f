import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnownBlock, SectionBlock } from "@slack/types";
import { renderText } from "../../adapters/console/console.render.js";
import { renderBlocks } from "../../adapters/slack/slack.render.js";
import { renderCard } from "../../adapters/teams/teams.render.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { parseCommand } from "../../src/bot/grammar/command.parser.js";
import { templateView } from "../../src/bot/views/template.view.js";
import type { View } from "../../src/domain/view.js";
import { coreFor, ctxFor } from "../bot/bot.harness.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "../store/store-fixtures.js";
import { stancedIncident } from "./template.fixtures.js";

const copyOf = (view: View): string => view.sections.map((s) => s.copyText ?? "").join("");
const sectionTexts = (blocks: KnownBlock[]): string[] => blocks.flatMap((b) => (b.type === "section" && (b as SectionBlock).text ? [(b as SectionBlock).text!.text] : []));

describe("actions … script|notice|staff [fr|en]: grammar", () => {
  it("reads the template and language words in any order, beside an id or a name", () => {
    expect(parseCommand("actions qantas-2025-06")).toEqual({ kind: "actions", ref: "qantas-2025-06", lang: "en" });
    expect(parseCommand("/breach actions qantas-2025-06 script")).toEqual({ kind: "actions", ref: "qantas-2025-06", template: "script", lang: "en" });
    expect(parseCommand("actions air france notice fr")).toEqual({ kind: "actions", ref: "air france", template: "notice", lang: "fr" });
    expect(parseCommand("actions staff lang:fr qantas-2025-06")).toEqual({ kind: "actions", ref: "qantas-2025-06", template: "staff", lang: "fr" });
    expect(parseCommand("actions qantas-2025-06 call-centre english")).toEqual({ kind: "actions", ref: "qantas-2025-06", template: "script", lang: "en" });
  });

  it("keeps a language word as part of the name when no template is asked, and needs an incident", () => {
    expect(parseCommand("actions qantas fr")).toEqual({ kind: "actions", ref: "qantas fr", lang: "en" });
    const bare = parseCommand("actions script fr");
    expect(bare).toMatchObject({ kind: "invalid", command: "actions" });
    expect(bare.kind === "invalid" && bare.message).toContain("incident id or name");
  });
});

const HOSTILE = "<!channel> @here *Evil* Air ```x``` <https://evil.test|login> \u001b[31m";

describe.each(storeKinds())("actions templates through the core (%s)", (kind) => {
  let store: TestStore;
  let core: BotCore;
  beforeAll(async () => {
    store = await openTestStore(kind);
    await store.applyIncidentWrite(makeWrite({
      incident: { counts: [{ value: 5_700_000, unit: "people", stance: "confirmed", speaker: "Qantas", sources: [] }], stances: { victims: "confirmed", "victims:qantas": "confirmed", vendor: "reported", "exposed:email": "confirmed", "exposed:phone": "reported", "notExposed:payment_card": "denied", affectedCount: "confirmed" } },
      facts: [
        { field: "affectedCount", value: 5_700_000, stance: "confirmed", speaker: "Qantas", unit: "people" },
        { field: "exposed", value: "email", stance: "confirmed", speaker: "Qantas" },
        { field: "exposed", value: "phone", stance: "reported" },
        { field: "vendor", value: "Salesforce", stance: "reported" },
        { field: "notExposed", value: "payment_card", stance: "denied", speaker: "Qantas" },
      ],
    }));
    await store.applyIncidentWrite(makeWrite({ id: "evil-2025-07", incident: { title: `${HOSTILE} breach`, victims: [HOSTILE], vendor: null }, facts: [{ field: "exposed", value: "email" }] }));
    core = coreFor(store);
  });
  afterAll(async () => { await store.cleanup(); });

  it("the actions view offers the three templates as buttons", async () => {
    const view = await core.handleCommand("actions qantas-2025-06", ctxFor());
    expect(view.actions?.filter((a) => a.id === "template").map((a) => [a.label, a.command])).toEqual([
      ["Call-centre script", "actions qantas-2025-06 script"], ["Customer notice", "actions qantas-2025-06 notice"], ["Staff warning", "actions qantas-2025-06 staff"],
    ]);
  });

  it("answers a template from the stored record, in French on request, with a switch to English", async () => {
    const view = await core.handleCommand("actions qantas-2025-06 script fr", ctxFor());
    expect(view.title).toBe("Script pour le centre d'appels : Qantas customer data taken from a call-centre platform");
    expect(view.readOnly).toBe(true);
    const text = copyOf(view);
    expect(text).toContain("Ampleur : 5 700 000 personnes (confirmé par Qantas).");
    expect(text).toContain("Les données concernées comprennent les numéros de téléphone (rapporté par Example News, sans confirmation de l'entreprise).");
    expect(text).toContain("Selon Qantas, ces données n'ont pas été touchées : les données de carte bancaire.");
    expect(view.actions?.[0]).toMatchObject({ label: "In English", command: "actions qantas-2025-06 script en" });
    expect(view.fallbackText).toContain("Ampleur : 5 700 000 personnes");
  });

  it("in a thread, `actions staff` means the thread's incident, addressed to the profile's organisation", async () => {
    const ctx = ctxFor("C9", { workspaceId: "T77", target: "slack:T77:C9", incidentId: "qantas-2025-06" });
    await core.handleCommand("profile org Acme Airlines", ctx);
    const view = await core.handleCommand("actions staff", ctx);
    expect(copyOf(view)).toContain("Security warning for Acme Airlines staff");
    expect(copyOf(view)).toContain("Be wary of messages about Salesforce (reported by Example News, not confirmed by the company)");
  });

  it("a thread answer to \"what should our call centre say?\" offers its templates, in the question's language", async () => {
    const ctx = ctxFor("C3", { incidentId: "qantas-2025-06" });
    const en = await core.answer("what should our call centre tell customers?", ctx);
    expect(en.actions?.filter((a) => a.id === "template").map((a) => a.command)).toEqual(["actions qantas-2025-06 script", "actions qantas-2025-06 notice"]);
    const fr = await core.answer("que doit dire notre centre d'appels ?", ctx);
    expect(fr.actions?.filter((a) => a.id === "template").map((a) => [a.label, a.command])).toEqual([
      ["Script pour le centre d'appels", "actions qantas-2025-06 script fr"], ["Avis aux clients", "actions qantas-2025-06 notice fr"],
    ]);
    const other = await core.answer("how many customers?", ctx);
    expect(other.actions?.some((a) => a.id === "template")).toBe(false);
  });

    it("a hostile victim name is escaped in Slack, Teams and the console", async () => {
    const view = await core.handleCommand("actions evil-2025-07 notice", ctxFor());
    expect(copyOf(view)).toContain(HOSTILE);
    const slack = JSON.stringify(renderBlocks(view));
    expect(slack).not.toMatch(/<!channel>|<https:\/\/evil|@here/);
    expect(slack).toContain("&lt;!channel&gt;");
    // The text stays inside its code blocks: backticks from the name cannot close one.
    for (const text of sectionTexts(renderBlocks(view).blocks).filter((t) => t.startsWith("```"))) expect(text.match(/```/g)).toHaveLength(2);
    const card = JSON.stringify(renderCard(view).card.body);
    expect(card).not.toMatch(/<!channel>|<https|(?<!\\\\)\*Evil|\u001b/);
    expect(card).toContain("\\\\*Evil\\\\*");
    const console = renderText(view);
    expect(console).not.toContain("\u001b");
    expect(console).toContain("----- copy from here -----");
  });
});

describe("template view rendering", () => {
  const d = stancedIncident({ id: "skylark-2025-07", title: "Skylark Air breach", victims: ["Skylark Air"], exposed: ["email", "date_of_birth"], affectedCount: 1_200_000 }, [
    { field: "victims", value: "Skylark Air", stance: "confirmed", speaker: "Skylark Air" },
    { field: "exposed", value: "email", stance: "confirmed", speaker: "Skylark Air" },
    { field: "exposed", value: "date_of_birth", stance: "claimed", speaker: "ShinyHunters" },
    { field: "affectedCount", value: 1_200_000, stance: "confirmed", speaker: "Skylark Air" },
  ]);
  const view = templateView(d, "script", "en");

  it("Slack: the script in code blocks within the section limit, every line kept", () => {
    const { blocks } = renderBlocks(view);
    const code = sectionTexts(blocks).filter((t) => t.startsWith("```\n") && t.endsWith("\n```"));
    expect(code.length).toBeGreaterThan(0);
    for (const text of code) expect(text.length).toBeLessThanOrEqual(3000);
    const copied = code.map((t) => t.slice(4, -4)).join("\n").replace(/\n+/g, "\n");
    expect(copied).toBe(view.sections[0]!.copyText!.replace(/\n+/g, "\n").replace(/"/g, "\""));
    expect(copied).toContain("Never verify a caller by date of birth: dates of birth are among the data exposed (ShinyHunters claims this, unverified).");
  });

  it("Teams: one monospace line per text line, in an emphasis container; buttons to the other templates", () => {
    const { card } = renderCard(view);
    const container = card.body.find((e) => e.type === "Container" && e.style === "emphasis") as { items: { text: string; fontType?: string }[] };
    expect(container.items.every((i) => i.fontType === "Monospace")).toBe(true);
    expect(container.items.map((i) => i.text)).toContain("\\- Number affected: 1.2M people \\(confirmed by Skylark Air\\).");
    expect((card.actions ?? []).map((a) => a.title)).toEqual(["En français", "Customer notice", "Staff warning", "Recommended actions"]);
  });

  it("console: the text between two rules, then how to get the others", () => {
    const text = renderText(view);
    const body = text.split("----- copy from here -----\n")[1]!.split("\n----- to here -----")[0]!;
    expect(body).toBe(view.sections[0]!.copyText);
    expect(text).toContain("Customer notice: type `actions skylark-2025-07 notice`");
  });
});
