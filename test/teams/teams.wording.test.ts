/**
 * Issue 16, item 3 ("it speaks Slack") and the byte guard of item 5: the core names commands
 * neutrally and each renderer words them for its platform; Teams cards carry no markdown Teams
 * does not render, lay digest items out as separate elements, show every command in help, fit
 * their buttons to the conversation, and stay under Teams' size limit in bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderText } from "../../adapters/console/console.render.js";
import { renderBlocks } from "../../adapters/slack/slack.render.js";
import { ACTIVITY_MAX_BYTES, activityBytes, TEAMS_MESSAGE_MAX_BYTES, viewToActivity } from "../../adapters/teams/teams.activity.js";
import { renderCard, type CardElement } from "../../adapters/teams/teams.render.js";
import { createBotCore } from "../../src/bot/index.js";
import type { BotCore } from "../../src/bot/bot.port.js";
import { COMMAND_TABLE } from "../../src/bot/grammar/command.table.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";
import { silentLogger } from "../../src/logger.js";
import { composeDigest } from "../../src/schedule/digest.compose.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { makeWrite } from "../store/store-fixtures.js";
import { startFakeConnector, type FakeConnector } from "./fake-connector.js";
import { fakeCore, personalMessage, TENANT, PERSONAL_ID } from "./teams-fixtures.js";
import { startTeamsHarness } from "./teams-harness.js";

const ctx: ChatContext = { platform: "teams", workspaceId: TENANT, target: `teams:${TENANT}:${PERSONAL_ID}`, userId: "u1" };

/** Every text a card shows: TextBlock texts, fact titles/values, button titles. */
function shown(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(shown);
  if (!node || typeof node !== "object") return [];
  const el = node as CardElement;
  const own = [el.text, el.title, el.value].filter((v): v is string => typeof v === "string");
  return [...own, ...Object.entries(el).filter(([k]) => k !== "data").flatMap(([, v]) => shown(v))];
}

const buttons = (view: View, conversation: "personal" | "groupChat" | "channel"): string[] => {
  const { card } = renderCard(view, { conversation });
  return JSON.stringify(card).match(/"type":"Action\.Submit","title":"[^"]*"/g)!.map((m) => m.split('"title":"')[1]!.slice(0, -1));
};

describe("Per-platform wording and Teams card layout (real core, real SQLite store)", () => {
  let store: TestStore;
  let core: BotCore;
  beforeAll(async () => {
    store = await openTestStore("sqlite");
    await store.applyIncidentWrite(makeWrite());
    core = createBotCore({ store, logger: silentLogger });
  });
  afterAll(async () => { await store.cleanup(); });

  it("words the core's commands for Teams (bold, no backticks, no /breach), Slack (/breach in code) and the console (plain)", async () => {
    const watched = await core.handleCommand("watch Salesforce", ctx);
    const teams = shown(renderCard(watched).card.body);
    expect(teams).toContain("This conversation gets an alert when an incident mentions Salesforce. Type **unwatch Salesforce** to stop.");
    expect(JSON.stringify(renderBlocks(watched).blocks)).toContain("Type `/breach unwatch Salesforce` to stop.");
    expect(renderText(watched)).toContain("Type unwatch Salesforce to stop.");

    const views = [
      watched,
      await core.handleCommand("actions qantas-2025-06", ctx),
      await core.handleCommand("lastest", ctx),
      await core.handleCommand("help", ctx),
      await core.handleCommand("watches", { ...ctx, target: "teams:x:nothing-here" }),
      await core.handleMessage("was anything taken?", { ...ctx, target: "teams:x:no-thread" }),
    ];
    expect(shown(renderCard(views[1]!).card.body).join("\n")).toContain("Type **watch Salesforce** to be alerted");
    for (const view of views) {
      const { card, text } = renderCard(view);
      const all = [...shown(card.body), text].join("\n");
      expect(all).not.toContain("/breach");
      expect(all).not.toMatch(/(^|[^\\])`/); // no literal backtick the core wrote (untrusted ones are escaped)
      expect(all).not.toMatch(/[\uE000\uE001]/);
      expect(renderText(view)).not.toMatch(/[\uE000\uE001]/);
      expect(JSON.stringify(renderBlocks(view))).not.toMatch(/[\uE000\uE001]/);
    }
  });

  it("shows every command in the help card, none behind '+N more'", async () => {
    const help = await core.handleCommand("help", ctx);
    const texts = shown(renderCard(help, { conversation: "channel" }).card.body);
    const list = texts.find((t) => t.startsWith("- **help"))!;
    const names = [...list.matchAll(/^- \*\*(\w+)/gm)].map((m) => m[1]);
    expect(names).toEqual(Object.keys(COMMAND_TABLE));
    expect(texts.some((t) => /more items/.test(t))).toBe(false);
    expect(texts.join("\n")).toMatch(/mention me first; in a thread under one of my incident posts, just reply/);
  });

  it("lays each line of a digest item out as its own card element", async () => {
    const incident = (await store.listIncidents())[0]!;
    const digest = composeDigest({ newIncidents: [incident], changed: [], newTotal: [incident].length, changedTotal: 0 }, {
      date: "2025-07-03", since: new Date("2025-07-02T00:00:00Z"), late: false, postWhenEmpty: true, campaignNames: new Map(),
    })!;
    const item = (digest.sections[0]!.items ?? [])[0]!;
    expect(item.text!.split("\n").length).toBeGreaterThanOrEqual(3);
    const container = renderCard(digest).card.body.find((el) => el.type === "Container") as { items: CardElement[] };
    const blocks = container.items.filter((el) => el.type === "TextBlock").map((el) => String(el.text));
    expect(blocks.length).toBe(1 + item.text!.split("\n").length);
    for (const block of blocks) expect(block).not.toContain("\n");
    expect(blocks[2]).toMatch(/^Exposed: /);
  });

  it("fits buttons to the conversation: no 'Post to channel' (Teams has no private replies), subscribe worded per type", async () => {
    const incident = await core.handleCommand("show qantas-2025-06", ctx);
    expect(incident.actions!.map((a) => a.label)).toContain("Post to channel");
    expect(buttons(incident, "personal")).not.toContain("Subscribe this channel");
    expect(buttons(incident, "personal")).toContain("Send me a daily digest");
    expect(buttons(incident, "groupChat")).toContain("Subscribe this chat");
    expect(buttons(incident, "channel")).toContain("Subscribe this channel");
    for (const kind of ["personal", "groupChat", "channel"] as const) expect(buttons(incident, kind)).not.toContain("Post to channel");
  });
});

describe("Teams card size guard, in bytes of the whole activity", () => {
  /** 22,000 CJK characters: 66 KB as UTF-8, although "only" 22k characters. */
  const cjk: View = {
    kind: "digest",
    title: "数据泄露每日摘要",
    sections: Array.from({ length: 20 }, (_, i) => ({
      heading: `航空公司 ${i}`,
      items: Array.from({ length: 10 }, (_, j) => ({ title: `事件 ${i}-${j}：客户数据被盗`, text: "客户姓名、电子邮件和电话号码被泄露。".repeat(5), actions: [{ id: "show" as const, label: "详情", command: `show x-${i}-${j}` }] })),
    })),
    fallbackText: "数据泄露每日摘要：".padEnd(22_000, "客户数据"),
  };

  it("keeps a 22k-character CJK card under Teams' limit, and sends it that way", async () => {
    expect(Buffer.byteLength(JSON.stringify(renderCard(cjk).card))).toBeGreaterThan(TEAMS_MESSAGE_MAX_BYTES);
    const activity = viewToActivity(cjk);
    expect(activityBytes(activity)).toBeLessThanOrEqual(ACTIVITY_MAX_BYTES);
    expect(activityBytes(activity)).toBeGreaterThan(ACTIVITY_MAX_BYTES * 0.8); // as much as fits, not an empty card

    const store = await openTestStore("sqlite");
    const connector = await startFakeConnector();
    const core = fakeCore();
    core.handleMessage = async () => cjk;
    const bot = await startTeamsHarness({ core, store });
    try {
      await bot.post(personalMessage(connector.url, "digest please"));
      const sent = Buffer.byteLength(JSON.stringify(connector.calls[0]!.body), "utf8");
      expect(sent).toBeLessThanOrEqual(TEAMS_MESSAGE_MAX_BYTES);
    } finally {
      await bot.close();
      await connector.close();
      await store.cleanup();
    }
  });

  it("keeps the full card when it fits, and steps down to a compact card before dropping to text", () => {
    const small: View = { kind: "list", title: "Latest", sections: [{ items: [{ title: "One", text: "a\nb" }] }], fallbackText: "Latest" };
    expect(viewToActivity(small)).toEqual(viewToActivity(small));
    expect(JSON.stringify(viewToActivity(small))).toContain('"text":"b"');
    const wide: View = {
      kind: "list", title: "Many", fallbackText: "Many",
      sections: [{ items: Array.from({ length: 10 }, (_, i) => ({ title: `Incident ${i} ${"é".repeat(150)}`, text: Array(8).fill("事".repeat(390)).join("\n") })) }],
    };
    const activity = viewToActivity(wide);
    expect(activityBytes(activity)).toBeLessThanOrEqual(ACTIVITY_MAX_BYTES);
    expect(JSON.stringify(activity)).toContain("+5 more results"); // compact: 5 of 10 items, still a card of items
  });
});
