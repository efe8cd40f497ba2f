/** The distinct activity clusters live in the gazetteer (one place for actor names); re-exported for the export. */
export { DISTINCT_CLUSTERS, type DistinctCluster } from "../knowledge/gazetteer/actor-clusters.js";
