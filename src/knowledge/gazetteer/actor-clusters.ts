/**
 * Activity clusters that some reporting folds into a named group but that their namers track apart.
 * The export keeps each one its own intrusion-set and never lists it as an alias of the group, so a
 * platform that already holds "UNC6040" from a vendor feed does not merge it into ShinyHunters.
 * One line per cluster; `overlaps` names the group the press links it to (shown in the description).
 */
export interface DistinctCluster {
  name: string;
  overlaps: string;
  /** Who names the cluster. */
  namedBy: string;
}

export const DISTINCT_CLUSTERS: readonly DistinctCluster[] = [
  { name: "UNC6040", overlaps: "ShinyHunters", namedBy: "Google Threat Intelligence Group" },
  { name: "UNC6240", overlaps: "ShinyHunters", namedBy: "Google Threat Intelligence Group" },
  { name: "UNC6395", overlaps: "ShinyHunters", namedBy: "Google Threat Intelligence Group" },
  { name: "UNC5537", overlaps: "ShinyHunters", namedBy: "Mandiant" },
];
