import { describe, expect, it } from "vitest";
import { parseFeedText } from "../../src/ingest/feed.parser.js";
import { decodeBody, sniffCharset } from "../../src/ingest/charset.decoder.js";
import { contentHash, htmlToText } from "../../src/ingest/article.reader.js";
import { isBreachRadarError } from "../../src/domain/errors.js";
import iconv from "iconv-lite";

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example Security Wire</title><link>https://wire.example/</link><description>d</description>
<item><title>Retailer &amp; airline hit</title><link>https://wire.example/a?utm_source=rss</link>
<pubDate>Tue, 01 Jul 2025 10:00:00 GMT</pubDate><description>Short teaser</description>
<content:encoded><![CDATA[<p>Full <b>body</b> text</p>]]></content:encoded></item>
<item><title>No date</title><link>https://wire.example/b</link><description>&lt;p&gt;Escaped html&lt;/p&gt;</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:x</id><updated>2025-07-02T00:00:00Z</updated>
<entry><title type="html">Breach at &lt;i&gt;Carrier&lt;/i&gt;</title><id>urn:e1</id><updated>2025-07-03T08:00:00Z</updated><published>2025-07-02T08:00:00Z</published>
<link rel="enclosure" href="https://atom.example/img.png"/><link rel="alternate" href="https://atom.example/e1"/>
<summary>Summary only</summary></entry></feed>`;

const JSON_FEED = JSON.stringify({
  version: "https://jsonfeed.org/version/1.1", title: "JSON Desk",
  items: [{ id: "1", url: "https://json.example/1", title: "One", content_html: "<p>Hello</p>", date_published: "2025-07-04T09:00:00Z" }, { id: "https://json.example/2", content_text: "Plain" }],
});

describe("parseFeedText", () => {
  it("reads RSS 2.0 with content:encoded and dates", () => {
    const feed = parseFeedText(RSS);
    expect(feed.format).toBe("rss");
    expect(feed.title).toBe("Example Security Wire");
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({ link: "https://wire.example/a?utm_source=rss", title: "Retailer & airline hit", content: "<p>Full <b>body</b> text</p>", summary: "Short teaser" });
    expect(feed.items[0]?.published?.toISOString()).toBe("2025-07-01T10:00:00.000Z");
    expect(feed.items[1]?.published).toBeNull();
  });

  it("reads Atom, preferring the alternate link and the published date", () => {
    const feed = parseFeedText(ATOM);
    expect(feed.format).toBe("atom");
    expect(feed.items[0]).toMatchObject({ link: "https://atom.example/e1", summary: "Summary only", content: null });
    expect(feed.items[0]?.published?.toISOString()).toBe("2025-07-02T08:00:00.000Z");
  });

  it("reads JSON Feed, using a URL-shaped id when url is missing", () => {
    const feed = parseFeedText(JSON_FEED);
    expect(feed.format).toBe("json");
    expect(feed.items.map((i) => i.link)).toEqual(["https://json.example/1", "https://json.example/2"]);
    expect(feed.items[1]?.content).toBe("Plain");
  });

  it("rejects malformed XML and non-feeds with FEED_MALFORMED", () => {
    for (const bad of ["<rss><channel><item><title>broken</ite", "<html><body>not a feed</body></html>", "{\"hello\": 1}", ""]) {
      let caught: unknown = null;
      try {
        parseFeedText(bad);
      } catch (error) {
        caught = error;
      }
      expect(isBreachRadarError(caught, "FEED_MALFORMED"), bad).toBe(true);
    }
  });
});

describe("text helpers", () => {
  it("turns HTML into text with entities decoded and scripts removed", () => {
    expect(htmlToText("<p>A &amp; B</p><script>alert(1)</script><p>C&nbsp;D</p>")).toBe("A & B\n\nC D");
  });

  it("hashes normalised text: whitespace and case do not matter", () => {
    expect(contentHash("Hello   World\n")).toBe(contentHash("hello world"));
    expect(contentHash("hello world")).not.toBe(contentHash("hello world!"));
  });

  it("decodes by BOM, header, declaration, then falls back from invalid UTF-8 to windows-1252", () => {
    expect(sniffCharset(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a/>'))).toBe("iso-8859-1");
    expect(decodeBody(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("été")]), "text/plain; charset=windows-1252")).toBe("été");
    expect(decodeBody(iconv.encode("crème brûlée", "latin1"), "text/plain")).toBe("crème brûlée");
    expect(decodeBody(iconv.encode("“quoted”", "windows-1252"), "text/html; charset=ISO-8859-1")).toBe("“quoted”");
  });
});
