import { describe, expect, it } from "vitest";
import { decodeSlackText } from "../../adapters/slack/slack.decode.js";

describe("decodeSlackText (Slack message format → plain text)", () => {
  it.each([
    ["marks &amp; spencer", "marks & spencer"],
    ["a &lt;b&gt; c", "a <b> c"],
    ["literal &amp;lt; stays", "literal &lt; stays"],
    ["add <https://news.example.test/a?x=1&amp;y=2>", "add https://news.example.test/a?x=1&y=2"],
    ["search <http://qantas.com|qantas.com>", "search qantas.com"],
    ["ask <@U123> and <@U456|ana>", "ask @U123 and @ana"],
    ["in <#C123|security> or <#C999>", "in #security or #C999"],
    ["<!here> look", "@here look"],
    ["ping <!subteam^S1|@oncall>", "ping @oncall"],
    ["since <!date^1700000000^{date}|14 Nov 2023>", "since 14 Nov 2023"],
    ["mail <mailto:a@b.test|a@b.test>", "mail a@b.test"],
    ["no markup at all", "no markup at all"],
  ])("%s → %s", (input, expected) => {
    expect(decodeSlackText(input)).toBe(expected);
  });
});
