import type { Installation, InstallationQuery, InstallationStore } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import { BreachRadarError, isBreachRadarError } from "../../src/domain/errors.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";

type InstallationPort = Pick<Store, "saveInstallation" | "getInstallation" | "deleteInstallation">;

/** Enterprise-wide installs are keyed by enterprise id, workspace installs by team id. */
export function installationKey(q: { isEnterpriseInstall?: boolean; enterpriseId?: string; teamId?: string }): string {
  const id = q.isEnterpriseInstall ? q.enterpriseId : q.teamId;
  if (!id) throw new BreachRadarError("INVALID_INPUT", "Slack installation query without team or enterprise id");
  return id;
}

/** Cached installations keep Bolt's authorize step (which runs before ack) off the database. */
const CACHE_TTL_MS = 60_000;

/**
 * Bolt InstallationStore backed by the project's Store (saveInstallation/getInstallation/
 * deleteInstallation with platform "slack"), so multi-workspace OAuth survives restarts.
 */
export function createInstallationStore(store: InstallationPort, now: () => number = Date.now): InstallationStore {
  const cache = new Map<string, { at: number; value: Installation }>();
  return {
    async storeInstallation(installation) {
      const key = installationKey({
        isEnterpriseInstall: installation.isEnterpriseInstall,
        enterpriseId: installation.enterprise?.id,
        teamId: installation.team?.id,
      });
      await store.saveInstallation({ platform: "slack", id: key, data: installation });
      cache.set(key, { at: now(), value: installation as Installation });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = installationKey(query);
      const hit = cache.get(key);
      if (hit && now() - hit.at < CACHE_TTL_MS) return hit.value;
      const data = await store.getInstallation("slack", key);
      if (!data) throw new BreachRadarError("NOT_FOUND", `No Slack installation for ${key}`);
      cache.set(key, { at: now(), value: data as Installation });
      return data as Installation;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      const key = installationKey(query);
      cache.delete(key);
      await store.deleteInstallation("slack", key);
    },
  };
}

/** The bot token of a workspace's installation, for outbound posts. */
export async function installationToken(installations: InstallationStore, teamId: string): Promise<string> {
  const installation = await installations.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false });
  const token = installation.bot?.token;
  if (!token) throw new BreachRadarError("INSTALLATION_BROKEN", `Slack installation for ${teamId} has no bot token`);
  return token;
}

/**
 * Whether a request's workspace (or enterprise) has an installation. Only a definite "no such
 * installation" answers false; a database hiccup lets the request through to Bolt's own authorize.
 */
export function installedCheck(installations: InstallationStore, log: Logger) {
  return async (origin: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }): Promise<boolean> => {
    try {
      await installations.fetchInstallation({ teamId: origin.teamId, enterpriseId: origin.enterpriseId, isEnterpriseInstall: origin.isEnterpriseInstall });
      return true;
    } catch (error) {
      if (isBreachRadarError(error, "NOT_FOUND") || isBreachRadarError(error, "INVALID_INPUT")) return false;
      log.warn("installation lookup failed; letting the request through", { error });
      return true;
    }
  };
}

/** The answer to a slash command from a workspace that has not installed the app. */
export function notInstalledText(config: Pick<Config, "PUBLIC_URL">): string {
  const base = "Breach Radar is not installed in this workspace (or its installation was removed).";
  if (!config.PUBLIC_URL) return `${base} Ask the person who runs Breach Radar for the install link.`;
  const url = new URL("/slack/install", config.PUBLIC_URL).toString().replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return `${base} A workspace admin can install it here: <${url}|Install Breach Radar>`;
}
