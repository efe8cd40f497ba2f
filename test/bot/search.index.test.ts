import { describe, expect, it } from "vitest";
import { SearchIndex } from "../../src/bot/search/search.index.js";
import { editDistance } from "../../src/bot/text/edit-distance.js";
import type { IncidentIndexRow } from "../../src/store/store.port.js";

const row = (id: string, victims: string[], extra: Partial<IncidentIndexRow> = {}): IncidentIndexRow => ({
  id, title: `${victims.join(", ")} incident`, victims, victimGroup: null, vendor: null, actors: [], campaignName: null,
  sector: "airline", updatedAt: new Date("2025-07-01"), ...extra,
});

const index = new SearchIndex([
  row("qantas-2025-06", ["Qantas"], { vendor: "Salesforce", actors: ["ShinyHunters"], campaignName: "Salesforce data theft 2025" }),
  row("af-2025-08", ["Air France", "KLM"], { victimGroup: "Air France-KLM", vendor: "Salesforce", updatedAt: new Date("2025-08-06") }),
  row("westjet-2025-06", ["WestJet"], { actors: ["Scattered Spider"] }),
  row("pandora-2025-08", ["Pandora"], { sector: "retail" }),
]);

describe("search index", () => {
  it("measures transpositions as one edit", () => {
    expect(editDistance("salesfroce", "salesforce")).toBe(1);
    expect(editDistance("qantaz", "qantas")).toBe(1);
  });

  it("tolerates typos", () => {
    expect(index.search("qantaz")[0]?.row.id).toBe("qantas-2025-06");
    const sf = index.search("salesfroce").map((h) => h.row.id);
    expect(sf).toEqual(["af-2025-08", "qantas-2025-06"]);
  });

  it("finds multi-word names, groups and prefixes", () => {
    expect(index.search("air france")[0]?.row.id).toBe("af-2025-08");
    expect(index.search("klm")[0]?.row.id).toBe("af-2025-08");
    expect(index.search("pando")[0]?.row.id).toBe("pandora-2025-08");
  });

  it("finds actors by gazetteer alias and campaigns by name", () => {
    expect(index.search("UNC6040").map((h) => h.row.id)).toEqual(["qantas-2025-06"]);
    expect(index.search("scattered spider").map((h) => h.row.id)).toEqual(["westjet-2025-06"]);
    expect(index.search("data theft 2025")[0]?.row.id).toBe("qantas-2025-06");
  });

  it("returns nothing for unrelated text", () => {
    expect(index.search("zzzzqqq")).toEqual([]);
  });

  it("spots victim names inside a question", () => {
    expect(index.namesIn("was passport data taken at Air France?")[0]?.display).toBe("Air France");
    expect(index.namesIn("how many qantas customers")[0]?.display).toBe("Qantas");
  });
});
