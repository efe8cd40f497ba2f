import type { Stance } from "../domain/evidence.js";
import type { Sentence } from "./sentence.splitter.js";
import { entitiesOf, resolvePronoun, speechActs, type Entity, type SpeechAct, type SpeechContext, type SpeakerKind } from "./speech.acts.js";

/** How one sentence words one value: its stance, whether the wording says so (explicit) or it is the outlet's own plain statement, and who speaks. */
export interface SentenceStance {
  stance: Stance;
  /** False when nothing in the sentence attributes the value: the outlet states it (stance "reported" by default). */
  explicit: boolean;
  speaker: string | null;
}

const BY_KIND: Record<SpeakerKind, Stance> = { victim: "confirmed", authority: "confirmed", vendor: "confirmed", attacker: "claimed", third: "reported", hearsay: "reported" };

/** Words that end one clause's speaker's reach ("…, but researchers linked …"). */
const CLAUSE_BREAK = /;|\bbut\b|, while\b|, whereas\b|\balthough\b|, however\b|, (?:after|before|when|as|because|since|days after|weeks after)\b|\bmais\b|\btandis que\b|, (?:apres|avant|lorsque|quand|parce que)\b|\baber\b|\bsondern\b|, (?:nachdem|bevor|als|weil)\b|, ma\b|\bmentre\b|, (?:dopo|prima|quando|perche)\b|\bpero\b|\bmientras\b|, (?:tras|despues|antes|cuando|porque)\b/g;

/** A subordinate clause opening between a speech act and a value: "Luxottica confirms breach after info of 70M customers leaks". */
const SUBORDINATE_BREAK = /\b(?:after|once|apres que?|nachdem|dopo (?:che|che i|che le)|tras|despues de que|dupa ce)\b/;

/** The act speaks for a value after it unless a subordinate clause opens between them (the act is about something else). */
function reaches(folded: string, act: SpeechAct, at: number): boolean {
  if (act.start > at) return true;
  const between = folded.slice(act.end, at);
  const m = SUBORDINATE_BREAK.exec(between);
  // "has confirmed that data was stolen after …", "said names were stolen after …": a clause (not a bare noun like
  // "confirms breach after …") carries the whole statement, the break included.
  return !m || /\b(?:that|que|qu'|dass|che|ca|was|were|is|are|had|has|have|been|est|sont|a ete|ont ete|wurde|wurden|ist|sind|e stato|sono stati|fue|fueron|ha sido|a fost|au fost)\b/.test(between.slice(0, m.index));
}

function clauseBounds(folded: string): number[] {
  const cuts = [0];
  for (const m of folded.matchAll(CLAUSE_BREAK)) cuts.push(m.index);
  cuts.push(folded.length + 1);
  return cuts;
}

/** The act that governs position `at`: nearest before it in its clause, else nearest after it in its clause, else nearest before/after in the sentence. */
function governing(all: SpeechAct[], at: number, cuts: number[], folded = ""): SpeechAct | null {
  // The value is the speaker itself ("Sabre disclosed …" for the vendor Sabre): it speaks of itself.
  const own = all.find((a) => a.entity && !a.entity.ref && a.entity.start <= at && at < a.entity.end);
  if (own) return own;
  const acts = all.filter((a) => reaches(folded, a, at));
  const k = cuts.findIndex((c, i) => at >= c && at < (cuts[i + 1] ?? Infinity));
  const from = cuts[k] ?? 0;
  const to = cuts[k + 1] ?? Infinity;
  const inClause = acts.filter((a) => a.start >= from && a.start < to);
  // An act after the value speaks for it only when it closes its clause ("…, Qantas said."); "…, which warned it had …" does not.
  const after = (a: SpeechAct) => a.start > at && (a.trailing !== false || a.kind === "hearsay" || (a.kind === "attacker" && !a.entity));
  return inClause.filter((a) => a.start <= at).pop() ?? inClause.find(after) ?? acts.filter((a) => a.start <= at).pop() ?? acts.find(after) ?? null;
}

/** From the end of a name to a speech act inside a relative clause about it: ", which the company …", ", que el propio Puerto …". */
const RELATIVE_TO_ACT = /^[^.;,]{0,30}?,\s*(?:which|whom|that|que|qui|che|den|die|quien|al que|a quien|lequel|laquelle|il quale|la quale|el cual)\b[^,;.]{0,60}$/;

/**
 * The actor is named in the relative clause or apposition that describes the speaker: "The threat actor, who is a member of
 * the X group, says …", "un hacker, membre du groupe X, affirme …".
 */
function describedBy(folded: string, at: number, act: SpeechAct): boolean {
  const e = act.entity;
  return !!e && e.ref && e.end <= at && at < act.start && /^\s*,/.test(folded.slice(e.end, at)) && !/[;.]/.test(folded.slice(e.end, act.start)) && act.start - e.end < 160;
}

/** Right before a passive's agent: "by the", "par le", "von der", "dal", "por el". */
const PASSIVE_AGENT = /(?<![a-z])(?:by|par|von|vom|durch|da|dal|dalla|dai|por)\s+(?:(?:the|le|la|les|l'|el|los|il|lo|der|die|den|dem)\s+)?$/;

/** How many sentences back a leading "It …" is followed to find who it is. */
const SUBJECT_DEPTH = 3;

/** Reads stances from sentences; speech acts are computed once per sentence. */
export class StanceReader {
  private readonly cache = new Map<number, SpeechAct[]>();
  private readonly entityCache = new Map<number, Entity[]>();

  constructor(private readonly sentences: Sentence[], private readonly ctx: SpeechContext) {}

  private entities(index: number): Entity[] {
    let list = this.entityCache.get(index);
    if (!list) {
      const s = this.sentences[index];
      list = s ? entitiesOf(s, this.ctx) : [];
      this.entityCache.set(index, list);
    }
    return list;
  }

  /** Who a sentence is about: the speaker of its first act, else its first named or described party (pronouns followed back). */
  private subject(index: number, depth: number): Entity | null {
    if (index < 0 || depth <= 0) return null;
    const first = this.actsAt(index, depth).find((a) => a.entity)?.entity;
    if (first) return first;
    const e = this.entities(index)[0];
    if (!e) return null;
    return e.pronoun ? resolvePronoun(e, this.entities(index), () => this.subject(index - 1, depth - 1)) : e;
  }

  /** Acts of a sentence with its leading pronouns followed `depth` sentences back; only full-depth results are kept. */
  private actsAt(index: number, depth: number): SpeechAct[] {
    const cached = this.cache.get(index);
    if (cached) return cached;
    const s = this.sentences[index];
    const acts = s ? speechActs(s, this.ctx, () => this.subject(index - 1, depth - 1), this.entities(index)) : [];
    if (depth === SUBJECT_DEPTH) this.cache.set(index, acts);
    return acts;
  }

  /** Speech acts of a sentence (memoised). */
  acts(index: number): SpeechAct[] {
    return this.actsAt(index, SUBJECT_DEPTH);
  }

  /**
   * The stance of a value at `at` (offset in the sentence; null: the sentence as a whole). A list item without wording of its
   * own takes the stance of the line that introduces the list ("Qantas said the data included:").
   */
  read(index: number, at: number | null): SentenceStance {
    const s = this.sentences[index];
    if (!s) return { stance: "reported", explicit: false, speaker: null };
    const acts = this.acts(index);
    if (!acts.length && s.isListItem) {
      const lead = this.leadOf(index);
      if (lead !== null) return this.read(lead, null);
    }
    if (!acts.length) {
      const carried = this.carried(index);
      if (carried) return carried;
    }
    const act = governing(acts, at ?? 0, clauseBounds(s.folded), s.folded);
    if (!act) return { stance: "reported", explicit: false, speaker: null };
    return { stance: BY_KIND[act.kind], explicit: true, speaker: act.speaker };
  }

  /**
   * An actor's stance: confirmed when the victim or an authority names it; else "claimed" where the actor itself is the one
   * speaking (its claim, its leak-site post); else as `read` (press or researchers linking it: reported).
   */
  readActor(index: number, at: number, name: string): SentenceStance {
    const read = this.read(index, at);
    // The victim or an authority naming the group before it ("The FBI said ShinyHunters posted …") confirms it.
    if (read.stance === "confirmed" && this.confirmedBefore(index, at)) return read;
    // "… the Foo group, which the company identified as responsible": the victim or an authority names it in a relative clause.
    const named = this.namedInRelative(index, at);
    if (named) return { stance: "confirmed", explicit: true, speaker: named.speaker };
    // "a forum linked to ShinyHunters", "attributed to the X group": someone else links the actor; hearsay.
    const s = this.sentences[index];
    const linkedBefore = this.acts(index).some((a) => a.kind === "hearsay" && a.end <= at && at - a.end <= 16 && /^\s*(?:to|on|with)\b/.test(s?.folded.slice(a.end, at) ?? ""));
    if (linkedBefore) return { stance: "reported", explicit: true, speaker: null };
    const owns = this.acts(index).filter((a) => a.kind === "attacker" && (a.speaker === name || (a.entity !== null && (this.sameParty(s?.folded ?? "", at, a.entity) || describedBy(s?.folded ?? "", at, a)))));
    // "… exploited by the X group, which has listed dozens of firms on its leak site": the outlet names the agent; what the
    // group posts about others is background, not its claim to this attack.
    if (owns.length && owns.every((a) => this.backgroundOfAgent(index, at, a))) return { stance: "reported", explicit: false, speaker: null };
    const own = owns.length > 0;
    return own || (read.stance === "claimed" && read.speaker !== null) ? { stance: "claimed", explicit: true, speaker: own ? name : read.speaker } : read;
  }

  /**
   * A sentence with no wording of its own that goes on the paragraph of an attributed one carries its speaker on: "One
   * file holds …, the company said. A second holds …", "Wie das Unternehmen mitteilte, … Zudem seien …". Not when it
   * names another party, whose statement it may be.
   */
  private carried(index: number): SentenceStance | null {
    const s = this.sentences[index];
    const prev = this.sentences[index - 1];
    if (!s || !prev || s.isTitle || s.isListItem || prev.isTitle || s.paragraph === undefined || prev.paragraph !== s.paragraph) return null;
    if (this.entities(index).some((e) => !e.ref && !e.pronoun && e.kind !== "victim")) return null;
    const r = this.read(index - 1, Math.max(0, prev.folded.length - 1));
    return r.explicit && (r.stance === "confirmed" || r.stance === "claimed") ? r : null;
  }

  /** A victim's or authority's act in a relative clause right after the actor ("X, que el propio Puerto identificó como responsable"). */
  private namedInRelative(index: number, at: number): SpeechAct | null {
    const s = this.sentences[index];
    if (!s) return null;
    const end = this.entities(index).find((e) => e.start <= at && at < e.end)?.end ?? at;
    return this.acts(index).find((a) => BY_KIND[a.kind] === "confirmed" && a.start > end && RELATIVE_TO_ACT.test(s.folded.slice(end, a.start))) ?? null;
  }

  /** The actor is a passive's agent ("by X") and the act sits in a relative clause about it, in a sentence that does not name the victim. */
  private backgroundOfAgent(index: number, at: number, act: SpeechAct): boolean {
    const s = this.sentences[index];
    if (!s || act.start < at) return false;
    const ents = this.entities(index);
    const end = ents.find((e) => e.start <= at && at < e.end)?.end ?? at;
    if (!PASSIVE_AGENT.test(s.folded.slice(Math.max(0, at - 20), at))) return false;
    if (!/^[^.;]{0,40}?,\s*(?:which|who|qui|che|que|die|der|el cual|il quale)\b/.test(s.folded.slice(end, act.start))) return false;
    return !ents.some((e) => e.kind === "victim" && !e.ref && !e.pronoun);
  }

  /** The speaker entity is the actor at `at`, or is coordinated with it ("Silent Crow e Cyber Partisans hanno rivendicato"). */
  private sameParty(folded: string, at: number, e: Entity): boolean {
    if (e.start <= at && at <= e.end) return true;
    return e.start > at && /^[^,;.]{0,40}?(?:,|\band\b|\be\b|\bet\b|\bund\b|\by\b|&)\s*$/.test(folded.slice(at, e.start)) && folded.slice(at, e.start).length < 45;
  }

  private confirmedBefore(index: number, at: number): boolean {
    return this.acts(index).some((a) => a.start <= at && BY_KIND[a.kind] === "confirmed") || !this.acts(index).some((a) => a.kind === "attacker");
  }

  private leadOf(index: number): number | null {
    for (let i = index - 1; i >= 0; i--) {
      const s = this.sentences[i];
      if (!s) return null;
      if (!s.isListItem) return i;
    }
    return null;
  }
}
