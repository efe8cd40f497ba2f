import { createHash, randomBytes } from "node:crypto";
import type { ApiTokenRecord, Store } from "../store/store.port.js";

/** Every token starts with this, so secret scanners and people recognise it. */
export const TOKEN_PREFIX = "brk_";
const PREFIX_LENGTH = 12;

export const hashToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

export interface CreatedToken {
  /** The token itself: shown once, never stored. */
  token: string;
  record: ApiTokenRecord;
}

/** Mints a token (256 random bits) and stores only its SHA-256 hash and a short prefix. */
export async function createToken(store: Store, input: { name: string; ratePerMinute?: number | null; now: Date }): Promise<CreatedToken> {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const record = await store.createApiToken({ name: input.name, hash: hashToken(token), prefix: token.slice(0, PREFIX_LENGTH), ratePerMinute: input.ratePerMinute ?? null, createdAt: input.now });
  return { token, record };
}

/** The active token a caller presented, or null (unknown, revoked or malformed). */
export async function findToken(store: Store, presented: string): Promise<ApiTokenRecord | null> {
  if (!presented.startsWith(TOKEN_PREFIX) || presented.length > 200) return null;
  return store.findActiveApiToken(hashToken(presented));
}
