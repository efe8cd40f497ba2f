import zlib from "node:zlib";
import type { RouteHandler } from "./fixture.server.js";

/** Serves a document with an ETag (answering If-None-Match with 304) and optional compression. */
export function documentRoute(body: () => string | Buffer, options: { type: string; etag?: string; encoding?: "gzip" | "br" } = { type: "text/html; charset=utf-8" }): RouteHandler {
  return (req, res) => {
    if (options.etag && req.headers["if-none-match"] === options.etag) return void res.writeHead(304, { etag: options.etag }).end();
    const raw = body();
    const buf = typeof raw === "string" ? Buffer.from(raw, "utf8") : raw;
    const headers: Record<string, string> = { "content-type": options.type };
    if (options.etag) headers.etag = options.etag;
    let out = buf;
    if (options.encoding === "gzip") out = zlib.gzipSync(buf);
    if (options.encoding === "br") out = zlib.brotliCompressSync(buf);
    if (options.encoding) headers["content-encoding"] = options.encoding;
    res.writeHead(200, headers).end(out);
  };
}

export const RSS_TYPE = "application/rss+xml; charset=utf-8";
export const ATOM_TYPE = "application/atom+xml; charset=utf-8";
export const JSON_TYPE = "application/feed+json; charset=utf-8";
export const HTML_TYPE = "text/html; charset=utf-8";
