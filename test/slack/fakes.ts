/** Small hand-written fakes for the ports the Slack adapter uses (protocol tests, not core tests). */
import type { BotCore, CommandOptions } from "../../src/bot/bot.port.js";
import type { ChatContext } from "../../src/domain/chat.js";
import type { View } from "../../src/domain/view.js";
import type { ReaderProfile } from "../../src/domain/reader-profile.js";
import type { SubscriptionRecord, WatchRecord } from "../../src/store/store.port.js";
import type { SlackStore } from "../../adapters/slack/slack.deps.js";

export interface CoreCall {
  fn: "handleCommand" | "handleMessage" | "answer";
  text: string;
  ctx: ChatContext;
  options?: CommandOptions;
}

export function incidentView(id: string, title: string, ephemeral?: boolean): View {
  return {
    kind: "incident",
    title,
    incidentId: id,
    sections: [{ facts: [{ label: "Vendor", value: "Salesforce" }], badges: [{ label: "Passport", tone: "exposed" }] }],
    actions: [{ id: "sources", label: "Sources", command: `sources ${id}` }],
    fallbackText: title,
    ...(ephemeral === undefined ? {} : { ephemeral }),
  };
}

/** A BotCore that records its calls and answers with fixed views (the incident from ctx if any). */
export function fakeCore(options: { delayMs?: number } = {}): BotCore & { calls: CoreCall[] } {
  const calls: CoreCall[] = [];
  const wait = () => new Promise((r) => setTimeout(r, options.delayMs ?? 0));
  return {
    calls,
    async handleCommand(text, ctx, options) {
      calls.push({ fn: "handleCommand", text, ctx, options });
      await wait();
      const id = text.split(/\s+/)[1] ?? "qantas-2025-06";
      // Like the real core: lookups are read-only; anything else is refused for a "Post to channel" click.
      if (options?.readOnlyOnly && !/^(show|latest|sources|search|actions)\b/.test(text)) {
        return { kind: "error", title: "Only lookups can be posted", sections: [], fallbackText: "Only lookups can be posted" };
      }
      return { ...incidentView(id, `Answer to: ${text}`), readOnly: true };
    },
    async handleMessage(text, ctx, options) {
      calls.push({ fn: "handleMessage", text, ctx, options });
      await wait();
      const answer = `About ${ctx.incidentId ?? "nothing"}: ${text}`;
      return { kind: "answer", title: answer, sections: [{ text: answer }], incidentId: ctx.incidentId, fallbackText: answer };
    },
    async answer(question, ctx) {
      calls.push({ fn: "answer", text: question, ctx });
      return { kind: "answer", title: question, sections: [], fallbackText: question };
    },
  };
}

/** In-memory implementation of the Store methods the adapter uses. */
export function memoryStore(seed: { subscriptions?: SubscriptionRecord[]; watches?: WatchRecord[]; profiles?: ReaderProfile[] } = {}): SlackStore & {
  posts: { target: string; messageId: string; threadId: string; incidentId: string }[];
  installations: Map<string, unknown>;
} {
  const posts: { target: string; messageId: string; threadId: string; incidentId: string }[] = [];
  const installations = new Map<string, unknown>();
  return {
    posts,
    installations,
    async recordPost(input) { posts.push(input); },
    async incidentForThread(target, threadId) {
      const hit = posts.find((p) => p.target === target && (p.threadId === threadId || p.messageId === threadId));
      return hit?.incidentId ?? null;
    },
    async saveInstallation({ platform, id, data }) { installations.set(`${platform}:${id}`, data); },
    async getInstallation(platform, id) { return installations.get(`${platform}:${id}`) ?? null; },
    async deleteInstallation(platform, id) { installations.delete(`${platform}:${id}`); },
    async listSubscriptions(filter) { return (seed.subscriptions ?? []).filter((s) => !filter?.workspaceId || s.workspaceId === filter.workspaceId); },
    async listWatches(filter) { return (seed.watches ?? []).filter((w) => !filter?.workspaceId || w.workspaceId === filter.workspaceId); },
    async getReaderProfile(owner) { return (seed.profiles ?? []).find((p) => p.owner === owner) ?? null; },
  };
}
