import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
} from "botbuilder";
import type { Config } from "../../src/config.js";
import { BreachRadarError } from "../../src/domain/errors.js";

/** The BotFrameworkAuthentication CloudAdapter takes (botframework-connector is not a direct dependency). */
export type TeamsBotAuth = NonNullable<ConstructorParameters<typeof CloudAdapter>[0]>;

type TeamsAuthConfig = Pick<Config, "MicrosoftAppId" | "MicrosoftAppPassword" | "MicrosoftAppTenantId" | "MicrosoftAppType">;

/**
 * How the Teams adapter runs: `cloud` with an Azure Bot (MicrosoftAppId plus a password, or a
 * user-assigned managed identity), `local` without any Microsoft credential (Agents Playground,
 * Bot Framework Emulator: unauthenticated activities, accepted from this machine only).
 */
export type TeamsMode = { kind: "cloud"; appType: Config["MicrosoftAppType"] } | { kind: "local" };

export function teamsModeOf(config: TeamsAuthConfig): TeamsMode {
  if (config.MicrosoftAppId) return { kind: "cloud", appType: config.MicrosoftAppType };
  if (config.MicrosoftAppPassword) throw new BreachRadarError("CONFIG_INVALID", "MicrosoftAppPassword is set but MicrosoftAppId is empty");
  return { kind: "local" };
}

/**
 * Bot Framework authentication from config. MultiTenant needs app id + password; SingleTenant also
 * the tenant id (tokens are requested from and validated against that tenant); UserAssignedMSI the
 * managed identity's client id + tenant (no password). With no app id at all, inbound auth is
 * disabled: local mode, where index.ts accepts requests from this machine only.
 */
export function createTeamsAuth(config: TeamsAuthConfig): TeamsBotAuth {
  const appId = config.MicrosoftAppId ?? "";
  const type = config.MicrosoftAppType;
  if (appId && (type === "SingleTenant" || type === "UserAssignedMSI") && !config.MicrosoftAppTenantId) {
    throw new BreachRadarError("CONFIG_INVALID", `MicrosoftAppTenantId is required when MicrosoftAppType=${type}`);
  }
  if (appId && type !== "UserAssignedMSI" && !config.MicrosoftAppPassword) {
    throw new BreachRadarError("CONFIG_INVALID", "MicrosoftAppPassword is required when MicrosoftAppId is set (or MicrosoftAppType=UserAssignedMSI with MicrosoftAppTenantId)");
  }
  if (appId && type === "UserAssignedMSI" && config.MicrosoftAppPassword) {
    throw new BreachRadarError("CONFIG_INVALID", "MicrosoftAppPassword must be empty when MicrosoftAppType=UserAssignedMSI (the managed identity has no password)");
  }
  const tenantId = type === "MultiTenant" ? undefined : config.MicrosoftAppTenantId;
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: appId,
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? "",
    MicrosoftAppType: type,
    MicrosoftAppTenantId: tenantId,
  });
  return new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: appId, MicrosoftAppTenantId: tenantId }, credentials);
}
