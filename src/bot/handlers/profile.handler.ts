import { commandRef } from "../../domain/command-ref.js";
import { ownerKey } from "../../domain/tenancy.js";
import type { ReaderProfilePatch } from "../../store/store.port.js";
import type { Handler } from "../bot.env.js";
import type { ProfileChange } from "../profile/profile.schema.js";
import { jurisdictionsText, profileView, stackText } from "../profile/profile.view.js";
import { messageView } from "../views/view.builder.js";

type FieldChange = Exclude<ProfileChange, { field: "show" } | { field: "clear" }>;

function patchOf(change: FieldChange): ReaderProfilePatch {
  switch (change.field) {
    case "organisation": return { organisation: change.value };
    case "sector": return { sector: change.value };
    case "jurisdictions": return { jurisdictions: change.value };
    case "listed": return { listed: change.value };
    case "stack": return change.set ? { stack: change.set } : { stackAdd: change.add, stackRemove: change.remove };
  }
}

/** One sentence saying what the change did (and what it could not, e.g. removing a vendor not listed). */
function noteOf(change: FieldChange, before: readonly string[]): string {
  switch (change.field) {
    case "organisation": return change.value ? `Organisation set to ${change.value}.` : "Organisation cleared.";
    case "sector": return change.value ? `Sector set to ${change.value}.` : "Sector cleared.";
    case "jurisdictions": return change.value.length ? `Countries set to ${jurisdictionsText(change.value)}.` : "Countries cleared.";
    case "listed": return change.value === null ? "Listing cleared." : change.value ? "Marked as publicly listed." : "Marked as not listed.";
    case "stack": {
      if (change.set) return change.set.length ? `Stack set to ${stackText(change.set)}.` : "Stack cleared.";
      const had = new Set(before);
      const bits = [
        ...(change.add.length ? [`Added ${stackText(change.add)}.`] : []),
        ...(change.remove.filter((s) => had.has(s)).length ? [`Removed ${stackText(change.remove.filter((s) => had.has(s)))}.`] : []),
        ...(change.remove.filter((s) => !had.has(s)).length ? [`${stackText(change.remove.filter((s) => !had.has(s)))} was not in the stack.`] : []),
      ];
      return bits.join(" ") || "Nothing to change.";
    }
  }
}

/**
 * `profile …`: shows or changes this workspace's reader profile (one per Slack team, Teams tenant,
 * or the console). Every change invalidates the cached profile so the next advice uses it.
 */
export const profileHandler: Handler<"profile"> = async (cmd, ctx, env) => {
  const owner = ownerKey(ctx);
  const change = cmd.change;
  if (change.field === "show") return profileView(await env.store.getReaderProfile(owner));
  if (change.field === "clear") {
    const had = await env.store.clearReaderProfile(owner);
    env.profiles.invalidate(owner);
    return messageView(
      had ? "Reader profile cleared" : "No reader profile to clear",
      `Advice in this workspace now says which lens each action assumes. Type ${commandRef("profile")} to set a profile again.`,
    );
  }
  const before = (await env.store.getReaderProfile(owner))?.stack ?? [];
  const updated = await env.store.patchReaderProfile(owner, { ...patchOf(change), updatedBy: ctx.userId, at: env.clock.now() });
  env.profiles.invalidate(owner);
  return profileView(updated, { title: "Reader profile updated", note: noteOf(change, before) });
};
