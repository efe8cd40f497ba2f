import { describe, expect, it } from "vitest";
import { COMMAND_TABLE, parseCommand } from "../../src/bot/index.js";

/** zod's own wording, which must never reach a user. */
const RAW = /Invalid input|expected \w+, received|Too (big|small)|Invalid (option|string|type)/i;

describe("command validation messages are written for people", () => {
  it("no command, with no arguments or bad ones, answers with zod's raw wording", () => {
    const bad = ["", "x", "0", "-1", "99999", "a".repeat(300), "page 0", "at 25:00", "Mars/Olympus", "http://"];
    const checked: string[] = [];
    for (const name of Object.keys(COMMAND_TABLE)) {
      for (const args of bad) {
        const parsed = parseCommand(`${name} ${args}`.trim());
        if (parsed.kind !== "invalid") continue;
        checked.push(`${name} ${args}`);
        expect(parsed.message, `${name} ${args}`).not.toMatch(RAW);
        expect(parsed.message.length).toBeGreaterThan(5);
      }
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  it("search and actor without an argument say what is missing", () => {
    expect(parseCommand("search")).toEqual({ kind: "invalid", command: "search", message: "Needs something to search for" });
    expect(parseCommand("actor")).toEqual({ kind: "invalid", command: "actor", message: "Needs an actor name, e.g. ShinyHunters" });
  });
});
