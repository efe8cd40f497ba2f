import iconv from "iconv-lite";

const BOMS: { bytes: number[]; charset: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], charset: "utf-8" },
  { bytes: [0xff, 0xfe], charset: "utf-16le" },
  { bytes: [0xfe, 0xff], charset: "utf-16be" },
];

/** Labels browsers treat as another encoding (WHATWG: latin1 is really windows-1252). */
const ALIASES: Record<string, string> = {
  "iso-8859-1": "windows-1252", "latin1": "windows-1252", "l1": "windows-1252", "us-ascii": "windows-1252",
  "ascii": "windows-1252", "x-sjis": "shift_jis", "utf8": "utf-8",
};

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The charset a document declares about itself: BOM, XML declaration or HTML <meta>. */
export function sniffCharset(body: Buffer): string | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => body[i] === b)) return bom.charset;
  }
  const head = body.subarray(0, 2048).toString("latin1");
  const xml = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ? meta[1].toLowerCase() : null;
}

function normalise(charset: string | null): string | null {
  if (!charset) return null;
  const c = ALIASES[charset] ?? charset;
  return iconv.encodingExists(c) ? c : null;
}

/**
 * Decodes a response body to text. Order: BOM, then the Content-Type charset, then the
 * document's own declaration, then UTF-8 (falling back to windows-1252 when the bytes are not valid UTF-8).
 */
export function decodeBody(body: Buffer, contentType: string | null | undefined): string {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => body[i] === x));
  const charset = normalise(bom?.charset ?? null) ?? normalise(charsetFromContentType(contentType)) ?? normalise(sniffCharset(body));
  if (charset) return stripBom(iconv.decode(body, charset));
  const utf8 = body.toString("utf8");
  return utf8.includes("\uFFFD") ? iconv.decode(body, "windows-1252") : stripBom(utf8);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
