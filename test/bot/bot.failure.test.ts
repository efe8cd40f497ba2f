import { describe, expect, it } from "vitest";
import { openTestStore } from "../helpers/test-store.js";
import { coreFor, ctxFor } from "./bot.harness.js";

describe("bot core failures", () => {
  it("a failing store gives a short error view, never a throw or a trace", async () => {
    const store = await openTestStore("sqlite");
    const core = coreFor(store);
    await store.cleanup(); // closes the store and deletes its database
    for (const text of ["latest", "show qantas-2025-06", "search qantas", "stats"]) {
      const view = await core.handleCommand(text, ctxFor());
      expect(view.kind, text).toBe("error");
      expect(view.fallbackText).not.toMatch(/\bat .+\.ts:\d+/);
    }
    const answer = await core.answer("was passport data taken at Qantas?", ctxFor());
    expect(answer.kind).toBe("error");
  });
});
