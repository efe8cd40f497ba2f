/**
 * Preloaded into the Agents Playground process (NODE_OPTIONS=--require): it may talk to loopback
 * addresses only. The playground starts Application Insights even with --disable-telemetry, and
 * that probes the Azure metadata address 169.254.169.254 and resolves Microsoft host names; here
 * every such attempt fails at once, inside the process, and is reported on stderr as
 * "[loopback-only] blocked <host>" so the test can show what was refused. Its web server, which
 * listens on every interface by default, is bound to 127.0.0.1 instead.
 */
"use strict";
const net = require("node:net");
const dns = require("node:dns");

const LOCAL_NAMES = new Set(["localhost", "ip6-localhost", "ip6-loopback"]);

function isLoopback(host) {
  if (typeof host !== "string" || host === "") return true; // net defaults to localhost
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  if (LOCAL_NAMES.has(h) || h === "::1" || h === "::ffff:127.0.0.1") return true;
  return net.isIPv4(h) && h.startsWith("127.");
}

function refusal(host) {
  process.stderr.write(`[loopback-only] blocked ${host}\n`);
  const error = new Error(`blocked by loopback-only guard: ${host}`);
  error.code = "ECONNREFUSED";
  return error;
}

const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const first = args[0];
  const options = Array.isArray(first) ? first[0] : first;
  const isPipe = options && typeof options === "object" && typeof options.path === "string";
  const host = options && typeof options === "object" ? options.host : typeof args[1] === "string" ? args[1] : undefined;
  if (!isPipe && typeof first !== "string" && !isLoopback(host)) {
    const error = refusal(host);
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return originalConnect.apply(this, args);
};

const originalLookup = dns.lookup;
dns.lookup = function lookup(hostname, options, callback) {
  const cb = typeof options === "function" ? options : callback;
  if (!isLoopback(hostname)) {
    const error = refusal(hostname);
    error.code = "ENOTFOUND";
    process.nextTick(() => cb(error));
    return {};
  }
  return originalLookup.call(this, hostname, options, callback);
};
const originalPromiseLookup = dns.promises.lookup;
dns.promises.lookup = function lookup(hostname, options) {
  if (!isLoopback(hostname)) return Promise.reject(Object.assign(refusal(hostname), { code: "ENOTFOUND" }));
  return originalPromiseLookup.call(this, hostname, options);
};

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listen(...args) {
  const first = args[0];
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/.test(first))) {
    if (typeof args[1] !== "string") args.splice(1, 0, "127.0.0.1");
  } else if (first && typeof first === "object" && first.path === undefined && first.host === undefined) {
    args[0] = { ...first, host: "127.0.0.1" };
  }
  return originalListen.apply(this, args);
};
