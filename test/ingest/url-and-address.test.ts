import { describe, expect, it } from "vitest";
import { canonicalizeUrl, tryCanonicalizeUrl } from "../../src/ingest/url.canonicalizer.js";
import { createAllowList, embeddedIPv4, isPrivateAddress } from "../../src/ingest/address.policy.js";

describe("canonicalizeUrl", () => {
  it.each([
    ["HTTPS://WWW.Example.COM:443/News/Story/?utm_source=x&b=2&a=1#comments", "https://www.example.com/News/Story?a=1&b=2"],
    ["http://example.com:80/a/?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=rss&cmpid=9", "http://example.com/a"],
    ["https://example.com", "https://example.com/"],
    ["https://example.com/?", "https://example.com/"],
    ["https://example.com:8443/x", "https://example.com:8443/x"],
    ["https://user:pw@example.com/x", "https://example.com/x"],
    ["https://example.com/a//", "https://example.com/a"],
    ["https://example.com/a?z=1&utm_medium=email&id=7&id=3", "https://example.com/a?id=3&id=7&z=1"],
    ["https://example.com./a", "https://example.com/a"],
  ])("%s → %s", (raw, expected) => {
    expect(canonicalizeUrl(raw)).toBe(expected);
  });

  it("is idempotent and resolves relative links against a base", () => {
    const once = canonicalizeUrl("https://News.example.org/2025/07/story/?utm_campaign=a#x");
    expect(canonicalizeUrl(once)).toBe(once);
    expect(canonicalizeUrl("/2025/qantas?ref=feed", "https://feeds.example.org/rss")).toBe("https://feeds.example.org/2025/qantas");
  });

  it("rejects non-http schemes and garbage", () => {
    expect(tryCanonicalizeUrl("javascript:alert(1)")).toBeNull();
    expect(tryCanonicalizeUrl("file:///etc/passwd")).toBeNull();
    expect(tryCanonicalizeUrl("not a url")).toBeNull();
    expect(() => canonicalizeUrl("ftp://example.com/")).toThrow(/http/);
  });
});

describe("address policy", () => {
  it.each([
    "127.0.0.1", "10.0.0.8", "172.16.5.4", "172.31.255.255", "192.168.0.1", "169.254.169.254", "100.64.0.1", "100.127.255.255",
    "0.0.0.0", "224.0.0.251", "255.255.255.255", "::", "::1", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
    "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:10.0.0.1", "::ffff:a9fe:a9fe", "64:ff9b::7f00:1", "fe80::1%eth0",
  ])("%s is private", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"])("%s is public", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it("unwraps IPv4-mapped addresses", () => {
    expect(embeddedIPv4("::ffff:192.168.1.20")).toBe("192.168.1.20");
    expect(embeddedIPv4("::ffff:c0a8:114")).toBe("192.168.1.20");
    expect(embeddedIPv4("2001:db8::1")).toBeNull();
  });

  it("allow-lists hosts, single addresses and CIDRs (IPv4-mapped too)", () => {
    const allow = createAllowList(["127.0.0.1", "10.20.0.0/16", "Intranet.Example", "fd00::/8"]);
    expect(allow.allowsAddress("127.0.0.1")).toBe(true);
    expect(allow.allowsAddress("::ffff:127.0.0.1")).toBe(true);
    expect(allow.allowsAddress("127.0.0.2")).toBe(false);
    expect(allow.allowsAddress("10.20.9.9")).toBe(true);
    expect(allow.allowsAddress("10.21.0.1")).toBe(false);
    expect(allow.allowsAddress("fd00::5")).toBe(true);
    expect(allow.allowsHost("intranet.example")).toBe(true);
    expect(allow.allowsHost("other.example")).toBe(false);
  });
});
