import { describe, expect, it } from "vitest";
import { extractArticle, parseArticleFile } from "../../src/extract/index.js";

describe("parseArticleFile", () => {
  it("reads the corpus header format", () => {
    const a = parseArticleFile("url: https://x.test/a\ntitle: Swift Air data breach\npublished: 2025-06-02\noutlet: Wire\n\nSwift Air said names were stolen.", "a.txt");
    expect(a).toEqual({ url: "https://x.test/a", title: "Swift Air data breach", published: "2025-06-02", outlet: "Wire", body: "Swift Air said names were stolen." });
  });

  it("treats unknown header values as null", () => {
    const a = parseArticleFile("url: unknown\ntitle: T\npublished: unknown\noutlet: O\n\nBody text here.", "a.txt");
    expect(a.published).toBeNull();
    expect(a.url).toBeNull();
  });

  it("reads plain text, taking the first line as the title", () => {
    const a = parseArticleFile("Finch Stores hit by hackers\n\nFinch Stores said names were stolen.", "b.txt");
    expect(a.title).toBe("Finch Stores hit by hackers");
    expect(a.published).toBeNull();
  });

  it("strips scripts, styles and navigation from HTML and decodes entities", () => {
    const html = `<!doctype html><html><head><title>Finch Stores confirms data breach</title><style>p{}</style></head><body><nav>Home | News</nav>
      <script>var x = "<p>not text</p>";</script><article><h1>Finch Stores confirms data breach</h1><p>Finch Stores said names &amp; email addresses were stolen &#8211; passwords were not affected.</p></article></body></html>`;
    const a = parseArticleFile(html, "c.html");
    expect(a.title).toBe("Finch Stores confirms data breach");
    expect(a.body).not.toContain("not text");
    expect(a.body).not.toContain("Home | News");
    expect(a.body).toContain("names & email addresses were stolen \u2013 passwords");
    const x = extractArticle(a);
    expect(x.victims).toEqual(["Finch Stores"]);
    expect(x.notExposed).toEqual(["password"]);
  });

  it("does not hang on a page full of scripts", () => {
    const html = "<html><body>" + "<script>".repeat(20000) + "x".repeat(100000) + "<div>".repeat(20000) + "</body></html>";
    const started = Date.now();
    const a = parseArticleFile(html, "d.html");
    extractArticle(a);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
