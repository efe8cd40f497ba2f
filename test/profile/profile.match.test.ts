import { describe, expect, it } from "vitest";
import { vendorFlagFor } from "../../src/advise/profile.match.js";
import { resolveVendor, vendorSlug } from "../../src/knowledge/gazetteer/vendor-names.js";
import { VENDORS } from "../../src/knowledge/gazetteer/vendors.js";

const incident = (over: Partial<Parameters<typeof vendorFlagFor>[0]> = {}): Parameters<typeof vendorFlagFor>[0] => ({
  vendor: "Salesforce", victims: ["Acme Air"], victimGroup: null, stances: { vendor: "confirmed" }, ...over,
});
const profile = (stack: string[]) => ({ stack });

describe("vendorFlagFor: the 'you use X' flag", () => {
  it("flags the incident's platform when the stack holds it, with the record's certainty", () => {
    expect(vendorFlagFor(incident(), profile(["salesforce"]))).toMatchObject({
      label: "You use Salesforce", line: "You use Salesforce: the incident's platform",
      detail: "Salesforce, in this workspace's stack, is the platform named in this incident.",
    });
    const reported = vendorFlagFor(incident({ stances: {} }), profile(["salesforce"]))!;
    expect(reported.detail).toContain("(reported, not confirmed)");
    expect(vendorFlagFor(incident({ stances: { vendor: "claimed" } }), profile(["salesforce"]))!.line).toBe("You use Salesforce: the incident's platform (claimed, unverified)");
  });

  it("matches the incident's vendor through gazetteer aliases", () => {
    expect(vendorFlagFor(incident({ vendor: "Salesforce.com" }), profile(["salesforce"]))?.label).toBe("You use Salesforce");
    expect(vendorFlagFor(incident({ vendor: "Salesloft" }), profile(["salesloft-drift"]))?.label).toBe("You use Salesloft Drift");
    expect(vendorFlagFor(incident({ vendor: "Dynamics 365" }), profile(["microsoft-dynamics"]))?.label).toBe("You use Microsoft Dynamics");
  });

  it("flags a vendor that is itself a victim, and names every hit", () => {
    const flag = vendorFlagFor(incident({ vendor: "Salesloft Drift", victims: ["Salesloft", "Zscaler"] , stances: { vendor: "confirmed", "victims:Salesloft": "confirmed" } }), profile(["salesloft-drift"]))!;
    expect(flag.hits).toEqual([{ name: "Salesloft Drift", slug: "salesloft-drift", via: "platform", stance: "confirmed" }]);
    const both = vendorFlagFor(incident({ vendor: "Salesforce", victims: ["Snowflake"], stances: { vendor: "confirmed" } }), profile(["snowflake", "salesforce"]))!;
    expect(both.label).toBe("You use Salesforce and Snowflake");
    expect(both.detail).toContain("Snowflake, in this workspace's stack, is itself a victim of this incident (reported, not confirmed).");
  });

  it("gives no flag without a profile, with an empty or unrelated stack, or when the vendor is denied", () => {
    expect(vendorFlagFor(incident(), null)).toBeNull();
    expect(vendorFlagFor(incident(), undefined)).toBeNull();
    expect(vendorFlagFor(incident(), profile([]))).toBeNull();
    expect(vendorFlagFor(incident(), profile(["snowflake"]))).toBeNull();
    expect(vendorFlagFor(incident({ vendor: null }), profile(["salesforce"]))).toBeNull();
    expect(vendorFlagFor(incident({ stances: { "vendor:Salesforce": "denied", vendor: "denied" } }), profile(["salesforce"]))).toBeNull();
  });
});

describe("vendor names for the stack", () => {
  it("every gazetteer vendor resolves from its own name and slug to itself", () => {
    for (const v of VENDORS) {
      expect(resolveVendor(v.name)?.name, v.name).toBe(v.name);
      expect(resolveVendor(vendorSlug(v.name))?.name, v.name).toBe(v.name);
    }
  });

  it("resolves spacing, case and stack aliases", () => {
    expect(resolveVendor("Sales Force")?.slug).toBe("salesforce");
    expect(resolveVendor("drift")?.slug).toBe("salesloft-drift");
    expect(resolveVendor("SFDC")?.slug).toBe("salesforce");
    expect(resolveVendor("servicenow")?.name).toBe("ServiceNow");
    expect(resolveVendor("nothing like a vendor")).toBeNull();
  });
});
