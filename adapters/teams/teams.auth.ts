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
 * Bot Framework authentication from config. MultiTenant needs app id + password; SingleTenant also
 * the tenant id (tokens are requested from and validated against that tenant); UserAssignedMSI the
 * managed identity's client id + tenant. With no app id at all, inbound auth is disabled
 * (Bot Framework Emulator / local tests only — main.ts enables Teams only when credentials exist).
 */
export function createTeamsAuth(config: TeamsAuthConfig): TeamsBotAuth {
  const appId = config.MicrosoftAppId ?? "";
  const type = config.MicrosoftAppType;
  if (appId && (type === "SingleTenant" || type === "UserAssignedMSI") && !config.MicrosoftAppTenantId) {
    throw new BreachRadarError("CONFIG_INVALID", `MicrosoftAppTenantId is required when MicrosoftAppType=${type}`);
  }
  if (appId && type !== "UserAssignedMSI" && !config.MicrosoftAppPassword) {
    throw new BreachRadarError("CONFIG_INVALID", "MicrosoftAppPassword is required when MicrosoftAppId is set");
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
