/**
 * Slack's message format → the plain text the core understands, at the adapter edge. Slack
 * escapes `&`, `<` and `>` as HTML entities and wraps links, mentions and dates in angle brackets:
 * `<https://x.test/a>`, `<http://m.test|m.test>`, `<@U123>`, `<@U123|ana>`, `<#C123|security>`,
 * `<!here>`, `<!subteam^S1|@oncall>`, `<!date^1700000000^{date}|14 Nov>`, `<mailto:a@b.test|a@b.test>`.
 * The renderer escapes again on the way out; nothing in between sees Slack syntax.
 */

/** What each kind of bracketed token becomes; `label` is the part after `|` when present. */
function decodeToken(body: string, label: string | undefined): string {
  const sigil = body[0];
  if (sigil === "@") return `@${label ?? body.slice(1)}`;
  if (sigil === "#") return `#${label ?? body.slice(1)}`;
  if (sigil === "!") {
    const [command] = body.slice(1).split("^");
    if (label !== undefined) return label;
    return command === "here" || command === "channel" || command === "everyone" ? `@${command}` : "";
  }
  // A link: what the user typed is the label when Slack added one ("m.test"), else the URL itself.
  return label ?? body;
}

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&amp;": "&" };

/** Decodes one Slack-formatted text (command text, message text) into plain text. */
export function decodeSlackText(text: string): string {
  const plain = text.replace(/<([^<>|]*)(?:\|([^<>]*))?>/g, (_m, body: string, label: string | undefined) => decodeToken(body, label));
  // One pass, so "&amp;lt;" (a literal "&lt;" typed by the user) becomes "&lt;", not "<".
  return plain.replace(/&(lt|gt|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}
