import { commandRef } from "../domain/command-ref.js";
import type { Store } from "../store/store.port.js";

/**
 * The bot was removed from a conversation (or its app uninstalled there): the digest and live
 * alerts of that conversation stop, kept as a paused subscription whose reason `subscriptions`
 * shows, so nothing is lost and subscribing again resumes it. Returns true when one was paused.
 */
export async function pauseOnRemoval(store: Pick<Store, "getSubscription" | "updateSubscription">, target: string, now: Date): Promise<boolean> {
  const sub = await store.getSubscription(target);
  if (!sub || sub.pausedReason) return false;
  const reason = `Paused ${now.toISOString().slice(0, 10)}: Breach Radar was removed from this conversation. Add it again and type ${commandRef("subscribe")} to resume.`;
  await store.updateSubscription(sub.id, { pausedReason: reason });
  return true;
}
