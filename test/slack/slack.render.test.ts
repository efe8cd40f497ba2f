import { describe, expect, it } from "vitest";
import type { Button, KnownBlock, SectionBlock } from "@slack/types";
import { renderBlocks } from "../../adapters/slack/slack.render.js";
import { SLACK_LIMITS } from "../../adapters/slack/slack.limits.js";
import { isSafeUrl, linesWithin, mrkdwnLink, safe, truncate } from "../../adapters/slack/slack.text.js";
import type { View } from "../../src/domain/view.js";

/** Every text a user could see in a message, flattened (header, sections, fields, context, buttons). */
function texts(blocks: KnownBlock[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === "header") out.push(b.text.text);
    if (b.type === "section") {
      if (b.text) out.push(b.text.text);
      for (const f of b.fields ?? []) out.push(f.text);
    }
    if (b.type === "context") for (const e of b.elements) if ("text" in e) out.push(e.text);
    if (b.type === "actions") for (const e of b.elements) if (e.type === "button") out.push(e.text.text);
  }
  return out;
}

const buttons = (blocks: KnownBlock[]): Button[] =>
  blocks.flatMap((b) => (b.type === "actions" ? b.elements.filter((e): e is Button => e.type === "button") : []));

const incident: View = {
  kind: "incident",
  title: "Qantas: call-centre platform breach",
  subtitle: "Airline · high severity",
  incidentId: "qantas-2025-06",
  sections: [
    { facts: [{ label: "Vendor", value: "Salesforce" }, { label: "People affected", value: "5.7 million" }] },
    { heading: "Data", badges: [{ label: "Passport", tone: "exposed" }, { label: "Card numbers", tone: "safe" }] },
    { heading: "Sources", links: [{ title: "Airline statement", url: "https://example.com/a?x=1&y=2", note: "2025-07-02" }] },
  ],
  actions: [
    { id: "actions", label: "Recommended actions", command: "actions qantas-2025-06", style: "primary" },
    { id: "sources", label: "Sources", command: "sources qantas-2025-06" },
  ],
  context: "Updated 2025-07-02 · 4 sources",
  fallbackText: "Qantas: call-centre platform breach",
};

describe("renderBlocks (View → Block Kit)", () => {
  it("renders header, fields, badges, links, buttons and context", () => {
    const { text, blocks } = renderBlocks(incident);
    expect(text).toBe("Qantas: call-centre platform breach");
    expect(blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Qantas: call-centre platform breach", emoji: true } });
    const fields = blocks.find((b): b is SectionBlock => b.type === "section" && Boolean(b.fields));
    expect(fields?.fields?.map((f) => f.text)).toEqual(["*Vendor*\nSalesforce", "*People affected*\n5.7 million"]);
    const all = texts(blocks).join("\n");
    expect(all).toContain(":red_circle: Passport");
    expect(all).toContain(":large_green_circle: Card numbers (not taken)");
    expect(all).toContain("• <https://example.com/a?x=1&amp;y=2|Airline statement> — example.com · 2025-07-02");
    expect(buttons(blocks).map((b) => [b.text.text, b.value, b.style])).toEqual([
      ["Recommended actions", "actions qantas-2025-06", "primary"],
      ["Sources", "sources qantas-2025-06", undefined],
    ]);
    expect(new Set(buttons(blocks).map((b) => b.action_id)).size).toBe(2);
    expect(blocks.at(-1)).toMatchObject({ type: "context", elements: [{ type: "mrkdwn", text: "Updated 2025-07-02 · 4 sources" }] });
  });

  it("renders injection attempts inert: no mentions, no broadcasts, no smuggled links", () => {
    const evil = "<!channel> <@U123> <https://evil.example|click> @here & @everyone";
    const view: View = {
      kind: "list", title: evil, subtitle: evil, context: evil, fallbackText: evil,
      sections: [{
        heading: evil, text: evil, bullets: [evil], facts: [{ label: evil, value: evil }], badges: [{ label: evil, tone: "exposed" }],
        links: [{ title: evil, url: "https://ok.example/x", note: evil }, { title: "bad", url: "https://x.example/a|b>" }, { title: "js", url: "javascript:alert(1)" }],
        items: [{ title: evil, text: evil, actions: [{ id: "show", label: evil, command: "show x" }] }],
      }],
      actions: [{ id: "more", label: evil, command: "more" }],
    };
    const { text, blocks } = renderBlocks(view);
    for (const t of [text, ...texts(blocks)]) {
      expect(t).not.toMatch(/<!|<@|<https:\/\/evil/);
      expect(t).not.toMatch(/@(here|channel|everyone)\b/);
    }
    const all = texts(blocks).join("\n");
    expect(all).toContain("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt;");
    expect(all).toContain("<https://ok.example/x|");
    expect(all).not.toContain("<https://x.example");
    expect(all).not.toContain("javascript:");
  });

  it("stays within 50 blocks with 60 sources and 60 items, saying how many more", () => {
    const links = Array.from({ length: 60 }, (_, i) => ({ title: `Report ${i} `.repeat(8), url: `https://news.example/${i}` }));
    const items = Array.from({ length: 60 }, (_, i) => ({ title: `Incident ${i}`, text: "x", actions: [{ id: "show" as const, label: "Show", command: `show i-${i}` }] }));
    const { blocks } = renderBlocks({ kind: "list", title: "Latest", sections: [{ links }, { items }], actions: incident.actions, context: "c", fallbackText: "f" });
    expect(blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.messageBlocks);
    expect(blocks.at(-1)?.type).toBe("context");
    expect(blocks.at(-2)?.type).toBe("actions");
    const more = texts(blocks).find((t) => /^… \(\d+ more\)$/.test(t));
    expect(more).toBeDefined();
    const shownItems = texts(blocks).filter((t) => t.startsWith("*Incident ")).length;
    expect(more).toBe(`… (${60 - shownItems} more)`);
    for (const t of texts(blocks)) expect(t.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
  });

  it("truncates long text, headers, fields, buttons and caps fields and buttons per block", () => {
    const long = "A&B ".repeat(2000);
    const facts = Array.from({ length: 23 }, (_, i) => ({ label: `F${i}`, value: long }));
    const actions = Array.from({ length: 30 }, (_, i) => ({ id: "show" as const, label: `Button ${i} ${long}`, command: `show ${i} ${long}` }));
    const { text, blocks } = renderBlocks({ kind: "incident", title: long, sections: [{ text: long, facts }], actions, fallbackText: long });
    expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    const header = blocks[0];
    expect(header?.type === "header" && header.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    const sections = blocks.filter((b): b is SectionBlock => b.type === "section");
    for (const s of sections) {
      expect((s.fields ?? []).length).toBeLessThanOrEqual(10);
      for (const f of s.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fieldText);
      if (s.text) expect(s.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
    expect(sections.filter((s) => s.fields).map((s) => s.fields?.length)).toEqual([10, 10, 3]);
    const bs = buttons(blocks);
    expect(bs).toHaveLength(25);
    for (const b of bs) {
      expect(b.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
      expect((b.value ?? "").length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
    }
    // truncation never leaves half an entity behind
    for (const t of texts(blocks)) expect(t).not.toMatch(/&(a|am|amp)?…/);
  });
});

describe("Slack text helpers", () => {
  it("escapes &, <, > and neutralises broadcast mentions", () => {
    expect(safe("a & b <c> @here")).toBe("a &amp; b &lt;c&gt; @\u200Dhere");
  });
  it("validates link URLs", () => {
    expect(isSafeUrl("https://example.com/a?b=c")).toBe(true);
    for (const bad of ["javascript:alert(1)", "https://a.example/|x", "https://a.example/<x>", "ftp://a.example", "not a url", "https://a.example/ x"]) {
      expect(isSafeUrl(bad)).toBe(false);
    }
    expect(mrkdwnLink("https://a.example/", "T|i<t>le")).toBe("<https://a.example/|T¦i&lt;t&gt;le> — a.example");
    // The label is the publisher's; the real host always follows it, even behind a look-alike title or userinfo.
    expect(mrkdwnLink("https://evil.test/notice", "www.qantas.com customer notice")).toBe("<https://evil.test/notice|www.qantas.com customer notice> — evil.test");
    expect(mrkdwnLink("https://www.qantas.com@evil.test/", "Qantas")).toBe("Qantas");
    expect(mrkdwnLink("https://xn--qntas-4qa.test/", "Qantas")).toBe("<https://xn--qntas-4qa.test/|Qantas> — xn--qntas-4qa.test");
    expect(mrkdwnLink("https://evil.test/", "x".repeat(500)).endsWith("> — evil.test")).toBe(true);
    expect(mrkdwnLink("javascript:x", "Title")).toBe("Title");
  });
  it("keeps whole lines within a limit and counts the rest", () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i} `.padEnd(60, "x"));
    const text = linesWithin(lines, 3000);
    expect(text.length).toBeLessThanOrEqual(3000);
    const shown = text.split("\n").filter((l) => l.startsWith("line ")).length;
    expect(text.endsWith(`… (${100 - shown} more)`)).toBe(true);
    expect(linesWithin(["a", "b"], 3000)).toBe("a\nb");
  });
  it("truncates without splitting an entity", () => {
    expect(truncate("abc&amp;def", 6)).toBe("abc…");
    expect(truncate("short", 10)).toBe("short");
  });
});
