import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { KnownBlock } from "@slack/types";
import { createBotCore } from "../../src/bot/index.js";
import { silentLogger } from "../../src/logger.js";
import { openTestStore, storeKinds, type TestStore } from "../helpers/test-store.js";
import { startFakeSlackApi, type FakeSlackApi } from "../slack/fake-slack-api.js";
import { startAdapter, type Harness } from "../slack/harness.js";
import { postSigned, slashCommand } from "../slack/slack-request.js";
import { seedIncidents } from "../slack/seed.js";

describe.each(storeKinds())("/breach actions … script over a signed Slack request (%s)", (kind) => {
  let store: TestStore;
  let api: FakeSlackApi;
  let harness: Harness;
  beforeAll(async () => {
    store = await openTestStore(kind);
    await seedIncidents(store);
    api = await startFakeSlackApi();
    harness = await startAdapter({ apiUrl: api.apiUrl, core: createBotCore({ store, logger: silentLogger }), store });
  });
  afterAll(async () => {
    await harness.close();
    await api.close();
    await store.cleanup();
  });

  it("acks, then answers the French script ephemerally in a code block, with buttons to the other templates", async () => {
    const ack = await postSigned(harness.eventsUrl, slashCommand("actions westjet-2025-06 script fr", api.responseUrl("script")));
    expect(ack.status).toBe(200);
    const answer = await api.waitFor(() => api.responses.find((r) => r.id === "script"));
    expect(answer.body.response_type).toBe("ephemeral");
    const blocks = answer.body.blocks as KnownBlock[];
    const code = blocks.flatMap((b) => (b.type === "section" && b.text?.text.startsWith("```") ? [b.text.text] : []));
    expect(code.join("\n")).toContain("WestJet a subi une fuite de données");
    expect(code.join("\n")).toContain("Ne demandez jamais à un appelant son mot de passe");
    const buttons = blocks.flatMap((b) => (b.type === "actions" ? b.elements : [])).flatMap((e) => (e.type === "button" ? [e.value] : []));
    expect(buttons).toEqual(expect.arrayContaining(["actions westjet-2025-06 script en", "actions westjet-2025-06 notice fr", "actions westjet-2025-06 staff fr", "actions westjet-2025-06"]));
  });
});
