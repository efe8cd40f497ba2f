import { describe, expect, it } from "vitest";
import { escapeMarkdown, safeHttpUrl } from "../../adapters/teams/teams.escape.js";
import { CARD_LIMITS, renderCard, type CardElement } from "../../adapters/teams/teams.render.js";
import type { View } from "../../src/domain/view.js";

/** Every TextBlock / Fact text in the card, flattened. */
function texts(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (!node || typeof node !== "object") return [];
  const el = node as CardElement;
  const own = typeof el.text === "string" ? [el.text] : [];
  const fact = typeof el.title === "string" && typeof el.value === "string" ? [el.title, el.value] : [];
  return [...own, ...fact, ...Object.values(el).flatMap(texts)];
}

function findAll(node: unknown, type: string): CardElement[] {
  if (Array.isArray(node)) return node.flatMap((n) => findAll(n, type));
  if (!node || typeof node !== "object") return [];
  const el = node as CardElement;
  return [...(el.type === type ? [el] : []), ...Object.values(el).flatMap((v) => findAll(v, type))];
}

const incident: View = {
  kind: "incident",
  title: "Air France-KLM: customer data taken from an external CRM",
  subtitle: "Airline · medium · confirmed",
  incidentId: "air-france-klm-2025-08",
  sections: [
    { facts: [{ label: "Vendor", value: "Salesforce" }, { label: "Actor", value: "ShinyHunters (claimed)" }] },
    { badges: [{ label: "Names", tone: "exposed" }, { label: "Contact details", tone: "exposed" }, { label: "Passwords", tone: "safe" }, { label: "Flying Blue tier", tone: "neutral" }] },
    { heading: "For the fraud team", bullets: ["Watch for phishing that quotes loyalty numbers", "Flag account changes"] },
    { heading: "Sources", links: [{ title: "Regulator notice", url: "https://example.test/notice", note: "2025-08-06" }, { title: "Bad", url: "javascript:alert(1)" }] },
  ],
  actions: [
    { id: "actions", label: "Recommended actions", command: "actions air-france-klm-2025-08", style: "primary" },
    { id: "sources", label: "Sources", command: "sources air-france-klm-2025-08" },
    { id: "subscribe", label: "Subscribe", command: "subscribe airline" },
    { id: "watch", label: "Watch", command: "watch Air France" },
    { id: "more", label: "Show more", command: "latest airline --offset 5" },
  ],
  context: "Updated 2025-08-07 · 2 sources",
  fallbackText: "Air France-KLM: customer data taken from an external CRM",
};

describe("Adaptive Card renderer", () => {
  it("renders a schema 1.5 card with facts, badges, bullets, links and Action.Submit buttons", () => {
    const { card, text } = renderCard(incident);
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5", $schema: "http://adaptivecards.io/schemas/adaptive-card.json" });
    expect(card.fallbackText).toBe(text);
    expect(text).toBe("Air France-KLM: customer data taken from an external CRM");
    expect(card.actions).toEqual([
      { type: "Action.Submit", title: "Recommended actions", data: { command: "actions air-france-klm-2025-08" }, style: "positive" },
      { type: "Action.Submit", title: "Sources", data: { command: "sources air-france-klm-2025-08" } },
      { type: "Action.Submit", title: "Subscribe", data: { command: "subscribe airline" } },
      { type: "Action.Submit", title: "Watch", data: { command: "watch Air France" } },
      { type: "Action.Submit", title: "Show more", data: { command: "latest airline --offset 5" } },
    ]);
    expect(findAll(card, "FactSet")[0]).toEqual({ type: "FactSet", facts: [{ title: "Vendor", value: "Salesforce" }, { title: "Actor", value: "ShinyHunters \\(claimed\\)" }] });
    const badges = findAll(card.body, "TextBlock").filter((t) => t.color === "attention" || t.color === "good");
    expect(badges.map((b) => [b.color, b.text])).toEqual([
      ["attention", "**Exposed:** Names · Contact details"],
      ["good", "**Not exposed:** Passwords"],
    ]);
    const all = texts(card.body);
    expect(all).toContain("- Watch for phishing that quotes loyalty numbers\n- Flag account changes");
    expect(all).toContain("- [Regulator notice](https://example.test/notice) — example.test · 2025-08-06\n- Bad");
    expect(JSON.stringify(card)).not.toContain("javascript:");
    expect(all.at(-1)).toBe("Updated 2025-08-07 · 2 sources");
  });

  it("escapes markdown and mention injection in untrusted text", () => {
    const hostile: View = {
      kind: "answer",
      title: "[click](https://evil.test) **now**",
      sections: [
        { text: "<at>everyone</at> &lt;at&gt;all&lt;/at&gt; _x_ ~y~ `code` \\ # not heading\n# heading\n> quote\n- item\n+ plus\n12. twelve" },
        { items: [{ title: "![img](https://evil.test/p.png)", text: "{{DATE(2025-01-01T00:00:00Z)}}", actions: [{ id: "show", label: "<at>Open</at>", command: "show x" }] }] },
      ],
      fallbackText: "<at>everyone</at> [click](https://evil.test)",
    };
    const { card, text } = renderCard(hostile);
    const json = JSON.stringify(card);
    expect(json).not.toContain("<at>");
    expect(json).not.toContain("&lt;");
    expect(json).not.toMatch(/\]\(https:\/\/evil/);
    expect(texts(card.body)[0]).toBe("\\[click\\]\\(https://evil.test\\) \\*\\*now\\*\\*");
    // Each line of multi-line text is its own TextBlock (single newlines would collapse in the card).
    const lines = texts(card.body).slice(1, 7);
    expect(lines[0]).toBe("<\u200Bat>everyone<\u200B/at> &\u200Blt;at&\u200Bgt;all&\u200Blt;/at&\u200Bgt; \\_x\\_ \\~y\\~ \\`code\\` \\\\ # not heading");
    expect(lines.slice(1)).toEqual(["\\# heading", "\\> quote", "\\- item", "\\+ plus", "12\\. twelve"]);
    expect(texts(card.body)).toContain("{\u200B{DATE\\(2025-01-01T00:00:00Z\\)}}");
    expect(text).toBe("<\u200Bat>everyone<\u200B/at> [click]\u200B(https://evil.test)");
    expect(findAll(card, "Action.Submit")[0]).toMatchObject({ title: "<\u200Bat>Open<\u200B/at>", data: { command: "show x" } });
  });

  it("keeps links http(s) only and encodes characters that would break a markdown link", () => {
    expect(safeHttpUrl("https://example.test/a (b)")).toBe("https://example.test/a%20%28b%29");
    expect(safeHttpUrl("http://example.test/x")).toBe("http://example.test/x");
    for (const bad of ["javascript:alert(1)", "data:text/html,hi", "ftp://example.test/", "https://user:pw@example.test/", "not a url"]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
    expect(escapeMarkdown("a\u202Eb\u0007c")).toBe("abc");
  });

  it("truncates long lists and long text", () => {
    const many: View = {
      kind: "list",
      title: "x".repeat(500),
      sections: [{ items: Array.from({ length: 25 }, (_, i) => ({ title: `Incident ${i}`, actions: [{ id: "show" as const, label: "Show", command: `show i-${i}` }] })), bullets: Array.from({ length: 40 }, (_, i) => `b${i}`) }],
      actions: Array.from({ length: 9 }, (_, i) => ({ id: "more" as const, label: `A${i}`, command: `c${i}` })),
      fallbackText: "y".repeat(5000),
    };
    const { card, text } = renderCard(many);
    expect(Array.from(texts(card.body)[0]!).length).toBe(CARD_LIMITS.title);
    expect(findAll(card.body, "Container")).toHaveLength(CARD_LIMITS.items);
    expect(texts(card.body)).toContain("+15 more results");
    expect(texts(card.body)).toContain(`+${40 - CARD_LIMITS.bullets} more items`);
    expect(card.actions).toHaveLength(CARD_LIMITS.cardActions);
    expect(Array.from(text).length).toBe(CARD_LIMITS.fallback);
  });

  it("colours error titles", () => {
    const error = renderCard({ kind: "error", title: "Unknown incident", sections: [], fallbackText: "Unknown incident" }).card;
    expect(error.body[0]).toMatchObject({ color: "attention", text: "Unknown incident" });
  });
});
