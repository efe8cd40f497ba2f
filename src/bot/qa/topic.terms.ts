import { ACTORS, REGULATORS, VENDORS } from "../../knowledge/gazetteer/index.js";
import { foldQuestion } from "./question.language.js";

/** The topics a question can ask about that the record may lack, besides data classes. */
export type Topic = "count" | "actors" | "vendor" | "regulators";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Whole-word alternation of gazetteer names (ambiguous short names left out: they need context). */
function names(entries: { name: string; aliases: string[]; ambiguous?: boolean }[]): string {
  const all = entries.filter((e) => !e.ambiguous).flatMap((e) => [e.name, ...e.aliases]).map(foldQuestion).filter((n) => n.length >= 3);
  return [...new Set(all)].sort((a, b) => b.length - a.length).map(escape).join("|");
}

/**
 * The words that show a source sentence speaks to a topic, in EN, FR, DE, ES and IT (folded text),
 * plus every actor, vendor and regulator name of the gazetteers. Knowledge as data.
 */
const TOPIC_WORDS: Record<Topic, () => string> = {
  count: () => String.raw`\d[\d,. ]*\s*(million|millions|milliards?|billion|thousand|mio|mln|millones|milioni|tausend|mille)?\s+(of |de |di )?(current and former |former |existing )?(customers|people|passengers|members|users|individuals|accounts|records|clients|guests|travell?ers|employees|personnes|passagers|utilisateurs|comptes|kunden|personen|fahrgaste|nutzer|konten|datensatze|clientes|personas|pasajeros|usuarios|cuentas|registros|clienti|persone|passeggeri|utenti|account)`,
  actors: () => String.raw`(claimed|claiming|claims|took|takes|taken|denied) responsibility|responsible for (the|this) (attack|breach|hack|intrusion|incident|theft)|behind the (attack|breach|hack|intrusion|theft)|attributed (it |the \w+ )?to|threat actors?|hacking group|hacker group|(ransomware|extortion|cyber ?criminal|criminal|hacker) (groups?|gangs?|crews?)|revendiqu\w*|derriere (l'attaque|le piratage|cette attaque)|groupe de pirates|hackergruppe|verantwortlich|bekennt sich|reivindic\w*|detras del ataque|grupo de (hackers|piratas)|rivendica\w*|dietro l'attacco|gruppo di hacker|hackers?|attackers?|cyber ?criminals?|cybercriminels?|pirates? informatiques|angreifer|atacantes|attaccanti|calls? itself|calls? themselves|calling (itself|themselves)|uses? the name|go(es)? by the name|se (fait|font) appeler|nenn(t|en) sich|se hacen? llamar|si fa(nno)? chiamare|${names(ACTORS)}`,
  vendor: () => String.raw`third[- ]party|vendors?|suppliers?|service providers?|providers?|platforms?|contractors?|prestataires?|fournisseurs?|plate-?formes?|sous-traitants?|dienstleister\w*|anbieter\w*|plattform\w*|drittanbieter\w*|proveedor\w*|plataforma\w*|terceros?|fornitor\w*|piattaforma\w*|terze parti|${names(VENDORS)}`,
  regulators: () => String.raw`regulators?|regulatory|commissioner|data protection|supervisory authorit\w*|authorities|authority|police|law enforcement|notified|prosecutors?|fiscal\w*|procura|staatsanwalt\w*|parquet|denuncia|plainte|anzeige|autorites?|gendarmerie|behorden?|datenschutz\w*|polizei|autoridad\w*|policia|garante|autorita|polizia|${names(REGULATORS)}`,
};

const compiled = new Map<Topic, RegExp>();

/** The (cached) pattern for a topic, matched on folded sentences. */
export function topicPattern(topic: Topic): RegExp {
  let rx = compiled.get(topic);
  if (!rx) {
    rx = new RegExp(`(^|[^a-z0-9])(${TOPIC_WORDS[topic]()})(?=$|[^a-z0-9])`, "i");
    compiled.set(topic, rx);
  }
  return rx;
}
