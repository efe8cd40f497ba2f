import { describe, expect, it } from "vitest";
import { fillTemplate, TEMPLATE_KINDS, TEMPLATE_LANGUAGES, type TemplateLanguage } from "../../src/advise/templates/index.js";
import { classLabel, dateWords, figureWords } from "../../src/advise/templates/template.words.js";
import type { IncidentDetail } from "../../src/domain/incident.js";
import type { ReaderProfile } from "../../src/domain/reader-profile.js";
import { seededRandom } from "../advise/incident.generator.js";
import { clauses, stanceProblems } from "../views/stance-claims.checker.js";
import { generateStancedCase } from "../views/stanced.generator.js";
import { harbourMart, skylark, stancedIncident } from "./template.fixtures.js";

const fill = (d: IncidentDetail, lang: TemplateLanguage = "en") => TEMPLATE_KINDS.map((k) => fillTemplate(k, d, { lang }));
const profile = (organisation: string): ReaderProfile => ({ owner: "console:local", organisation, sector: "airline", jurisdictions: [], listed: null, stack: [], updatedAt: new Date(0) });

/** Words saying a class was NOT taken (or that nobody said), per language. */
const NOT_TAKEN: Record<TemplateLanguage, RegExp> = {
  en: /not affected|has not said either way|what only the attackers claim/i,
  fr: /n'ont pas été touchées|non touchées|ne s'est pas prononcé/i,
};

/** Problems: a class the record says was not taken, named in a clause that does not say so. */
function notTakenProblems(d: IncidentDetail, text: string, lang: TemplateLanguage): string[] {
  const problems: string[] = [];
  for (const c of d.notExposed.filter((x) => !d.exposed.includes(x))) {
    const label = classLabel(c, lang).toLowerCase();
    for (const clause of clauses(text)) {
      if (clause.toLowerCase().includes(label) && !NOT_TAKEN[lang].test(clause)) problems.push(`${c} named as if taken: "${clause}"`);
    }
  }
  return problems;
}

/** Every figure-like number in a text, once the incident's dates are removed. */
function numbersIn(d: IncidentDetail, text: string, lang: TemplateLanguage): string[] {
  let rest = text;
  for (const iso of [d.detectedAt, d.disclosedAt].filter((x): x is string => Boolean(x))) rest = rest.split(dateWords(iso, lang)).join(" ");
  return rest.match(/(?<![\p{L}\d])(\d[\d.,  ]*\d[MKB]?|\d[MKB]?)(?![\p{L}\d])/gu)?.map((n) => n.trim()) ?? [];
}

describe("templates: each fact with its stance", () => {
  it("words confirmed, reported and claimed facts apart (English)", () => {
    const [script, notice, staff] = fill(skylark());
    expect(script!.text).toContain("There has been a data breach at Skylark Air (confirmed by Skylark Air).");
    expect(script!.text).toContain("It involved Salesforce (reported by Daily Sample, not confirmed by the company).");
    expect(script!.text).toContain("The data involved includes dates of birth (reported by Daily Sample, not confirmed by the company).");
    expect(script!.text).toContain("Number affected: 1.2M people (confirmed by Skylark Air).");
    expect(script!.text).toContain("The attackers claim 4M records (ShinyHunters claims this, unverified).");
    expect(script!.text).toContain("ShinyHunters — claims responsibility, unverified");
    expect(script!.text).toContain("Skylark Air says passport data, payment card data and passwords / credentials were not affected.");
    expect(staff!.text).toContain("The way in was voice phishing (vishing) (reported by Daily Sample, not confirmed by the company).");
    // The notice leaves the attackers' claims out, and says so in its notes.
    expect(notice!.text).not.toMatch(/4M|ShinyHunters|claim/);
    expect(notice!.notes.join(" ")).toContain("what only the attackers claim (4M records)");
  });

  it("never states an inferred fact, and notes what it left out", () => {
    const d = harbourMart();
    for (const t of fill(d)) {
      expect(t.text).not.toMatch(/stolen credentials|logins stolen earlier|reuse a work password/i);
      expect(t.notes.join(" ")).toContain("what only Breach Radar inferred and no source states (stolen credentials)");
    }
    const [script] = fill(d);
    expect(script!.text).toContain("There has been a data breach at Harbour Mart (reported by Example Wire, not confirmed by the company).");
    expect(script!.text).toContain("The attackers also claim to hold payment card data (the hackers claims this, unverified).");
    // Nothing confirmed: no sentence says "confirmed by".
    expect(script!.text).not.toMatch(/confirmed by (?!the company)/);
    expect(script!.text).toContain("Passport data: Harbour Mart has not said either way; do not reassure the customer.");
  });

  it("the call-centre script says what not to ask, and how to spot impersonation", () => {
    const [script] = fill(skylark());
    expect(script!.text).toContain("Never ask a caller for their password, PIN or a one-time code");
    expect(script!.text).toContain("Never verify a caller by date of birth: dates of birth are among the data exposed (reported by Daily Sample, not confirmed by the company).");
    expect(script!.text).toMatch(/CALLERS IMPERSONATING SKYLARK AIR OR US/);
    expect(script!.text).toContain("or to redeem or transfer points");
    // Without date of birth exposed, no date-of-birth line, and no points line without loyalty data.
    const [other] = fill(harbourMart());
    expect(other!.text).not.toContain("date of birth");
    expect(other!.text).not.toContain("points");
  });

  it("is written in French with the shared French stance wording", () => {
    const [script, notice, staff] = fill(skylark(), "fr");
    expect(script!.title).toBe("Script pour le centre d'appels : Skylark Air customer data breach");
    expect(script!.text).toContain("Skylark Air a subi une fuite de données (confirmé par Skylark Air).");
    expect(script!.text).toContain("Elle concerne Salesforce (rapporté par Daily Sample, sans confirmation de l'entreprise).");
    expect(script!.text).toContain("Les attaquants revendiquent 4 000 000 enregistrements (revendiqué par ShinyHunters, invérifié).");
    expect(script!.text).toContain("Ne vérifiez jamais l'identité d'un appelant par sa date de naissance");
    expect(notice!.text).toContain("Selon Skylark Air, ces données n'ont pas été touchées : les données de passeport, les données de carte bancaire et les mots de passe ou identifiants.");
    expect(notice!.text).toContain("Elle a été détectée le 30 juin 2025 (confirmé par Skylark Air).");
    expect(staff!.text).toContain("Mode d'intrusion : l'hameçonnage par téléphone (vishing) (rapporté par Daily Sample, sans confirmation de l'entreprise).");
    for (const t of [script!, notice!, staff!]) expect(t.text).not.toMatch(/\b(the|and|were|confirmed by)\b/);
  });

  it("addresses the staff warning and signs the notice with the profile's organisation", () => {
    const staff = fillTemplate("staff", skylark(), { profile: profile("Acme Airlines") });
    expect(staff.text).toContain("Security warning for Acme Airlines staff");
    expect(staff.text).toContain("Acme Airlines IT will never ask for them.");
    expect(fillTemplate("notice", skylark(), { profile: profile("Acme Airlines") }).text).toContain("Acme Airlines will never ask you for your password");
    expect(fillTemplate("staff", skylark(), { lang: "fr", profile: profile("Acme Airlines") }).text).toContain("pour le personnel de Acme Airlines");
    expect(fillTemplate("staff", skylark()).text).toContain("Security warning for all staff");
  });

  it("speaks of \"us\" in the script when the profile's organisation is the victim", () => {
    const ours = fillTemplate("script", skylark(), { profile: profile("Skylark Air") }).text;
    expect(ours).toContain("CALLERS IMPERSONATING US\n");
    expect(ours).toContain("claim to come from us and quote");
    expect(ours).toContain("Look up whether a customer's own record was involved only after the identity check below");
    expect(ours).not.toContain("Only Skylark Air can tell");
    expect(fillTemplate("script", skylark(), { lang: "fr", profile: profile("Skylark Air") }).text).toContain("APPELANTS SE FAISANT PASSER POUR NOUS\n");
    expect(fillTemplate("script", skylark(), { profile: profile("Acme Airlines") }).text).toContain("CALLERS IMPERSONATING SKYLARK AIR OR US");
  });

    it("keeps hostile names as raw text (renderers escape them) without changing any fact", () => {
    const hostile = "<!channel> *Evil* Air ```";
    const d = stancedIncident({ id: "evil-2025-01", title: "Evil breach", victims: [hostile], exposed: ["email"] }, [
      { field: "victims", value: hostile, stance: "confirmed", speaker: hostile },
      { field: "exposed", value: "email", stance: "confirmed", speaker: hostile },
    ]);
    expect(fillTemplate("notice", d).text).toContain(`There has been a data breach at ${hostile} (confirmed by ${hostile}).`);
  });
});

describe("templates never overstate (our incidents and 200 generated ones, both languages)", () => {
  const cases: IncidentDetail[] = [skylark(), harbourMart()];
  const rnd = seededRandom(1407);
  for (let i = 0; i < 200; i++) cases.push(generateStancedCase(rnd).detail);

  it("no clause states a reported, claimed or inferred fact as confirmed (English)", () => {
    const problems = cases.flatMap((d) => fill(d).flatMap((t) => stanceProblems(d, t.text).map((p) => `${d.id} ${t.kind}: ${p}`)));
    expect(problems).toEqual([]);
  });

  it("no template names a class stated not taken as taken, and no figure is invented", () => {
    for (const lang of TEMPLATE_LANGUAGES) {
      const problems: string[] = [];
      for (const d of cases) {
        const allowed = new Set((d.counts ?? []).flatMap((c) => figureWords(c.value, c.unit, lang).match(/^[\d.,  ]+[MKB]?/)?.map((x) => x.trim()) ?? []));
        for (const t of fill(d, lang)) {
          problems.push(...notTakenProblems(d, t.text, lang).map((p) => `${d.id} ${t.kind} ${lang}: ${p}`));
          for (const n of numbersIn(d, t.text, lang)) if (!allowed.has(n)) problems.push(`${d.id} ${t.kind} ${lang}: number ${n} is no figure of the record`);
        }
      }
      expect(problems).toEqual([]);
    }
  });
});
