import type { OrgEntry } from "../types.js";
import { FASHION_RETAILERS } from "./retail-fashion.data.js";
import { GLOBAL_RETAILERS } from "./retail-global.data.js";
import { RETAIL_GROUPS } from "./retail-groups.data.js";
import { LUXURY_RETAILERS } from "./retail-luxury.data.js";
import { STORE_RETAILERS } from "./retail-stores.data.js";

/**
 * Retail, luxury, fashion, sportswear, jewellery, cosmetics, grocery, department stores, e-commerce and consumer
 * brands (sector "retail"), one line each in the data files. `ambiguous` marks names that are ordinary words or
 * people's names ("Next", "Gap", "Coach", "Boots", "Target"): the extractor needs company context for them.
 */
export const RETAILERS: OrgEntry[] = [...LUXURY_RETAILERS, ...FASHION_RETAILERS, ...STORE_RETAILERS, ...GLOBAL_RETAILERS, ...RETAIL_GROUPS];
