/** The gazetteers: victim organisations, vendors, threat actors and regulators as data tables. */
export { AIRLINES } from "./airlines.js";
export { RETAILERS } from "./retail.js";
export { OTHER_ORGS } from "./organisations.js";
export { VENDORS } from "./vendors.js";
export { ACTORS } from "./actors.js";
export { REGULATORS } from "./regulators.js";
