import { describe, expect, it } from "vitest";
import { chooseIncident, incidentIdBase, sameEventDistance } from "../../src/ingest/incident.matcher.js";
import { planCampaigns } from "../../src/ingest/campaign.linker.js";
import { extraction, incident } from "./helpers/builders.js";

describe("same-event matching", () => {
  const june = incident({ id: "acme-air-2025-06", victims: ["Acme Air"], vector: "vishing", vendor: "Salesforce", detectedAt: "2025-06-30", disclosedAt: "2025-07-02" });

  it("accepts a report dated within the window with a compatible vector", () => {
    expect(sameEventDistance(june, extraction({ detected: null, disclosed: "2025-07-09", vector: "social_engineering" }), "2025-07-09")).toBe(7);
    expect(chooseIncident([june], extraction({ detected: null, disclosed: "2025-08-20" }), "2025-08-20")?.id).toBe("acme-air-2025-06");
  });

  it("rejects a report months later, or one with a different vector weeks later", () => {
    expect(chooseIncident([june], extraction({ detected: "2025-12-01", disclosed: "2025-12-03" }), "2025-12-03")).toBeNull();
    expect(sameEventDistance(june, extraction({ detected: "2025-08-20", disclosed: "2025-08-22", vector: "ransomware" }), "2025-08-22")).toBeNull();
    expect(sameEventDistance(june, extraction({ detected: "2025-07-01", vector: "ransomware", vendor: "Oracle" }), "2025-07-03")).toBeNull();
  });

  it("picks the closest of several candidates", () => {
    const december = incident({ id: "acme-air-2025-12", victims: ["Acme Air"], detectedAt: "2025-12-01" });
    expect(chooseIncident([june, december], extraction({ detected: null, disclosed: "2025-11-20" }), "2025-11-20")?.id).toBe("acme-air-2025-12");
  });

  it("mints readable id bases from the victim and event month", () => {
    expect(incidentIdBase(extraction({ victims: ["Air France", "KLM"], detected: null, disclosed: "2025-08-06" }), "2025-08-07")).toBe("air-france-2025-08");
    expect(incidentIdBase(extraction({ victims: ["KLM", "Air France"], victimGroup: "Air France-KLM", detected: null, disclosed: "2025-08-06" }), "2025-08-07")).toBe("air-france-klm-2025-08");
    expect(incidentIdBase(extraction({ victims: ["Dior"], victimGroup: "LVMH", detected: "2025-05-07" }), "2025-05-14")).toBe("dior-2025-05");
    expect(incidentIdBase(extraction({ victims: ["Marks & Spencer"], detected: "2025-04-19" }), "2025-05-01")).toBe("marks-and-spencer-2025-04");
    expect(incidentIdBase(extraction({ victims: ["Citroën"], detected: null, disclosed: null }), "2025-03-15")).toBe("citroen-2025-03");
  });
});

describe("planCampaigns", () => {
  const base = { sector: "retail" as const };
  const incidents = [
    incident({ ...base, id: "chanel-2025-07", vendor: "Salesforce", detectedAt: "2025-07-25", actors: [{ name: "ShinyHunters", role: "claimed" }] }),
    incident({ ...base, id: "pandora-2025-08", vendor: "Salesforce", detectedAt: "2025-08-05" }),
    incident({ ...base, id: "allianz-2025-07", sector: "other", vendor: "Salesforce", detectedAt: "2025-07-16" }),
    incident({ ...base, id: "ms-2025-04", actors: [{ name: "Scattered Spider", role: "suspected" }], detectedAt: "2025-04-19" }),
    incident({ ...base, id: "coop-2025-04", actors: [{ name: "Scattered Spider", role: "suspected" }], detectedAt: "2025-04-30" }),
    incident({ ...base, id: "lonely-2025-01", vector: "vishing", detectedAt: "2025-01-10" }),
    incident({ ...base, id: "old-salesforce-2023", vendor: "Salesforce", detectedAt: "2023-02-01" }),
  ];

  it("links by vendor first, then actor; needs two incidents inside the window", () => {
    const campaigns = planCampaigns(incidents);
    expect(campaigns).toEqual([
      { id: "2025-salesforce-data-theft-wave", name: "2025 Salesforce data-theft wave", vendor: "Salesforce", actor: null, vector: null, incidentIds: ["allianz-2025-07", "chanel-2025-07", "pandora-2025-08"], since: "2025-07-16" },
      { id: "2025-scattered-spider-retail-intrusions", name: "2025 Scattered Spider retail intrusions", vendor: null, actor: "Scattered Spider", vector: null, incidentIds: ["ms-2025-04", "coop-2025-04"], since: "2025-04-19" },
    ]);
  });

  it("is deterministic regardless of input order and names vector waves", () => {
    expect(planCampaigns([...incidents].reverse())).toEqual(planCampaigns(incidents));
    const vishing = planCampaigns([
      incident({ id: "a", vector: "vishing", detectedAt: "2025-06-01" }),
      incident({ id: "b", vector: "vishing", detectedAt: "2025-07-01" }),
    ]);
    expect(vishing.map((c) => c.name)).toEqual(["2025 voice-phishing wave"]);
  });
});
