import { describe, expect, it } from "vitest";
import { canonicalActorName } from "../../src/extract/index.js";

describe("actor names in the store", () => {
  it("maps spelling variants and aliases to one canonical name and leaves unknown names alone", () => {
    expect(canonicalActorName("Cl0p")).toBe(canonicalActorName("Clop"));
    expect(canonicalActorName("UNC3944")).toBe("Scattered Spider");
    expect(canonicalActorName("octo tempest")).toBe("Scattered Spider");
    expect(canonicalActorName("Shiny Hunters")).toBe("ShinyHunters");
    expect(canonicalActorName("Nobody Crew 42")).toBe("Nobody Crew 42");
  });
});
