import http from "node:http";
import https from "node:https";
import dns from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { BreachRadarError } from "../domain/errors.js";
import { isAddressPermitted, type AddressAllowList } from "./address.policy.js";

/** One HTTP exchange without following redirects. */
export interface HopResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** The address the connection was made to. */
  address: string | null;
}

export interface HopOptions {
  headers: Record<string, string>;
  connectTimeoutMs: number;
  /** Absolute time (ms since epoch) by which the whole fetch must be done. */
  deadline: number;
  maxBytes: number;
  /** When set, the connection may only go to public addresses (or allow-listed ones). */
  policy: AddressAllowList | null;
  /** Read the body (false for redirects we only follow). */
  readBody: (status: number) => boolean;
}

const blockedError = (url: URL, address: string) =>
  new BreachRadarError("FETCH_BLOCKED", `Refusing to fetch ${url.host}: it resolves to a private or reserved address (${address})`);

/** A DNS lookup that only returns permitted addresses, so the connection is pinned to a checked one. */
function guardedLookup(url: URL, allow: AddressAllowList): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const permitted = addresses.filter((a) => isAddressPermitted(a.address, hostname, allow));
      const first = permitted[0];
      if (!first) return callback(blockedError(url, addresses[0]?.address ?? "none"), "", 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, permitted);
      callback(null, first.address, first.family);
    });
  };
}

const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: () => zlib.createGunzip(),
  "x-gzip": () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

function decodedStream(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const make = DECODERS[encoding];
  return make ? (res.pipe(make()) as unknown as Readable) : res;
}

function readCapped(stream: Readable, maxBytes: number, url: URL): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        reject(new BreachRadarError("FETCH_TOO_LARGE", `Response from ${url.host} exceeds ${maxBytes} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", (cause) => reject(new BreachRadarError("FETCH_FAILED", `Reading ${url.host} failed: ${cause.message}`, { cause })));
  });
}

/** Performs one request. Enforces the address policy, connect timeout, overall deadline and size cap. */
export function requestOnce(url: URL, options: HopOptions): Promise<HopResult> {
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (options.policy && isIP(hostname) && !isAddressPermitted(hostname, hostname, options.policy)) {
    return Promise.reject(blockedError(url, hostname));
  }
  const remaining = options.deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new BreachRadarError("FETCH_TIMEOUT", `Timed out fetching ${url.host}`));
  return new Promise<HopResult>((resolve, reject) => {
    const lib = url.protocol === "https:" ? https : http;
    const req = lib.request(url, {
      method: "GET",
      headers: options.headers,
      agent: false,
      lookup: options.policy ? guardedLookup(url, options.policy) : undefined,
    });
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(connect);
      req.destroy();
      reject(error instanceof BreachRadarError ? error : new BreachRadarError("FETCH_FAILED", `Fetching ${url.host} failed: ${error.message}`, { cause: error }));
    };
    // setImmediate: let I/O that is already waiting (after a busy event loop) settle before declaring a timeout.
    let connected = false;
    const later = (error: Error, unlessConnected = false) => () => setImmediate(() => (unlessConnected && connected ? undefined : fail(error)));
    const total = setTimeout(later(new BreachRadarError("FETCH_TIMEOUT", `Timed out fetching ${url.href}`)), remaining);
    const connect = setTimeout(later(new BreachRadarError("FETCH_TIMEOUT", `Timed out connecting to ${url.host}`), true), Math.min(options.connectTimeoutMs, remaining));
    let address: string | null = null;
    req.on("socket", (socket) => {
      socket.once("connect", () => {
        connected = true;
        clearTimeout(connect);
        address = socket.remoteAddress ?? null;
      });
    });
    req.on("error", fail);
    req.on("response", (res) => {
      connected = true;
      clearTimeout(connect);
      const status = res.statusCode ?? 0;
      const declared = Number(res.headers["content-length"] ?? NaN);
      if (!options.readBody(status)) {
        res.resume();
        settled = true;
        clearTimeout(total);
        resolve({ status, headers: res.headers, body: Buffer.alloc(0), address });
        return;
      }
      if (Number.isFinite(declared) && declared > options.maxBytes && !res.headers["content-encoding"]) {
        return fail(new BreachRadarError("FETCH_TOO_LARGE", `Response from ${url.host} declares ${declared} bytes (cap ${options.maxBytes})`));
      }
      readCapped(decodedStream(res), options.maxBytes, url).then((body) => {
        if (settled) return;
        settled = true;
        clearTimeout(total);
        resolve({ status, headers: res.headers, body, address });
      }, fail);
    });
    req.end();
  });
}
