/**
 * Chat credentials come in groups: a variable set without its partners would start a bot with no
 * interface. Each rule says which variable, once set, needs which others. Data, not code.
 */
export interface CredentialRule {
  /** The variable whose presence triggers the rule. */
  set: string;
  /** Only when `set` has one of these values (for settings with a default). */
  equals?: readonly string[];
  /** The partner variables it needs. */
  needs: readonly string[];
  /** Any one of `needs` is enough (default: all of them). */
  anyOf?: boolean;
  /** The rule does not apply while this variable is set. */
  unlessSet?: string;
  /** The rule does not apply while `unlessSet` has one of these values. */
  unlessEquals?: readonly string[];
  /** What the group is for, shown in the message. */
  purpose: string;
}

export const CREDENTIAL_RULES: readonly CredentialRule[] = [
  { set: "SLACK_SIGNING_SECRET", needs: ["SLACK_BOT_TOKEN", "SLACK_CLIENT_ID"], anyOf: true, purpose: "Slack over HTTP needs a bot token (one workspace) or the OAuth trio SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET (many workspaces)" },
  { set: "SLACK_BOT_TOKEN", needs: ["SLACK_SIGNING_SECRET"], unlessSet: "SLACK_APP_TOKEN", purpose: "Slack over HTTP verifies every request with the signing secret; or set SLACK_APP_TOKEN for Socket Mode" },
  { set: "SLACK_APP_TOKEN", needs: ["SLACK_BOT_TOKEN"], purpose: "Slack Socket Mode needs the app-level token and the bot token" },
  { set: "SLACK_CLIENT_ID", needs: ["SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET", "SLACK_SIGNING_SECRET"], purpose: "the Slack OAuth install needs all of them" },
  { set: "SLACK_CLIENT_SECRET", needs: ["SLACK_CLIENT_ID"], purpose: "the Slack OAuth install" },
  { set: "SLACK_STATE_SECRET", needs: ["SLACK_CLIENT_ID"], purpose: "the Slack OAuth install" },
  { set: "MicrosoftAppId", needs: ["MicrosoftAppPassword"], unlessSet: "MicrosoftAppType", unlessEquals: ["UserAssignedMSI"], purpose: "the Teams bot's Azure credentials" },
  { set: "MicrosoftAppPassword", needs: ["MicrosoftAppId"], purpose: "the Teams bot's Azure credentials" },
  { set: "MicrosoftAppTenantId", needs: ["MicrosoftAppId"], purpose: "a single-tenant Teams bot" },
  { set: "MicrosoftAppType", equals: ["SingleTenant", "UserAssignedMSI"], needs: ["MicrosoftAppId", "MicrosoftAppTenantId"], purpose: "single-tenant and managed-identity Teams bots" },
];

const present = (env: Record<string, unknown>, name: string): boolean => env[name] !== undefined && env[name] !== null && env[name] !== "";

function applies(rule: CredentialRule, env: Record<string, unknown>): boolean {
  if (!present(env, rule.set)) return false;
  if (rule.equals && !rule.equals.includes(String(env[rule.set]))) return false;
  if (rule.unlessSet && present(env, rule.unlessSet)) {
    if (!rule.unlessEquals || rule.unlessEquals.includes(String(env[rule.unlessSet]))) return false;
  }
  return true;
}

const list = (names: readonly string[], joiner: string): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} ${joiner} ${names.at(-1)}`;

/** One message per broken group, naming the variable that is set and the partners that are missing. */
export function credentialProblems(env: Record<string, unknown>, rules: readonly CredentialRule[] = CREDENTIAL_RULES): { variable: string; missing: string[]; message: string }[] {
  const problems: { variable: string; missing: string[]; message: string }[] = [];
  for (const rule of rules) {
    if (!applies(rule, env)) continue;
    const missing = rule.needs.filter((n) => !present(env, n));
    if (missing.length === 0 || (rule.anyOf && missing.length < rule.needs.length)) continue;
    const setText = rule.equals ? `${rule.set}=${String(env[rule.set])}` : `${rule.set} is set`;
    const what = rule.anyOf ? `neither ${list(missing, "nor")} is set` : `${list(missing, "and")} ${missing.length > 1 ? "are" : "is"} missing`;
    problems.push({ variable: rule.set, missing, message: `${setText} but ${what} (${rule.purpose}). Set ${rule.anyOf ? "one of them" : missing.length > 1 ? "them" : "it"}, or unset ${rule.set}.` });
  }
  return problems;
}
