import type { ServerResponse } from "node:http";
import type { AdapterRoute } from "../adapter.js";

/**
 * The privacy statement and terms of use the Teams app manifest links to
 * (`developer.privacyUrl` / `termsOfUseUrl` = PUBLIC_URL + /privacy, /terms), served by the bot
 * itself so the links always work. Static text, written for this project.
 */
interface Page {
  path: string;
  title: string;
  paragraphs: string[];
}

const PAGES: Page[] = [
  {
    path: "/privacy",
    title: "Breach Radar privacy statement",
    paragraphs: [
      "Breach Radar is a chat bot operated by the organisation that installed it. It tracks third-party data-breach incidents reported in public security news.",
      "What it keeps: public news articles and the incident facts extracted from them; for each chat, channel or conversation where it is used, the conversation reference Microsoft Teams or Slack needs to post there, digest and watch settings, and the user id of whoever created them; which incident each of its own posts is about, so follow-up questions in a thread can be answered; ids of handled messages, to answer each message once.",
      "What it does not keep: the text of your messages. A command or question is answered and then discarded. With the channel-message permission granted in Teams, messages in a channel where the bot is installed reach it; it answers only in threads under its own posts and ignores the rest without storing it.",
      "Where: in the database of the organisation running the bot (SQLite or PostgreSQL). Nothing is sent to third parties except the chat platform itself.",
      "How long: delivery records and non-breach articles are deleted after the retention period (RETENTION_DAYS, 180 days by default). Removing the bot from a conversation pauses its digest there and deletes the stored conversation reference; unsubscribe and unwatch delete those settings.",
      "Questions and requests: contact the administrator who installed Breach Radar in your organisation.",
    ],
  },
  {
    path: "/terms",
    title: "Breach Radar terms of use",
    paragraphs: [
      "Breach Radar summarises what public sources have reported about data-breach incidents and suggests actions. It cites its sources and says \"not reported\" when no source says.",
      "Reports change as investigations progress; facts may be incomplete, disputed or wrong. Check the cited sources and your own records before acting, notifying customers or regulators.",
      "The service is provided as is, without warranty, by the organisation that runs it. Do not post confidential or personal data in questions to the bot.",
      "Article titles and facts belong to their publishers; the bot links to them rather than copying them.",
    ],
  },
];

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function html(page: Page): string {
  const body = page.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeHtml(page.title)}</title><style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style></head>` +
    `<body><h1>${escapeHtml(page.title)}</h1>\n${body}\n</body></html>\n`;
}

function send(res: ServerResponse, text: string): void {
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
    "x-content-type-options": "nosniff",
    "cache-control": "public, max-age=3600",
  });
  res.end(text);
}

/** GET /privacy and GET /terms. */
export function pageRoutes(): AdapterRoute[] {
  return PAGES.map((page) => {
    const text = html(page);
    return { method: "GET" as const, path: page.path, handle: (_req, res) => send(res, text) };
  });
}
