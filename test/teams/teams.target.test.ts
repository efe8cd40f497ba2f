import { describe, expect, it } from "vitest";
import {
  baseConversationId, decodeTeamsTarget, encodeTeamsTarget, isTeamsTarget, threadConversationId, threadRootOf,
} from "../../adapters/teams/teams.target.js";
import { BreachRadarError } from "../../src/domain/errors.js";

const TENANT = "72f988bf-0000-4000-8000-00000000ab01";
const CONVERSATIONS = [
  "19:general-scrubbed@thread.tacv2", // team channel
  "19:groupchat-scrubbed@thread.v2", // group chat
  "a:1Xy-personal_chat-scrubbed", // 1:1 chat
  "29:weird:id:with:colons",
];

describe("Teams opaque targets", () => {
  it.each(CONVERSATIONS)("round-trips %s", (conversationId) => {
    const target = encodeTeamsTarget({ tenantId: TENANT, conversationId });
    expect(target).toBe(`teams:${TENANT}:${conversationId}`);
    expect(isTeamsTarget(target)).toBe(true);
    expect(decodeTeamsTarget(target)).toEqual({ tenantId: TENANT, conversationId });
  });

  it("targets the channel, not the reply chain", () => {
    const inThread = "19:general-scrubbed@thread.tacv2;messageid=1700000000123";
    expect(encodeTeamsTarget({ tenantId: TENANT, conversationId: inThread })).toBe(`teams:${TENANT}:19:general-scrubbed@thread.tacv2`);
    expect(threadRootOf(inThread)).toBe("1700000000123");
    expect(baseConversationId(inThread)).toBe("19:general-scrubbed@thread.tacv2");
    expect(threadConversationId(inThread, "1700000000999")).toBe("19:general-scrubbed@thread.tacv2;messageid=1700000000999");
    expect(threadRootOf("a:1Xy-personal")).toBeUndefined();
  });

  it("uses a placeholder tenant when the channel has none (emulator)", () => {
    const target = encodeTeamsTarget({ tenantId: "", conversationId: "conv-1" });
    expect(decodeTeamsTarget(target)).toEqual({ tenantId: "none", conversationId: "conv-1" });
  });

  it.each(["slack:T1:C1", "teams:", "teams:tenant-only", "teams::conv", "teams:t:", "garbage"])("rejects %s", (bad) => {
    expect(() => decodeTeamsTarget(bad)).toThrow(BreachRadarError);
  });

  it("refuses to encode what it could not decode", () => {
    expect(() => encodeTeamsTarget({ tenantId: "a:b", conversationId: "c" })).toThrow(/tenant/);
    expect(() => encodeTeamsTarget({ tenantId: TENANT, conversationId: "" })).toThrow(/empty/);
  });
});
