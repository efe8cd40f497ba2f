import type { ServerResponse } from "node:http";
import type { HTTPReceiverOptions, Installation } from "@slack/bolt";
import type { Logger } from "../../src/logger.js";

type CallbackOptions = NonNullable<NonNullable<HTTPReceiverOptions["installerOptions"]>["callbackOptions"]>;

/** What the person installing sees for each way the OAuth redirect can end (Slack's error codes as data). */
const FAILURES: Record<string, { status: number; title: string; text: string }> = {
  slack_oauth_installer_authorization_error: {
    status: 200, title: "Installation cancelled", text: "You cancelled the installation, so nothing was installed. You can start again at any time.",
  },
  slack_oauth_missing_state: {
    status: 400, title: "This install link is incomplete", text: "The link back from Slack lost part of its address. Start the installation again from the beginning.",
  },
  slack_oauth_invalid_state: {
    status: 400, title: "This install link has expired", text: "Install links work once, for a few minutes, in the browser that opened them. Start the installation again from the beginning.",
  },
  slack_oauth_missing_code: {
    status: 400, title: "Slack did not confirm the installation", text: "The link back from Slack carried no authorisation. Start the installation again from the beginning.",
  },
  // oauth.v2.access said no: the code expired, was used already, or the app credentials are wrong.
  slack_webapi_platform_error: {
    status: 400, title: "Slack did not accept the installation", text: "Slack refused the authorisation (it may have expired or been used already). Start the installation again; if it keeps failing, ask the person who runs Breach Radar to check its Slack app credentials.",
  },
};
const UNKNOWN = { status: 500, title: "The installation could not be completed", text: "Something went wrong on our side while saving the installation. Start again in a minute; if it keeps failing, ask the person who runs Breach Radar to check its log." };

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** A small self-contained HTML page (no scripts, no external resources). */
export function page(title: string, paragraphs: string[], links: { href: string; label: string }[] = []): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n");
  const actions = links.map((l) => `<p><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a></p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Breach Radar</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1d2b3a}h1{font-size:1.4rem}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${body}
${actions}
</body></html>`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(html);
}

/** Friendly success, cancel and failure pages for /slack/oauth_redirect (Bolt's defaults show a 500 for a cancel). */
export function oauthCallbackOptions(installPath: string, log: Logger): CallbackOptions {
  return {
    success(installation, _options, _req, res) {
      const team = (installation as Installation).team;
      const name = team?.name ?? "your workspace";
      const appLinks = team?.id && installation.appId
        ? [{ href: `slack://app?team=${encodeURIComponent(team.id)}&id=${encodeURIComponent(installation.appId)}`, label: "Open Breach Radar in Slack" },
           { href: `https://app.slack.com/client/${encodeURIComponent(team.id)}`, label: "Open Slack in the browser" }]
        : [];
      log.info("slack app installed", { teamId: team?.id, enterpriseId: installation.enterprise?.id });
      send(res, 200, page("Breach Radar is installed", [
        `Breach Radar is now installed in ${name}.`,
        "Try /breach help in any channel. To get a daily digest in a channel, invite the app there and type /breach subscribe; to be alerted about a vendor, type /breach watch Salesforce.",
      ], appLinks));
    },
    failure(error, _options, _req, res) {
      const known = FAILURES[error.code] ?? UNKNOWN;
      log.warn("slack app installation did not complete", { code: error.code, error });
      send(res, known.status, page(known.title, [known.text], [{ href: installPath, label: "Start the installation again" }]));
    },
  };
}
