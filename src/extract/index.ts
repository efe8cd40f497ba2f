/** The extraction engine: news article → structured breach incident. */
export { extractArticle, emptyExtraction, type ExtractOptions } from "./extract.engine.js";
export { parseArticleFile } from "./article.parser.js";
export { assignIncidentKeys, clusterIncidents, incidentKeyOf, withIncidentYear, type BatchKeys } from "./incident.keys.js";
export { incidentTitle } from "./incident.title.js";
export { htmlToText, looksLikeHtml } from "./html.stripper.js";
export { canonicalActorName } from "./actor.extractor.js";
export { completeYear, dateInYear } from "./yearless.dates.js";
