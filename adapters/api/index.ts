import type { Config } from "../../src/config.js";
import type { Clock } from "../../src/clock.js";
import type { Logger } from "../../src/logger.js";
import type { Store } from "../../src/store/store.port.js";
import { AccessGate } from "../../src/api/access.gate.js";
import { IncidentsApi } from "../../src/api/incidents.api.js";
import { TaxiiService } from "../../src/api/taxii.service.js";
import type { AdapterRoute } from "../adapter.js";
import { restRoutes } from "./rest.routes.js";
import { taxiiRoutes } from "./taxii.routes.js";

export interface ApiRoutesDeps {
  store: Store;
  config: Pick<Config, "API_RATE_LIMIT_PER_MINUTE" | "TAXII_MAX_PAGE_SIZE" | "API_MAX_PAGE_SIZE" | "PUBLIC_URL">;
  clock: Clock;
  logger: Logger;
}

/**
 * The read-only interoperability routes on the service's one HTTP server: TAXII 2.1 under /taxii2/
 * and the JSON API under /api/v1/, sharing one token gate (off until a token exists) and rate limit.
 */
export function createApiRoutes(deps: ApiRoutesDeps): AdapterRoute[] {
  const gate = new AccessGate({ store: deps.store, clock: deps.clock, logger: deps.logger, defaultRatePerMinute: deps.config.API_RATE_LIMIT_PER_MINUTE });
  return [
    ...taxiiRoutes({ gate, taxii: new TaxiiService(deps.store), maxPageSize: deps.config.TAXII_MAX_PAGE_SIZE, publicUrl: deps.config.PUBLIC_URL }),
    ...restRoutes({ gate, api: new IncidentsApi(deps.store, deps.config.API_MAX_PAGE_SIZE), publicUrl: deps.config.PUBLIC_URL }),
  ];
}
