import { ADVISORY_BODY_CUES, DENIAL_CUES, EXPLAINER_CUES, GUIDANCE_CUES, HARD_NON_BREACH_CUES, LITIGATION_CUES, MARKET_CUES, OUTAGE_CUES, SOFT_NON_BREACH_CUES, STATISTICS_CUES, STATISTICS_LEAD_CUES } from "../knowledge/lexicon/event.lexicon.js";
import { ADVICE_CUES, DATA_ADVICE_CUES } from "../knowledge/lexicon/cue.lexicon.js";
import type { Sentence } from "./sentence.splitter.js";
import { cueRegex, lazy } from "./cue.compiler.js";
import { breachCue, exposureCue } from "./victim.roles.js";

const compiled = lazy(() => ({
  hard: cueRegex(HARD_NON_BREACH_CUES),
  litigation: cueRegex(LITIGATION_CUES),
  soft: cueRegex(SOFT_NON_BREACH_CUES),
  outage: cueRegex(OUTAGE_CUES),
  market: cueRegex(MARKET_CUES),
  advisory: cueRegex(ADVISORY_BODY_CUES),
  guidance: cueRegex([...ADVICE_CUES, ...DATA_ADVICE_CUES, ...GUIDANCE_CUES]),
  explainer: cueRegex(EXPLAINER_CUES),
  stats: cueRegex(STATISTICS_CUES),
  statsLead: cueRegex(STATISTICS_LEAD_CUES),
  denial: cueRegex(DENIAL_CUES),
  /** Confirms an incident; or admits accounts were entered with reused passwords, or a seller offers the data: a suspected incident, whatever the denial of a systems breach. */
  admits: /\b(?:confirm\w*|admit\w*|acknowledg\w*|now says|bestatigt|conferma|confirme|confirma|credential stuffing|(?:for|on|a la|in|zum) (?:sale|venta|vendita|verkauf)|(?:put|puesto|pusiera|pusieron|mis) (?:\w+ ){0,2}(?:up for sale|a la venta|en vente)|accesos? a (?:las |sus )?cuentas|accounts? (?:were|was|had been) (?:accessed|taken over))\b/,
  dataTaken: /(?:data|information|details|records|daten|dati|donnees|datos)\b[^.]{0,80}\b(?:stolen|taken|accessed|exposed|leaked|exfiltrated|copied|gestohlen|sottratt|derobe|robad|espost|visibil|accessibil|expuest|accesibl)|(?:dati|datos|data|details|information|informazioni) (?:personal[ie] )?(?:di|de|of) (?:altri|otros|other) (?:passeggeri|clienti|utenti|pasajeros|clientes|usuarios|passengers|customers|users)|(?:stole|accessed|exfiltrated|copied|leaked)\b[^.]{0,40}\b(?:data|information|details|records)/,
  /** Words for personal data or records: an exposure verb with none of them ("lounge access", "including hotels") is not a data exposure. */
  dataNoun: /\b(?:data|information|details|records?|personal|names?|e-?mails?|addresses|passwords?|cards?|accounts?|profiles?|numbers|files|databases?|[a-z]*daten|dati|donnees|datos|informations?|informazioni|informacion|angaben|date personale|datele|namen|adressen|[a-z]*nummern|noms|adresses|nombres|direcciones|nomi|indirizzi)\b/,
  /** Exposure verbs that say data left or was reached (not "including", "involved", "affected", which business news uses too). */
  takenVerb: /\b(?:stole|stolen|steal\w*|theft|taken|took|accessed|exposed|leak\w*|exfiltrat\w*|copied|viewed|scraped|dumped|for sale|compromised|gestohlen|erbeutet|entwendet|kopiert|abgeflossen|sottratt\w*|rubat\w*|trafugat\w*|derobe\w*|vole(?:e|es|s)?|pirate\w*|rob(?:aron|ado|ada|ados|adas|o)|sustraid[oa]s?|expuest[oa]s?|filtrad[oa]s?|furate|sustrase|unauthori[sz]ed|ransomware|encrypted|verschlusselt|chiffre\w*|cifrat\w*|claimed responsibility|fuite|fuga|datenleck\w*|violat[oiae]|insider|captur(?:ed|ing)|skimm\w*|malicious (?:code|script|software)|credential stuffing|zugegriffen|griffen\b[^.]{0,60}\bzu|exposee?s|en acces libre|(?:serveur|base de donnees|base) (?:\w+ ){0,3}(?:non protegee?|sans mot de passe|mal configuree?)|(?:accesso|access|acces|acceso) (?:interno|internal|interne)|(?:acceso|accesso|acces) non? (?:autorizado|autorizzato|autorise))\b/,
  /** The subject of a denial is data or systems, not the organisation ("passwords had not been compromised", "its own systems were not compromised"). */
  deniedThing: /\b(?:passwords?|data|details|information|cards?|card data|numbers|pins?|credentials|accounts?|daten|dati|donnees|datos|own (?:[a-z-]+ )?(?:systems?|networks?|servers?|infrastructure|platforms?|databases?))(?: (?!(?:and|or|et|und|e|y)$)[a-z]+){0,2}$/,
  /** Personal data named as such: business news about a company does not speak of it. */
  personalData: /\b(?:personal (?:data|information|details)|personenbezogene\w* daten|donnees (?:a caractere )?personnelles|datos personales|dati personali|date(?:le)? personale)\b/,
  /** Words for an incident that business news does not use for anything else. */
  incidentWord: /\b(?:(?:recent|security|cyber|it) incident|social engineering|datenabfluss|erbeut\w*|aufgetaucht|spiav\w*|spiat\w*|snoop\w*|intrus\w*|unauthori[sz]ed|phishing|vishing|malware|ransomware)\b/,
  strongTitle: /(?:(?:were|was|have been|has been|had been) (?:accessed|exposed|stolen|compromised|leaked|breached|hacked)\b|data breach|customer data|(?:data|information) (?:stolen|theft|leak|exposed)|(?:data|details|information)\b[^.:]{0,30}\b(?:taken|compromised|accessed|exposed)\b|stole|stolen|hacked|hackers? (?:used|got in|gained|broke|tricked|accessed|took)|breach(?:ed)? at|confirms? (?:a )?(?:cyber|data|breach))/,
}));

/** What the detector looked at, for callers that want to explain a decision. */
export interface BreachSignals {
  victimScore: number;
  victimInTitle: boolean;
  /** A threat actor opens the headline ("ShinyHunters: the crew behind …"): a profile, not a report. */
  actorLeadsTitle: boolean;
  breachSentences: number;
}

/**
 * Is this a report of a specific organisation's breach? No for prosecutions (arrests, courts) and for
 * advisories/patches/guides unless the headline itself reports a named organisation's data breach.
 */
export function isBreachReport(sentences: Sentence[], signals: BreachSignals): boolean {
  const c = compiled();
  const title = sentences.find((s) => s.isTitle) ?? sentences[0];
  if (!title || signals.victimScore < 4) return false;
  if (signals.actorLeadsTitle && !signals.victimInTitle) return false;
  const lead = sentences.slice(0, 3).map((s) => s.folded).join(" ");
  if (c.hard.test(title.folded) || (!title.isTitle && c.hard.test(lead.slice(0, 200)))) return false;
  if (c.soft.test(title.folded) && !(signals.victimInTitle && c.strongTitle.test(title.folded))) return false;
  if (!signals.victimInTitle && title.isTitle && c.market.test(title.folded)) return false;
  if (c.stats.test(title.folded) || (!signals.victimInTitle && c.statsLead.test(lead.slice(0, 400)))) return false;
  if (denied(sentences, title)) return false;
  if (!c.strongTitle.test(title.folded) && (sentences.slice(0, 20).filter((s) => c.advisory.test(s.folded)).length >= 3 || guidance(sentences))) return false;
  const lead4 = sentences.slice(0, 5).map((s) => s.folded).join(" ");
  if (c.outage.test(lead4) && !sentences.some((s) => c.dataTaken.test(s.folded) && !/\b(?:no|not|nor|kein\w*|nicht|non|pas|aucun\w*|nessun\w*|ningun\w*|sin|senza|ohne)\b/.test(s.folded))) return false;
  if (incidentInPassing(sentences, title)) return false;
  const cueSentences = sentences.filter((s) => breachCue().test(s.folded) || exposureCue().test(s.folded) || c.takenVerb.test(s.folded)).length;
  if (!sentences.some((s) => breachCue().test(s.folded)) && !dataExposure(sentences)) return false;
  if ((c.litigation.test(title.folded) || (!title.isTitle && c.litigation.test(lead.slice(0, 200)))) && !restatesBreach(sentences, signals, cueSentences)) return false;
  if (c.explainer.test(title.folded) && !(signals.victimInTitle && cueSentences >= 3)) return false;
  return cueSentences >= 2 || (cueSentences >= 1 && signals.victimInTitle);
}

/**
 * Business news that mentions an incident once ("results hit by the cyber incident it disclosed in July"): neither the
 * headline nor the first two paragraphs speak of an attack or of data taken, and at most one sentence does anywhere.
 */
function incidentInPassing(sentences: Sentence[], title: Sentence): boolean {
  const c = compiled();
  const eventful = (s: Sentence) =>
    breachCue().test(s.folded) || c.takenVerb.test(s.folded) || (exposureCue().test(s.folded) && c.dataNoun.test(s.folded)) || c.incidentWord.test(s.folded) ||
    c.personalData.test(s.folded) || dataListHeading(s, sentences);
  const lead = [title, ...sentences.filter((s) => !s.isTitle).slice(0, 2)];
  if (lead.some(eventful)) return false;
  return sentences.filter(eventful).length <= 1;
}

/** A line ending in ":" that introduces a list of items (what a member could see, what the files held): reports list data, business news does not. */
function dataListHeading(s: Sentence, sentences: Sentence[]): boolean {
  if (s.isListItem || !/:\s*$/.test(s.text)) return false;
  const items = sentences.slice(s.index + 1, s.index + 8).filter((t) => t.isListItem && t.heading !== null && t.heading.endsWith(s.folded));
  return items.length >= 2;
}

/** A lawsuit piece that is about one named breach: the victim heads it and the body retells what was taken. */
function restatesBreach(sentences: Sentence[], signals: BreachSignals, cueSentences: number): boolean {
  const exposure = sentences.filter((s) => !s.isTitle && exposureCue().test(s.folded)).length;
  return signals.victimInTitle && cueSentences >= 4 && exposure >= 2;
}

/**
 * With no attack or breach word anywhere, the piece needs at least two sentences where an exposure verb meets a data
 * word ("profiles were accessed", "the information included names"); business news has "lounge access" or "including hotels".
 */
function dataExposure(sentences: Sentence[]): boolean {
  const c = compiled();
  const withData = sentences.filter((s) => exposureCue().test(s.folded) && c.dataNoun.test(s.folded));
  return withData.length >= 2 || sentences.some((s) => c.takenVerb.test(s.folded));
}

/** A denial about the organisation itself: not one whose subject is data or systems ("passwords were not compromised"). */
function deniesBreach(folded: string): boolean {
  const c = compiled();
  const m = c.denial.exec(folded);
  if (!m) return false;
  const clause = folded.slice(0, m.index).split(/[,;:]|\bthat\b|\bbut\b/).pop() ?? "";
  return !c.deniedThing.test(clause.trim());
}

/** The headline or the lead denies the breach ("X says it has not been hacked"), and nothing there confirms one. */
function denied(sentences: Sentence[], title: Sentence): boolean {
  const c = compiled();
  const lead = sentences.filter((s) => !s.isTitle).slice(0, 4);
  const texts = [title, ...lead].map((s) => s.folded);
  const denial = deniesBreach(title.folded) || (!c.strongTitle.test(title.folded) && texts.some((t) => deniesBreach(t)));
  return denial && !texts.some((t) => c.admits.test(t) && !deniesBreach(t));
}

/** Most of the piece is advice ("enforce MFA", "restrict app permissions", "review logs"): a hardening guide, not an incident report. */
function guidance(sentences: Sentence[]): boolean {
  const body = sentences.filter((s) => !s.isTitle);
  const advice = body.filter((s) => compiled().guidance.test(s.folded)).length;
  return advice >= 5 && advice >= body.length * 0.4;
}
