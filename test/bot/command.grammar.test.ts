import { describe, expect, it } from "vitest";
import { encodeMore, parseCommand, stripPrefix } from "../../src/bot/grammar/command.parser.js";

describe("command grammar", () => {
  it("parses latest with sector, count and page", () => {
    expect(parseCommand("latest")).toEqual({ kind: "latest", limit: 5, page: 1 });
    expect(parseCommand("latest airline 10")).toEqual({ kind: "latest", sector: "airline", limit: 10, page: 1 });
    expect(parseCommand("/breach latest retailers 5 page 2")).toEqual({ kind: "latest", sector: "retail", limit: 5, page: 2 });
  });

  it("rejects a count above 50 with a clear message", () => {
    const parsed = parseCommand("latest 500");
    expect(parsed).toMatchObject({ kind: "invalid", command: "latest" });
    expect(parsed.kind === "invalid" && parsed.message).toContain("50");
  });

  it("suggests a sector for a mistyped one", () => {
    const parsed = parseCommand("latest airlne");
    expect(parsed.kind === "invalid" && parsed.message).toContain('Did you mean "airline"');
  });

  it("turns unknown words into the unknown branch, never a throw", () => {
    expect(parseCommand("lates airline")).toEqual({ kind: "unknown", text: "lates airline" });
    expect(parseCommand("what is this")).toEqual({ kind: "unknown", text: "what is this" });
  });

  it("empty text is help", () => {
    expect(parseCommand("  ")).toEqual({ kind: "help" });
    expect(parseCommand("breach")).toEqual({ kind: "help" });
  });

  it("reads subscribe options in any order", () => {
    expect(parseCommand("subscribe airline retail at 8:30 Europe/Paris high live")).toEqual({
      kind: "subscribe", sectors: ["airline", "retail"], time: "08:30", timeZone: "Europe/Paris", minSeverity: "high", liveAlerts: true, postWhenEmpty: true,
    });
    expect(parseCommand("subscribe at 25:00")).toMatchObject({ kind: "invalid", command: "subscribe" });
    expect(parseCommand("subscribe banana")).toMatchObject({ kind: "invalid", command: "subscribe" });
  });

  it("validates add URL and stats period", () => {
    expect(parseCommand("add https://news.example.test/a")).toEqual({ kind: "add", url: "https://news.example.test/a" });
    expect(parseCommand("add ftp://x")).toMatchObject({ kind: "invalid", command: "add" });
    expect(parseCommand("add")).toMatchObject({ kind: "invalid", command: "add" });
    expect(parseCommand("stats 7d")).toEqual({ kind: "stats", period: "7d" });
    expect(parseCommand("stats")).toEqual({ kind: "stats", period: "30d" });
    expect(parseCommand("stats yesterday")).toMatchObject({ kind: "invalid", command: "stats" });
  });

  it("keeps multi-word arguments and paginates search", () => {
    expect(parseCommand("show air france")).toEqual({ kind: "show", ref: "air france" });
    expect(parseCommand("search scattered spider page 3")).toEqual({ kind: "search", text: "scattered spider", page: 3 });
    expect(parseCommand("show")).toMatchObject({ kind: "invalid", command: "show" });
    expect(parseCommand("watch  Salesforce ")).toEqual({ kind: "watch", term: "Salesforce" });
  });

  it("decodes `more TOKEN` into the next page's command", () => {
    expect(parseCommand(`more ${encodeMore("latest airline 5 page 2")}`)).toEqual({ kind: "latest", sector: "airline", limit: 5, page: 2 });
    expect(parseCommand("more !!!")).toMatchObject({ kind: "invalid" });
    expect(parseCommand(`more ${encodeMore("unsubscribe")}`)).toMatchObject({ kind: "invalid" });
  });

  it("strips the /breach and breach prefixes", () => {
    expect(stripPrefix("/breach latest")).toBe("latest");
    expect(stripPrefix("Breach: show x")).toBe("show x");
    expect(stripPrefix("breachradar")).toBe("breachradar");
  });
});
