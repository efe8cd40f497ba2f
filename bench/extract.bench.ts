/**
 * Extraction speed over synthetic articles (~4 KB each, generated here): prints articles/s and ms per article.
 * Target: at least 300 articles/s (under 3 ms per article) on one core.
 * Run: node bin/run-ts.js bench/extract.bench.ts [COUNT]
 */
import { pathToFileURL } from "node:url";
import type { Article } from "../src/domain/incident.js";
import { check } from "./gate.js";
import { assignIncidentKeys, extractArticle } from "../src/extract/index.js";

const VICTIMS = ["Qantas", "Air France", "Harbour Outfitters", "Marks & Spencer", "Nordwind Air", "Pandora", "WestJet", "Lumen Stores"];
const DATA = ["email addresses", "names", "postal addresses", "phone numbers", "purchase history", "dates of birth", "frequent flyer numbers"];
const FILLER = [
  "Security researchers said the incident fits a wider pattern of attacks on customer-service platforms this year.",
  "The company said it had engaged external cybersecurity experts and was working with the relevant authorities.",
  "Customers were advised to be wary of unexpected emails and phone calls asking for personal information.",
  "Analysts noted that retailers and airlines hold large volumes of loyalty data that is attractive to criminals.",
  "The firm apologised for the concern caused and set up a dedicated support line for affected customers.",
];

function synthetic(i: number): Article {
  const victim = VICTIMS[i % VICTIMS.length]!;
  const exposed = DATA.filter((_, j) => (i + j) % 3 !== 0).join(", ");
  const paragraphs = [
    `${victim} said on Monday that an unauthorised party accessed a third-party platform used by its contact centre and stole customer data.`,
    `The exposed data included ${exposed}. No passwords, payment card details or passport numbers were taken.`,
    `${victim} said ${(i % 9) + 1}.${i % 10} million customers had records on the platform, and that it detected the intrusion on June ${(i % 27) + 1}.`,
    `The company notified the Information Commissioner's Office and police. Researchers linked the attack to ShinyHunters.`,
  ];
  let body = paragraphs.join("\n");
  for (let k = 0; body.length < 4000; k++) body += "\n" + FILLER[(i + k) % FILLER.length];
  return { url: null, title: `${victim} confirms customer data stolen in cyber attack`, published: "2025-07-09", outlet: "Bench Wire", body };
}

/** Extracts `count` articles once; returns articles per second. */
function measureOnce(articles: Article[]): number {
  const started = process.hrtime.bigint();
  const results = articles.map((a) => extractArticle(a));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  assignIncidentKeys(results, articles);
  const avgBytes = Math.round(articles.reduce((n, a) => n + a.body.length, 0) / articles.length);
  process.stdout.write(`extract: ${articles.length} articles (~${avgBytes} chars) in ${ms.toFixed(0)} ms = ${(articles.length / (ms / 1000)).toFixed(0)} articles/s, ${(ms / articles.length).toFixed(3)} ms/article\n`);
  return articles.length / (ms / 1000);
}

export async function run(options: { count?: number } = {}): Promise<void> {
  const count = options.count ?? 2000;
  const articles = Array.from({ length: count }, (_, i) => synthetic(i));
  for (const a of articles.slice(0, 50)) extractArticle(a); // warm-up: lazy matchers, JIT
  await check({ name: "extract rate (~4 KB articles)", unit: "articles/s", limit: 300, direction: "at least" }, async () => measureOnce(articles));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2]);
  await run(Number.isInteger(n) && n > 0 ? { count: n } : {});
}
