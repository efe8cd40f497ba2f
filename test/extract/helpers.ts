import type { Article } from "../../src/domain/incident.js";

/** Builds a test article from a headline and paragraphs written for these tests. */
export function article(title: string, body: string, published: string | null = "2025-07-09", outlet = "Test Wire"): Article {
  return { url: "https://example.test/story", title, published, outlet, body: `${title}\n${body.trim()}` };
}
