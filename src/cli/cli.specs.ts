import type { CommandSpec } from "./cli.args.js";

/** Every `breach-radar` subcommand and option, in one table: help is generated from it and parsing follows it. */
export const CLI_SPECS = {
  start: {
    name: "start",
    usage: "start",
    summary: "Run the bot: store, HTTP server, Slack/Teams adapters, scheduler, console",
    options: [],
    details: [
      "Runs until SIGTERM / SIGINT (or `exit` in the console), then shuts down cleanly.",
      "Configuration comes from environment variables (and ./.env); see .env.example.",
    ],
  },
  extract: {
    name: "extract",
    usage: "extract [--json] FILE...",
    summary: "Extract structured breach incidents from article files",
    options: [{ flag: "--json", help: "Print one JSON object per file instead of a summary" }],
    details: [
      "Exits 1 when a file cannot be read (missing, a directory, no permission). Files that are read but hold no",
      "article (empty, binary, too short) are reported with an `error` field and do not change the exit status.",
    ],
  },
  ingest: {
    name: "ingest",
    usage: "ingest [--once] [--force] [FILE|URL...]",
    summary: "Poll the configured feeds until stopped (or ingest the given files/URLs) into the store",
    options: [
      { flag: "--once", help: "Poll every feed once, then exit" },
      { flag: "--force", help: "Also poll feeds that are backing off after failures (the first poll, without --once)" },
    ],
    details: [
      "Without --once it polls on FEED_POLL_CRON until SIGTERM / Ctrl-C.",
      "With FILE or URL arguments it ingests those articles (any publication date) and exits.",
    ],
  },
  feeds: {
    name: "feeds",
    usage: "feeds list|add URL|remove URL",
    summary: "Manage the news feeds that are polled",
    options: [],
    details: [
      "add refuses URLs the fetcher would never fetch (private or reserved addresses unless FETCH_ALLOW_PRIVATE",
      "allows them, overlong URLs) and reports a feed that is already there as a duplicate.",
      "When FEEDS is set it IS the feed list (applied at every start): edit FEEDS instead of add/remove.",
    ],
  },
  incidents: {
    name: "incidents",
    usage: "incidents list [--sector S] [--severity MIN] [--limit N] [--json] | incidents show ID [--json]",
    summary: "List incidents (newest first) or show one, as text or JSON",
    options: [
      { flag: "--json", help: "Print JSON (an array for list, an object for show)" },
      { flag: "--sector", value: "S", help: "list: only this sector (airline, retail, other)" },
      { flag: "--severity", value: "MIN", help: "list: at least this severity (low, medium, high, critical)" },
      { flag: "--limit", value: "N", help: "list: at most N incidents (default 20, up to 1000)" },
    ],
  },
  ask: {
    name: "ask",
    usage: 'ask "QUESTION" [--incident ID] | ask --command "latest airline"',
    summary: "Answer one question (or run one /breach command) against the store and exit",
    options: [
      { flag: "--command", short: "-c", value: "TEXT", help: "Run one /breach command (e.g. \"show qantas\") instead of a question" },
      { flag: "--incident", value: "ID", help: "Ask about this incident, as in its chat thread" },
    ],
    details: ["Needs a store with data: run `breach-radar ingest --once` or `npm start` first. It never creates one."],
  },
  export: {
    name: "export",
    usage: "export --format stix|json|csv [--since DATE|Nd] [--sector S] [--incident ID]... [--out FILE]",
    summary: "Export incidents as STIX 2.1, JSON or CSV (streams; to a file or stdout)",
    options: [
      { flag: "--format", value: "stix|json|csv", help: "STIX 2.1 bundle, JSON lines of incidents, or CSV (default stix)" },
      { flag: "--since", value: "DATE|Nd", help: "Only incidents reported since this date, timestamp or number of days (e.g. 7d)" },
      { flag: "--sector", value: "S", help: "Only this sector: airline, retail or other" },
      { flag: "--incident", value: "ID", help: "Only this incident (repeat for several)" },
      { flag: "--out", value: "FILE", help: "Write to FILE (atomically, through FILE.partial) instead of stdout" },
    ],
    details: ["Streams 50 incidents at a time, so a large store never sits in memory at once; see the README's STIX mapping."],
  },
  tokens: {
    name: "tokens",
    usage: "tokens create NAME [--rate N] | tokens list | tokens revoke ID|PREFIX",
    summary: "Manage the API tokens of the TAXII collection and the JSON API (stored hashed)",
    options: [{ flag: "--rate", value: "N", help: "Requests per minute for this token (default API_RATE_LIMIT_PER_MINUTE)" }],
    details: ["The token is shown once, at creation; only its SHA-256 hash is stored. TAXII and /api/v1 answer 404 until a token exists."],
  },
  profiles: {
    name: "profiles",
    usage: "profiles list [--json] | profiles clear OWNER",
    summary: "List the workspaces' reader profiles (set in chat with `profile`), or clear one",
    options: [{ flag: "--json", help: "list: print a JSON array" }],
    details: ["OWNER is the workspace's key as listed: slack:TEAM_ID, teams:TENANT_ID or console:local."],
  },
  db: {
    name: "db",
    usage: "db migrate|status",
    summary: "Apply database migrations (done automatically at start) or show status",
    options: [],
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof CLI_SPECS;
