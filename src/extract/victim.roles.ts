import { BREACH_CUES, PASSING_CUES } from "../knowledge/lexicon/event.lexicon.js";
import { EXPOSURE_CUES } from "../knowledge/lexicon/cue.lexicon.js";
import { cueRegex, lazy } from "./cue.compiler.js";

/** Context patterns (folded text) that make a mention the victim of the incident, with their weight. */
interface RolePattern {
  side: "left" | "right";
  re: RegExp;
  weight: number;
}

const SAYS = "confirm\\w*|disclos\\w*|announc\\w*|reveal\\w*|report\\w*|notif\\w*|suffer\\w*|said|says|detect\\w*|discover\\w*|became aware|(?:is |are )?investigat\\w*|warn\\w*|admit\\w*|stat\\w*|inform\\w*|alert\\w*|apologi[sz]\\w*|was (?:hit|targeted|breached|hacked|attacked)|fell victim|falls victim|(?:has |have )?been (?:hit|targeted|breached|hacked|attacked)|meld\\w*|bestatigt|teilt\\w*|conferm\\w*|comunica\\w*|annonce\\w*|signale\\w*|confirm[oó]|inform[oó]|e stat[oa] vittima|ha subito|wurde (?:opfer|angegriffen)|a ete victime|a subi|fue victima|sufri[oó]|a anuntat|a confirmat|a informat|(?:a fost )?lovit[aă]? de|a fost (?:atacat|victima)\\w*|se confrunta cu";
const ROLE_PATTERNS: RolePattern[] = [
  { side: "right", re: new RegExp(`^(?:'s?)?\\s*(?:,[^,]{2,90},\\s*)?(?:(?:has|have|had|was|were|is|also|recently|today|now|itself|this week|on \\w+|publicly|officially|ha|hat|a|e|est|ha)\\s+)*(?:${SAYS})`), weight: 3 },
  { side: "right", re: /^(?:'s?)?\s+(?:customers?|clients?|passengers?|members?|shoppers?|users?|guests?|fl[yi]ers?|travell?ers?|account ?holders|employees|staff|systems?|data|databases?|servers?|network|website|app|it systems|customer data|loyalty|rewards|kunden|clienti|clients|clientes)\b/, weight: 2 },
  { side: "right", re: /^(?:'s?)?\s+(?:data breach|cyber ?-?attack|breach|hack|cyber incident|security incident|data leak|cyberangriff|datenleck|attacco|cyberattaque|ciberataque)/, weight: 3 },
  { side: "right", re: /^,\s+(?:the|a|an|one of)\s[^,]{2,90}?(?:retailer|airline|carrier|brand|company|bank|group|firm|jewell?er|maker|chain|provider|agenc(?:y|ies)|insurer|operator|giant|house|label|lender|business)s?\b/, weight: 2 },
  { side: "left", re: /(?:breach|attack|hack|intrusion|incident|attacco|angriff|cyberattaque|ataque|compromise|leak)\w*\s+(?:at|on|of|against|targeting|affecting|hitting|involving|bei|auf|gegen|contro|a|sur|contre|contra|en|di)\s+(?:the\s+|la\s+|le\s+|il\s+|el\s+|den\s+|dem\s+|die\s+|l')?(?:[a-z-]{4,}\s+)?$/, weight: 3 },
  { side: "left", re: /(?:hackers?|attackers?|criminals?|cybercriminals?|thieves|gang|group)\s+(?:have\s+|had\s+)?(?:stole|stolen|accessed|breached|hit|targeted|attacked|compromised|raided)\s+(?:(?:customer\s+)?data\s+(?:from|of|held by)\s+)?(?:the\s+)?$/, weight: 3 },
  { side: "left", re: /(?:customers|clients|passengers|members|users|shoppers|kunden|clienti|clientes)\s+(?:of|von|di|de|del)\s+(?:the\s+)?$/, weight: 2 },
  { side: "left", re: /(?:datenleck|datenpanne|sicherheitsvorfall|hackerangriff|cyberangriff|angriff|vorfall)\s+(?:bei|auf|gegen)\s+(?:de[mnr]\s+)?(?:[a-z-]{4,}\s+)?$/, weight: 3 },
  { side: "left", re: /(?:retailer|airline|carrier|brand|jewell?er|bank|insurer|lender|chain|company|firm|fluggesellschaft|marchio|marque|aerolinea|compagnia aerea|einzelhandler|luxuskonzern|modekonzern)\s+$/, weight: 2 },
];

export const breachCue = lazy(() => cueRegex(BREACH_CUES));
export const exposureCue = lazy(() => cueRegex(EXPOSURE_CUES));
export const passingCue = lazy(() => cueRegex(PASSING_CUES));

/** Weight of the victim roles a mention plays in its sentence (0 when none). */
export function roleWeight(folded: string, start: number, end: number): number {
  const left = folded.slice(Math.max(0, start - 70), start);
  const right = folded.slice(end, end + 140);
  let total = 0;
  for (const p of ROLE_PATTERNS) if (p.re.test(p.side === "left" ? left : right)) total += p.weight;
  return total;
}

/** True when the mention opens the sentence (the grammatical subject, roughly). */
export function isSubject(folded: string, start: number): boolean {
  if (start <= 2) return true;
  const before = folded.slice(0, start);
  return before.length < 60 && /^(?:[^,]{0,45},\s*|(?:the|luxury|global|british|american|spanish|german|french|italian|australian|canadian|national|fashion)?\s*(?:[a-z-]+\s+){0,3})$/.test(before) && !/\b(?:and|or|of|with|like|including|as)\s+$/.test(before);
}

/** A name used as a place of operational impact ("disrupts flights at Heathrow", "delays in Berlin"), not as a breached party. */
const PLACE_ROLE = /(?:flights?|delays?|disruptions?|chaos|queues|cancell?ations?|check-?ins?|disrupt\w*|outages?|travell?ers|passengers|stranded|verspatungen|storungen|retards?|ritardi|retrasos)\s+(?:[a-z-]+\s+){0,3}(?:at|in|across|am|a|en|au|aux|all'|negli|nei)\s+(?:[a-z]+'s\s+)?(?:the\s+|de[mnr]\s+)?(?:[a-z' -]{1,40}?(?:,|\sand|\sund|\set|\se|\sy|&)\s+(?:[a-z]+'s\s+)?){0,4}$/;

export function placeRole(folded: string, start: number): boolean {
  return PLACE_ROLE.test(folded.slice(Math.max(0, start - 80), start));
}

/** The sentence says this name was NOT affected ("Food Lion was not affected", "no impact on Hannaford"). */
const NOT_AFFECTED_RIGHT = /^(?:'s?)?\s+(?:(?:stores?|customers?|operations|brands?|banners?|shops|clients?|shoppers|locations)\s+)?(?:(?:was|were|is|are|has|have|had|remain(?:ed|s)?|itself)\s+)*(?:not|never|un)\s*(?:been\s+)?(?:affected|impacted|involved|hit|targeted)|^(?:'s?)?\s+(?:(?:was|were|is|are)\s+)?(?:unaffected|not part of)|^\s+(?:ist|sind|war|waren|wurde|wurden)\s+nicht\s+betroffen|^\s+(?:n'a|n'ont|n'est|ne sont)\s+pas\s+(?:ete\s+)?(?:touche|concerne|affecte)|^\s+(?:no|non)\s+(?:ha|han|e|sono|esta|estan)\s+(?:stat[oaie]\s+)?(?:sido\s+)?(?:afectad|coinvolt|interessat|colpit)/;
const NOT_AFFECTED_LEFT = /(?:no (?:impact|effect) on|did not (?:affect|impact|involve)|does not (?:affect|impact|involve)|not affecting)\s+(?:the\s+)?(?:[a-z&'-]+\s+){0,2}$/;

/** "did not involve KrisFlyer passwords": the name qualifies data that was not taken, it is not itself unaffected. */
const DATA_NOUN_AFTER = /^(?:'s?)?\s+(?:[a-z-]+\s+)?(?:passwords?|data|details|information|numbers?|records?|card|cards|pins?|accounts?|credentials|dates?|addresses|balances?|points|miles)\b/;

/** "the internal systems of Air France and KLM were not touched": the systems, not the organisation, were unaffected. */
const SYSTEMS_OF_LEFT = /(?:systems?|systemes?|sistemi|sistemas|systeme|databases?|networks?|reseaux?|infrastructure|servers?|serveurs?)\b[^.;]{0,25}?\s(?:of|d'|de|des|der|di|del|dei)\s*(?:the\s+)?(?:[^,.;]{1,30}\s(?:and|et|und|e|y)\s+(?:of\s+|de\s+|d'|di\s+)?)?$/;

export function notAffected(folded: string, start: number, end: number): boolean {
  const right = folded.slice(end, end + 80);
  if (SYSTEMS_OF_LEFT.test(folded.slice(Math.max(0, start - 80), start))) return false;
  return NOT_AFFECTED_RIGHT.test(right) || (NOT_AFFECTED_LEFT.test(folded.slice(Math.max(0, start - 60), start)) && !DATA_NOUN_AFTER.test(right));
}

/** A sentence that only describes what a group owns ("its banners include…", "which owns…"). */
export const DESCRIPTIVE = /\b(?:owns|operates|its (?:brands|banners|chains|stores|subsidiaries)|banners|brands (?:include|such as|like)|portfolio|parent (?:company |group )?of|whose (?:brands|stores|chains)|such as|including|like)\b/;
