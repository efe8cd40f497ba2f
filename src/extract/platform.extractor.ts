import type { AttackVector } from "../domain/incident.js";
import { ACCESS_CUES, INSIDE_ACCESS_CUES, INTRUSION_CUES, POSSESSED_SYSTEM_CUES, NOT_THIRD_PARTY_CUES, OWN_SITE_CUES, OWN_SYSTEM_CUES, OWN_SYSTEM_DECISIVE_CUES, THIRD_PARTY_CUES } from "../knowledge/lexicon/vector.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { ADVICE_CUES } from "../knowledge/lexicon/cue.lexicon.js";
import { actorMatcher, vendorMatcher } from "./gazetteer.matcher.js";
import { VENDORS } from "../knowledge/gazetteer/index.js";
import { SELF_HOSTED_PRODUCTS } from "../knowledge/gazetteer/vendors.js";
import { escapeRegex, fold } from "./text.normalizer.js";
import { breachCue, exposureCue } from "./victim.roles.js";
import type { ValueSource } from "./evidence.builder.js";
import { vectorIn } from "./vector.reader.js";

/** Per-sentence facts the platform extractor needs. */
export interface PlatformContext {
  mentionsVictim(sentence: number): boolean;
  mentionsOtherOrg(sentence: number): boolean;
  /** Where the first other organisation is named in the sentence (Infinity when none). */
  firstOtherOrgAt?(sentence: number): number;
}

/** "tied the breach to …": the sentence speaks of this incident before it lists other organisations. */
const THIS_INCIDENT = /\b(?:the|this) (?:breach|incident|attack|intrusion|hack|data theft|compromise)\b/;

export interface PlatformResult {
  thirdParty: boolean | null;
  vendor: string | null;
  vector: AttackVector | null;
  /** Where each value was read; third party from a named vendor points at the vendor's sentences. */
  sources: { thirdParty: ValueSource[]; vendor: ValueSource[]; vector: ValueSource[] };
}

/** Names of CRM platforms from the vendor gazetteer: customer records kept on one sit with a third party by nature. */
function crmVendorCues(): string[] {
  return VENDORS.filter((v) => v.kind === "crm" && !v.ambiguous).flatMap((v) => [v.name, ...v.aliases]).map((n) => escapeRegex(fold(n)));
}

const compiled = lazy(() => ({
  thirdParty: cueRegex([...THIRD_PARTY_CUES, ...crmVendorCues()]),
  notThirdParty: cueRegex(NOT_THIRD_PARTY_CUES),
  access: cueRegex(ACCESS_CUES),
  own: cueRegex(OWN_SYSTEM_CUES),
  inside: cueRegex(INSIDE_ACCESS_CUES),
  ownSite: cueRegex(OWN_SITE_CUES),
  possessed: cueRegex(POSSESSED_SYSTEM_CUES),
  intrusion: cueRegex(INTRUSION_CUES),
  decisive: cueRegex(OWN_SYSTEM_DECISIVE_CUES),
  advice: cueRegex(ADVICE_CUES),
  loginAnomaly: /\b(?:(?:suspicious|unusual|unauthori[sz]ed|fraudulent|improper|anomalous)\s+(?:log-?ins?|login (?:activity|attempts?)|sign-?ins?|access attempts?)|tentatives? de connexion (?:inhabituelles?|suspectes?|frauduleuses?)|(?:verdachtige|ungewohnliche) anmeld\w*|intentos? de (?:inicio de sesion|acceso) (?:sospechosos?|inusuales?)|tentativi di accesso (?:sospetti|anomali))\b/,
  generic: /\b(?:organi[sz]ations|companies|businesses|firms|enterprises|any business|such attacks|threat actors use|groups use|often|increasingly|should|must)\b/,
  past: /\b(?:last year|previous(?:ly)?|earlier|prior|best known|known for|in 20\d\d|a year ago|years ago)\b/,
  compromised: /(?:via|through|uber|(?:by|au) moyen d[eu]|tramite|a traves de|compromise of|compromised|breach (?:at|of)|hack of|tied to|tokens? (?:for|from|of)|stolen from|linked to)\s+(?:the\s+|its\s+|a\s+)?$/,
  compromisedAfter: /^(?:'s)?\s*(?:(?:[a-z-]+\s+){0,3}(?:oauth )?(?:tokens?|integration|breach|compromise|hack)\b|[\s-]*(?:(?:linked|related|tied|targeted|focused|customer|data)[- ]){0,2}(?:thefts?|attacks?|campaign|intrusions?|hacks?)\b)/,
  platformNear: /^(?:'s)?[\s-]*(?:customers? (?:whose|that|who|hit|targeted|affected|breached|compromised)|(?:chat(?:bot)?|widget|product|tool|plug-?in|script|software)s?|instanz|plattform|plateforme|piattaforma|plataforma|umgebung|datenbank|instances?|platform|environment|database|systems?|tenant|accounts?|crm|buckets?|storage|s3|blob|passenger service system|pss|servers?|cloud|portal|app(?:lication)?|integration|(?:data[- ]theft |data )?(?:attacks?|breach(?:es)?|hacks?|compromise))\b/,
  platformBefore: /(?:(?:provider|vendor|platform|third party|supplier)(?: [a-z]+){0,4} (?:to be|is|was|as)|(?:reported|believed|said|understood|identified|named|thought|confirmed) (?:to be|as)|(?:bucket|server|database|instance|storage|environment) (?:on|in|at)|stored (?:on|in|with|by)|hosted (?:on|by|with)|(?:provider|vendor|supplier|partner|contractor|platform)(?: called| named)?,|(?:istanza|instancia|instanz|piattaforma|plataforma|plateforme|plattform|cuenta|account)(?: (?:di|de|del|della|von|du|des))?|(?:alojad|almacenad|hospedad|ospitat|archiviat|conservat)[oaie]s? (?:en|por|su|presso|da)|(?:heberge|stocke)e?s? (?:chez|sur|par)|(?:gehostet|gespeichert) (?:bei|auf)|breach (?:at|of)|compromise of|attack on|via|through|using|used|operated by|(?:provided|supplied|developed|built|written|made|run|managed|maintained) by|(?:fourni|gere|exploite|developpe|heberge|propose)e?s? par|(?:fornit|gestit|svilupp?at|ospitat|offert)[oaie] da|(?:proporcionad|suministrad|gestionad|desarrollad|ofrecid|operad)[oa]s? por|(?:bereitgestellt|betrieben|entwickelt|angeboten) (?:von|durch)|(?:des|vom|beim|dem) (?:[a-z]+-)?(?:anbieters?|dienstleisters?)|[a-z]+-anbieter|held (?:on|by|in)|at)\s+(?:the\s+|its\s+|a\s+|their\s+)?$/,
}));

/** The sentence places the breach on the organisation's own systems (and does not say they were spared). */
function ownSystems(folded: string): boolean {
  const c = compiled();
  if (c.inside.test(folded)) return true;
  let m = c.own.exec(folded);
  const stated = !!m;
  if (!m && (breachCue().test(folded) || exposureCue().test(folded) || c.access.test(folded) || c.intrusion.test(folded))) m = c.possessed.exec(folded);
  if (!m) {
    m = c.ownSite.exec(folded);
    const before = m ? folded.slice(Math.max(0, m.index - 45), m.index) : "";
    if (!m || !(breachCue().test(folded) || exposureCue().test(folded) || c.loginAnomaly.test(folded))) return false;
    if (/\b(?:post\w*|publish\w*|pubblicat\w*|publie\w*|statement|notice|announc\w*|update\w*|visit\w*|contact\w*|check\w*|available|dedicated|faq|page|information|details|down|offline|paused|suspend\w*|restor\w*|closed|disabled|shut)\s+(?:\w+\s+)?$/.test(before)) return false;
    if (/^\s*(?:offline|down)\b/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) return false;
  }
  // Systems taken offline as a precaution are not where the data was taken from.
  if (/\b(?:shut(?:ting)?|t(?:ook|aken|ake|aking)|brought|turn(?:ed|ing)?|disconnect\w*|isolat\w*|restor\w*|rebuil\w*|recover\w*|restaur\w*|ripristin\w*|wiederherstell\w*|heruntergefahren|spent\w*|arret\w*|apag\w*|protect\w*|secur(?:e|ed|ing)|strengthen\w*|harden\w*|upgrad\w*|review\w*|monitor\w*|scann?\w*|audit\w*|securis\w*|renforc\w*|surveill\w*|proteg\w*|protezion\w*|proteccion|schutz\w*)\s+(?:down\s+|offline\s+)?(?:\w+\s+){0,3}$/.test(folded.slice(Math.max(0, m.index - 45), m.index))) return false;
  // "attempts to gain unauthorised access to some of our systems": tried, not done (an explicit "its own systems" still places it).
  if (!stated && /\b(?:attempt\w*|tried|trying|tentativ\w*|intent\w*|versuch\w*) (?:to |de |di |d')?[^.;]{0,50}$/.test(folded.slice(Math.max(0, m.index - 60), m.index))) return false;
  // "corporate systems were shut down as part of the response": the same precaution, said after the systems.
  if (/^\s*(?:were|was|have been|had been|are being|got)\s+(?:\w+\s+)?(?:shut|taken (?:offline|down)|disconnected|isolated|suspended|switched off|powered down)\b/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 40))) return false;
  // "its own systems, including its shops and apps, were not connected": the denial comes after a long apposition.
  if (/^[^.;]{0,100}?\b(?:(?:were|was|are|is|remain\w*) (?:not|never|unaffected)|weren't|wasn't|aren't|isn't)\b/.test(folded.slice(m.index + m[0].length))) return false;
  // Negation counts within the clause: "the attack on its internal systems, reversing its earlier position that there was no sign …".
  const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 50).split(/[,;:]\s+(?:reversing|after|which|while|whereas|but|although|though|and (?:that|said))\b|;/)[0] ?? "";
  const around = folded.slice(Math.max(0, m.index - 50), m.index + m[0].length) + after;
  if (c.advice.test(around)) return false;
  return !/\b(?:not|no|never|unaffected|weren't|wasn't|rather than|instead of|nicht|kein\w*|pas|non(?!-)|ni|sin)\b|n't\b/.test(around);
}

/** Sentences about this incident: name the victim, or name no other organisation and carry an event cue. */
function relevant(s: Sentence, ctx: PlatformContext): boolean {
  if (ctx.mentionsVictim(s.index) || s.isTitle) return true;
  return !ctx.mentionsOtherOrg(s.index) && (breachCue().test(s.folded) || exposureCue().test(s.folded) || compiled().access.test(s.folded));
}

/** A sentence opening on the victim as "the company" / "the airline" ("The company did not name the provider, but …"). */
const ANAPHOR = /^(?:but |however,? )?(?:the (?:company|firm|airline|carrier|retailer|insurer|group|business|bank)|it)\b/;

/** The vendor named as the breached platform: one whose compromise was the way in beats one that only stored the data. */
function findVendor(sentences: Sentence[], ctx: PlatformContext, victims: Set<string>): { vendor: string | null; sources: ValueSource[] } {
  const c = compiled();
  let best: { vendor: string; source: ValueSource; score: number } | null = null;
  const placed: { vendor: string; source: ValueSource }[] = [];
  for (const s of sentences) {
    const about = ctx.mentionsVictim(s.index) || s.isTitle || !ctx.mentionsOtherOrg(s.index) || ANAPHOR.test(s.folded);
    if (!about && !THIS_INCIDENT.test(s.folded)) continue;
    for (const hit of vendorMatcher().find(s.text, s.folded)) {
      if (victims.has(hit.entry.name.toLowerCase()) || selfHosted(hit.entry.name, s.folded.slice(hit.start, hit.end))) continue;
      if (!about && !(hit.start < (ctx.firstOtherOrgAt?.(s.index) ?? 0) && THIS_INCIDENT.test(s.folded.slice(0, hit.start)))) continue;
      if (c.past.test(s.folded.slice(Math.max(0, hit.start - 80), hit.start))) continue;
      const right = s.folded.slice(hit.end, hit.end + 40);
      const left = s.folded.slice(Math.max(0, hit.start - 40), hit.start).replace(/[\[("\u201c\u2018']+$/, "");
      // "similar intrusions at Salesforce customers": other victims of the same platform, not this incident's vendor.
      if (OTHER_CUSTOMERS_AFTER.test(right) && OTHER_CUSTOMERS_BEFORE.test(s.folded.slice(Math.max(0, hit.start - 60), hit.start))) continue;
      if (attackersTarget(s, hit.start) && !ctx.mentionsVictim(s.index)) continue;
      const inName = /\b(?:instances?|platform|environment|database|crm|cloud|system|tenant)\b/.test(s.folded.slice(hit.start, hit.end));
      const score = c.compromised.test(left) || c.compromisedAfter.test(right) ? 2 : inName || c.platformNear.test(right) || c.platformBefore.test(left) ? 1 : 0;
      if (score > 0) placed.push({ vendor: hit.entry.name, source: { sentence: s.index, at: hit.start } });
      if (score > (best?.score ?? 0)) best = { vendor: hit.entry.name, source: { sentence: s.index, at: hit.start }, score };
    }
  }
  if (!best) return namedProvider(sentences, ctx, victims);
  const chosen = best;
  return { vendor: chosen.vendor, sources: [chosen.source, ...placed.filter((p) => p.vendor === chosen.vendor && p.source !== chosen.source).map((p) => p.source)] };
}

/** A self-hostable product named without its hosted service ("an open Elasticsearch server"): the victim's own software, not a vendor. */
function selfHosted(name: string, matched: string): boolean {
  const hosted = SELF_HOSTED_PRODUCTS[name];
  return !!hosted && !hosted.some((h) => matched.includes(h));
}

/** After a vendor's name: its customers ("Salesforce customers", "Snowflake-Kunden"). */
const OTHER_CUSTOMERS_AFTER = /^[\s-]*(?:customers|clients|users|tenants|kunden|clientes|clienti)\b/;
/** Before it: several attacks on them ("a string of similar intrusions at", "eine Serie von Angriffen auf"). */
const OTHER_CUSTOMERS_BEFORE = /\b(?:similar|other|several|many|multiple|numerous|dozens|string|series|serie|wave|welle|vague|ondata|oleada|spate|campaign|kampagne|campagne|campana|campagna|(?:attacks|intrusions|breaches|hacks|thefts|angriffen|attaques|ataques|attacchi))\b/;

/** The attackers, as the subject of what they generally do ("the group", "hackers", "which", "ShinyHunters has …"). */
const ATTACKER_SUBJECT = /\b(?:group|gang|crew|hackers?|attackers?|actors?|criminals|cybercriminals|extortionists|which|who|it|they|gruppe|bande|groupe|gruppo|banda|grupo)\b/;
/** A general-activity verb right before a name: "has targeted", "targets", "is known for", "has been behind a wave of". */
const GENERAL_TARGET_LEFT = /\b(?:(?:has|have|had)(?: also)? (?:been )?(?:targeting|targeted|going after|focused on|focusing on|hit|attacked|behind (?:a |the )?(?:wave|string|series|spate|run) of)|targets|is targeting|are targeting|(?:is |are |best |well )?known for(?: targeting| attacks on| attacking)?|goes after|go after|preys? on|specialis\w* in|specializ\w* in|(?:a |the )?(?:wave|string|series|spate|campaign|spree) of(?: attacks on| intrusions at| thefts from)?|campaign (?:against|targeting|aimed at))\s+(?:[a-z-]+\s+){0,3}$/;

/**
 * The vendor is named as what the attackers go after in general ("the group has targeted Salesforce customers", "a wave of
 * Salesforce-related thefts"), not as this victim's platform: the clause has the attackers as subject and no possessive
 * ties the vendor to the victim ("its Salesforce instance").
 */
export function attackersTarget(s: { text: string; folded: string }, at: number): boolean {
  const clause = s.folded.slice(Math.max(0, at - 120), at).split(/[;:]|\bbut\b/).pop() ?? "";
  if (!GENERAL_TARGET_LEFT.test(clause) || /\b(?:its|their|the company's|the firm's)\s+$/.test(clause)) return false;
  const subjectEnd = at - clause.length + clause.search(GENERAL_TARGET_LEFT);
  const subject = s.folded.slice(at - clause.length, subjectEnd);
  return ATTACKER_SUBJECT.test(subject) || actorMatcher().find(s.text.slice(at - clause.length, subjectEnd), subject).length > 0;
}

/** "an external supplier, Acme Chat" / "a proveedor externo llamado Foo": a provider the gazetteer does not know, named right after the word. */
const NAMED_PROVIDER = /(?:third[- ]party|external|outside|outsourced|IT|software|technology|cloud|service|marketing|payments?|chat|analytics) (?:supplier|vendor|provider|partner|contractor|company|firm)(?:,| called| named| known as)\s+((?:\p{Lu}[\p{L}\d&.'-]*)(?: (?:\p{Lu}[\p{L}\d&.'-]*|&))*)|(?:proveedor|fournisseur|prestataire|fornitore|dienstleister|anbieter|zulieferer)(?: (?:externo|tiers|externe|esterno|tecnologico|technologique|informatique|informatico|it))?(?:,| llamado| denominado| appele| nomme| chiamato| namens)\s+((?:\p{Lu}[\p{L}\d&.'-]*)(?: (?:\p{Lu}[\p{L}\d&.'-]*|&))*)/u;
const NAME = String.raw`((?:\p{Lu}[\p{L}\d&.'-]*)(?: (?:\p{Lu}[\p{L}\d&.'-]*|&))*)`;
/** The breached systems' owner: "servers belonging to Acme Catering", "the database operated by Foo Ltd";
 * an attack that hit a named firm described as a company that does work for the victim ("ha colpito Foo, la societa che …"). */
const OWNER_OF_SYSTEMS = [
  new RegExp(String.raw`(?:servers?|systems?|databases?|networks?|platforms?|computers?|environments?|files) (?:of|belonging to|owned by|operated by|run by|managed by|hosted by|appartenenti a|gestiti da|appartenant a|gérés? par|pertenecientes a|gestionados por)\s+${NAME}`, "u"),
  new RegExp(String.raw`(?:hit|struck|breached|ha colpito|hanno colpito|a frappé|a touché|afectó a|golpeó a|traf)\s+${NAME}, (?:the|a|la|le|el|die|das|une?|una?) (?:company|firm|società|societa|société|empresa|firma|unternehmen|azienda|entreprise)\s+(?:that|which|che|qui|que|die|das)\b`, "u"),
];
/** "operated by the service provider Foo" / "vom Dienstleister Foo betrieben" / "gestito dal fornitore Foo": a provider noun, then its name. */
OWNER_OF_SYSTEMS.push(
  new RegExp(String.raw`(?:\b(?:by|von|vom|durch|da|dal|dalla|par|por)(?: the| a| an| its| dem| den| einem| einen| il| lo| le| la| el| un| une| su| leur| son)?) (?:(?:external|outside|third-party|externen?|IT-|informatique|esterno|externo) ?)?(?:service provider|provider|vendor|supplier|contractor|(?:IT-|Software-|Service-)?Dienstleister|Anbieter|Zulieferer|prestataire|fournisseur|fornitore|proveedor)\s+${NAME}`, "u"),
);
/** The provider the lead left unnamed, named later: "the provider in question is Foo", "le fournisseur en question, la société Foo". */
OWNER_OF_SYSTEMS.push(
  new RegExp(String.raw`(?:provider|vendor|supplier|platform|contractor|fournisseur|prestataire|plateforme|fornitore|piattaforma|proveedor|plataforma|Dienstleister|Anbieter|Plattform) (?:in question|en question|in questione|en cuesti[oó]n|in Frage)(?:,| is| was| est| était| è| era| es| era| ist| war)(?: (?:the company|the firm|la société|la societe|l'entreprise|la società|l'azienda|la empresa|la compañía|die Firma|das Unternehmen),?)?\s+${NAME}`, "u"),
);
const NOT_A_NAME = /^(?:The|A|An|Its|Their|Which|Who|In|On|This|That|According|But|And|However|Le|La|Les|El|Los|Il|Der|Die|Das|Un|Une|Uno|Una|Ein|Eine)$/;

function namedProvider(sentences: Sentence[], ctx: PlatformContext, victims: Set<string>): { vendor: string | null; sources: ValueSource[] } {
  for (const s of sentences) {
    if (!(ctx.mentionsVictim(s.index) || s.isTitle || !ctx.mentionsOtherOrg(s.index))) continue;
    const m = NAMED_PROVIDER.exec(s.text) ?? OWNER_OF_SYSTEMS.map((re) => re.exec(s.text)).find((x) => x);
    const words = (m?.[1] ?? m?.[2] ?? "").replace(/[.,']+$/, "").split(" ");
    while (words.length && words[words.length - 1] === "&") words.pop();
    if (!words[0] || NOT_A_NAME.test(words[0]) || words.length > 4) continue;
    const name = words.join(" ");
    if (!victims.has(name.toLowerCase())) return { vendor: name, sources: [{ sentence: s.index, at: Math.max(0, s.text.indexOf(name)) }] };
  }
  return { vendor: null, sources: [] };
}

/** Third-party platform (true), own systems (false) or unknown (null); the vendor when named; the attack vector. */
export function extractPlatform(sentences: Sentence[], ctx: PlatformContext, victims: string[] = []): PlatformResult {
  const c = compiled();
  let thirdParty: boolean | null = null;
  let tpSource: ValueSource | null = null;
  let vector: AttackVector | null = null;
  let vectorSource: ValueSource | null = null;
  let decisive = false;
  for (const s of sentences) {
    const about = ctx.mentionsVictim(s.index) || !ctx.mentionsOtherOrg(s.index);
    const free = about && !c.advice.test(s.folded);
    if (free && c.decisive.test(s.folded)) decisive = true;
    // Advice elsewhere in the sentence ("staff were asked to change passwords") does not cancel "its internal systems".
    if (thirdParty === null && about && (relevant(s, ctx) || !c.generic.test(s.folded)) && ownSystems(s.folded)) {
      thirdParty = false;
      tpSource = { sentence: s.index, at: null };
    }
    if (free && !vector && !(c.generic.test(s.folded) && !ctx.mentionsVictim(s.index))) {
      const v = vectorIn(s.folded);
      if (v) {
        vector = v.vector;
        vectorSource = { sentence: s.index, at: v.at };
      }
    }
    if (!relevant(s, ctx)) continue;
    const generic = c.generic.test(s.folded) && !ctx.mentionsVictim(s.index);
    const tpAt = generic || thirdParty === true ? -1 : s.folded.search(c.thirdParty);
    if (tpAt >= 0 && !c.notThirdParty.test(s.folded) && !(attackersTarget(s, tpAt) && !ctx.mentionsVictim(s.index))) {
      thirdParty = true;
      tpSource = { sentence: s.index, at: tpAt };
    }
  }
  const vendor = findVendor(sentences, ctx, new Set(victims.map((v) => v.toLowerCase())));
  if (decisive && !vendor.vendor) {
    if (thirdParty !== false) tpSource = decisiveSource(sentences, ctx);
    thirdParty = false;
  }
  let tpSources = tpSource ? [tpSource] : [];
  if (vendor.vendor && (thirdParty === null || (thirdParty === false && !decisive))) {
    thirdParty = true;
    tpSources = vendor.sources;
  }
  return { thirdParty, vendor: vendor.vendor, vector, sources: { thirdParty: tpSources, vendor: vendor.sources, vector: vectorSource ? [vectorSource] : [] } };
}

/** The first sentence that decides the data was on the victim's own systems. */
function decisiveSource(sentences: Sentence[], ctx: PlatformContext): ValueSource | null {
  const c = compiled();
  for (const s of sentences) {
    const about = ctx.mentionsVictim(s.index) || !ctx.mentionsOtherOrg(s.index);
    if (about && !c.advice.test(s.folded) && c.decisive.test(s.folded)) return { sentence: s.index, at: s.folded.search(c.decisive) };
  }
  return null;
}
