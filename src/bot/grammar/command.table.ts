import type { Handler } from "../bot.env.js";
import { actionsHandler } from "../handlers/actions.handler.js";
import { actorHandler } from "../handlers/actor.handler.js";
import { addHandler } from "../handlers/add.handler.js";
import { campaignHandler } from "../handlers/campaign.handler.js";
import { makeHelpHandler, type CommandHelp } from "../handlers/help.handler.js";
import { evidenceHandler } from "../handlers/evidence.handler.js";
import { latestHandler } from "../handlers/latest.handler.js";
import { searchHandler } from "../handlers/search.handler.js";
import { showHandler } from "../handlers/show.handler.js";
import { sourcesHandler } from "../handlers/sources.handler.js";
import { statsHandler } from "../handlers/stats.handler.js";
import { subscribeHandler } from "../handlers/subscribe.handler.js";
import { subscriptionsHandler } from "../handlers/subscriptions.handler.js";
import { timelineHandler } from "../handlers/timeline.handler.js";
import { unsubscribeHandler } from "../handlers/unsubscribe.handler.js";
import { unwatchHandler } from "../handlers/unwatch.handler.js";
import { watchHandler } from "../handlers/watch.handler.js";
import { watchesHandler } from "../handlers/watches.handler.js";
import { profileHandler } from "../handlers/profile.handler.js";
import type { KnownKind } from "./command.schema.js";

/** One row of the command table: help is generated from these. */
export interface CommandEntry<K extends KnownKind = KnownKind> extends CommandHelp {
  name: K;
  handler: Handler<K>;
}

type Table = { [K in KnownKind]: CommandEntry<K> };

/** The one command grammar for Slack's /breach, Teams' "breach …" and the console. Order = help order. */
export const COMMAND_TABLE: Table = {
  help: { name: "help", syntax: "help [COMMAND]", summary: "List commands, or show one with examples", examples: ["help", "help subscribe"], handler: makeHelpHandler(() => commandHelp()) },
  latest: { name: "latest", syntax: "latest [airline|retail|other] [N] [page P]", summary: "Most recently updated incidents (N up to 50)", examples: ["latest", "latest airline 10", "latest retail 5 page 2"], handler: latestHandler },
  search: { name: "search", syntax: "search TEXT", summary: "Find incidents by victim, group, vendor, actor or campaign (typos welcome)", examples: ["search qantas", "search salesforce", "search UNC6040"], handler: searchHandler },
  show: { name: "show", syntax: "show ID|NAME", summary: "An incident's facts, exposed data, top actions and sources", examples: ["show qantas-2025-06", "show air france"], handler: showHandler },
  actions: {
    name: "actions", syntax: "actions ID [for AUDIENCE] [script|notice|staff] [fr|en]",
    summary: "Recommended actions by audience, with reasons and priority; or a ready-to-use call-centre script, customer notice or staff warning (English or French) worded with each fact's certainty",
    examples: ["actions qantas-2025-06", "actions qantas-2025-06 for fraud", "actions qantas-2025-06 script", "actions qantas-2025-06 notice fr", "actions qantas-2025-06 staff lang:fr"], handler: actionsHandler,
  },
  sources: { name: "sources", syntax: "sources ID", summary: "The articles that reported an incident", examples: ["sources qantas-2025-06"], handler: sourcesHandler },
  timeline: { name: "timeline", syntax: "timeline ID", summary: "What each article reported, in publication order, with its link", examples: ["timeline qantas-2025-06"], handler: timelineHandler },
  evidence: { name: "evidence", syntax: "evidence ID [count|data|actors|vendor|dates|regulators]", summary: "Why: the sentences behind each fact, quoted with outlet, date and link", examples: ["evidence qantas-2025-06", "evidence qantas-2025-06 count"], handler: evidenceHandler },
  campaign: { name: "campaign", syntax: "campaign [NAME]", summary: "List campaigns, or one campaign with its incidents", examples: ["campaign", "campaign salesforce"], handler: campaignHandler },
  actor: { name: "actor", syntax: "actor NAME", summary: "A threat actor: aliases, incidents and role in each", examples: ["actor ShinyHunters", "actor UNC6040"], handler: actorHandler },
  stats: { name: "stats", syntax: "stats [7d|30d|YYYY|all]", summary: "Counts by sector and severity, top vendors and actors", examples: ["stats", "stats 7d", "stats 2025"], handler: statsHandler },
  subscribe: { name: "subscribe", syntax: "subscribe [airline|retail|other…] [at HH:MM] [TIME/ZONE] [low|medium|high|critical] [live] [quiet]", summary: "Daily digest in this conversation (live = also post new incidents; quiet = skip empty days)", examples: ["subscribe", "subscribe airline at 08:30 Europe/Paris high", "subscribe retail live"], handler: subscribeHandler },
  unsubscribe: { name: "unsubscribe", syntax: "unsubscribe", summary: "Stop this conversation's digest", examples: ["unsubscribe"], handler: unsubscribeHandler },
  subscriptions: { name: "subscriptions", syntax: "subscriptions", summary: "This conversation's digest (paused with the reason)", examples: ["subscriptions"], handler: subscriptionsHandler },
  watch: { name: "watch", syntax: "watch TERM", summary: "Alert this conversation when an incident mentions TERM", examples: ["watch Salesforce", "watch Qantas"], handler: watchHandler },
  unwatch: { name: "unwatch", syntax: "unwatch TERM", summary: "Stop watching TERM", examples: ["unwatch Salesforce"], handler: unwatchHandler },
  watches: { name: "watches", syntax: "watches", summary: "This conversation's watched terms", examples: ["watches"], handler: watchesHandler },
  profile: {
    name: "profile",
    syntax: "profile [org NAME | sector S | countries AU, FR, EU | listed yes|no | stack V1, V2 | stack +V | stack -V | clear]",
    summary: "This workspace's reader profile: who you are, where, and which vendors you use, so actions fit you and alerts say \"you use Salesforce\"",
    examples: ["profile", "profile org Acme Airlines", "profile sector airline", "profile countries AU, FR, EU", "profile listed no", "profile stack salesforce, salesloft drift, snowflake", "profile stack +zendesk", "profile clear"],
    handler: profileHandler,
  },
  add: { name: "add", syntax: "add URL", summary: "Read an article now and add or update its incident", examples: ["add https://example.com/news/airline-breach"], handler: addHandler },
};

/** The table as help rows, in order. */
export function commandHelp(): CommandHelp[] {
  return Object.values(COMMAND_TABLE).map(({ name, syntax, summary, examples }) => ({ name, syntax, summary, examples }));
}
