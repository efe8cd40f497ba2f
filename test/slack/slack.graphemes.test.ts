import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { KnownBlock } from "@slack/types";
import { renderBlocks } from "../../adapters/slack/slack.render.js";
import { SLACK_LIMITS } from "../../adapters/slack/slack.limits.js";
import { graphemePrefix, truncateGraphemes } from "../../src/bot/text/graphemes.js";
import { createBotCore } from "../../src/bot/index.js";
import type { View } from "../../src/domain/view.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, type TestStore } from "../helpers/test-store.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import { startAdapter, type Harness } from "./harness.js";
import { eventEnvelope, postSigned } from "./slack-request.js";
import { seedIncidents } from "./seed.js";

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FLAG = "\u{1F1EB}\u{1F1F7}"; // 🇫🇷: two regional indicators, four UTF-16 units, one grapheme
const FAMILY = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}"; // 👨‍👩‍👧

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

describe("grapheme-safe truncation", () => {
  it("never splits a surrogate pair, a flag or a joined emoji, and stays within the limit", () => {
    expect(graphemePrefix(`${"a".repeat(9)}😀`, 10)).toBe("a".repeat(9));
    expect(graphemePrefix(`ab${FLAG}`, 5)).toBe("ab");
    expect(truncateGraphemes(`x${FAMILY}${FAMILY}`, 10)).toBe(`x${FAMILY}…`);
    expect(truncateGraphemes(`x${FAMILY}${FAMILY}`, 9)).toBe("x…");
    expect(truncateGraphemes("short", 10)).toBe("short");
  });

  it("renders headers, fallback text and button values without lone surrogates at every limit", () => {
    const emoji = (n: number) => `${"a".repeat(n)}😀😀😀`;
    const view: View = {
      kind: "incident",
      title: emoji(SLACK_LIMITS.headerText - 1),
      sections: [{ text: emoji(SLACK_LIMITS.sectionText - 1) }, { items: [{ title: `${"b".repeat(3000)}${FLAG}`, actions: [{ id: "show", label: emoji(SLACK_LIMITS.buttonText - 2), command: emoji(SLACK_LIMITS.buttonValue - 1) }] }] }],
      fallbackText: emoji(SLACK_LIMITS.fallbackText - 1),
      actions: [{ id: "more", label: "Show more", command: `search ${FAMILY.repeat(400)}` }],
    };
    const message = renderBlocks(view);
    const all = strings(message);
    expect(all.filter((s) => LONE.test(s))).toEqual([]);
    const header = message.blocks[0] as Extract<KnownBlock, { type: "header" }>;
    expect(header.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(header.text.text.endsWith("…")).toBe(true);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    const values = message.blocks.flatMap((b) => (b.type === "actions" ? b.elements : [])).map((e) => (e as { value?: string }).value ?? "");
    for (const value of values) expect(value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
  });

  it("a lone surrogate coming from upstream is replaced, not sent", () => {
    const message = renderBlocks({ kind: "message", title: "Broken \uD83D title", sections: [{ text: "half \uDE00 emoji" }], fallbackText: "x\uD83D" });
    expect(strings(message).some((s) => LONE.test(s))).toBe(false);
    expect(JSON.stringify(message)).toContain("Broken \uFFFD title");
  });
});

describe("a thread answer whose question is cut mid-emoji is still posted", () => {
  let store: TestStore;
  let api: FakeSlackApi;
  let harness: Harness;
  beforeEach(async () => {
    store = await openTestStore("sqlite");
    await seedIncidents(store);
    api = await startFakeSlackApi();
    harness = await startAdapter({ apiUrl: api.apiUrl, core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterEach(async () => { await harness.close(); await api.close(); await store.cleanup(); });

  it("answers in the thread; Slack (the fake) refuses nothing", async () => {
    await store.recordPost({ target: "slack:T1:C1", messageId: "1700000000.000001", threadId: "1700000000.000001", incidentId: "westjet-2025-06" });
    const question = `${"was passport data taken ".repeat(5).slice(0, 116)}😀😀 ?`;
    const event = { type: "message", user: "U2", channel: "C1", channel_type: "channel", text: question, ts: "1700000050.000002", thread_ts: "1700000000.000001", event_ts: "1700000050.000002" };
    expect((await postSigned(harness.eventsUrl, eventEnvelope(event))).status).toBe(200);
    const reply = await api.waitFor(() => api.calls.find((c) => c.method === "chat.postMessage"));
    expect(reply.response?.ok).toBe(true);
    expect(api.rejected).toEqual([]);
    expect(reply.args.thread_ts).toBe("1700000000.000001");
  });
});
