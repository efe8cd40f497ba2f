import { describe, expect, it } from "vitest";
import { renderText, sanitize } from "../../adapters/console/console.render.js";
import type { View } from "../../src/domain/view.js";

const view: View = {
  kind: "incident",
  title: "Evil \u001b[31mred\u001b[0m title\u0007",
  subtitle: "HIGH · airline",
  sections: [
    { heading: "Facts", facts: [{ label: "Victims", value: "Qantas" }, { label: "Affected", value: "6M (The Record) vs 5.7M (Reuters)" }] },
    { heading: "Data", badges: [{ label: "Names", tone: "exposed" }, { label: "Passport data", tone: "safe" }] },
    { bullets: ["[now] Reset \u001b]0;pwned\u0007things"] },
    { items: [{ title: "Item", text: "detail" }] },
    { links: [{ title: "Article\r\nInjected: line", url: "https://news.example.test/a", note: "Reuters, 2025-07-02" }] },
  ],
  actions: [
    { id: "actions", label: "Recommended actions", command: "actions qantas-2025-06" },
    { id: "post", label: "Post to channel", command: "show qantas-2025-06" },
  ],
  context: "Updated 2025-07-09 · 2 sources",
  incidentId: "qantas-2025-06",
  fallbackText: "unused",
};

describe("console renderer", () => {
  it("strips ANSI escapes, control characters and bidi overrides", () => {
    expect(sanitize("a\u001b[2Jb\u0000c\u202ed\u009be")).toBe("abcde");
  });

  it("renders every part of a view as readable text without escape sequences", () => {
    const text = renderText(view);
    expect(text).not.toMatch(/[\u001b\u0007]/);
    expect(text.split("\n")[0]).toBe("== Evil red title ==");
    expect(text).toContain("  Affected  6M (The Record) vs 5.7M (Reuters)");
    expect(text).toContain("[TAKEN] Names  [NOT TAKEN] Passport data");
    expect(text).toContain("  * [now] Reset things");
    expect(text).toContain("  * Article Injected: line — news.example.test (Reuters, 2025-07-02)");
    expect(text).toContain("      https://news.example.test/a");
    expect(text).toContain("Recommended actions: type `actions qantas-2025-06`");
    expect(text).not.toContain("Post to channel");
    expect(text.endsWith("(Updated 2025-07-09 · 2 sources)")).toBe(true);
  });

  it("renders quoted evidence: the sentence, then outlet, date and link, control characters stripped", () => {
    const text = renderText({
      kind: "evidence", title: "Why: X", fallbackText: "x",
      sections: [{ heading: "Number affected", quotes: [{ text: "Qantas said\u001b[2J 5.7 million.", source: "Reuters", date: "2025-07-02", url: "https://news.example.test/a", note: "confirmed" }] }],
    });
    expect(text).toContain('  > "Qantas said 5.7 million."\n      — Reuters, 2025-07-02, https://news.example.test/a (confirmed)');
  });
});
