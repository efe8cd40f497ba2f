import { z } from "zod";
import { SectorSchema } from "../../domain/incident.js";
import { vendorBySlug } from "../../knowledge/gazetteer/vendor-names.js";
import { isJurisdictionCode } from "./jurisdiction.vocabulary.js";

/** Most jurisdictions and stack entries one profile keeps. */
export const MAX_JURISDICTIONS = 40;
export const MAX_STACK = 60;
export const MAX_ORGANISATION = 120;

const Jurisdiction = z.string().refine(isJurisdictionCode, { message: "that is not a known country or jurisdiction code" });
const VendorSlug = z.string().refine((s) => vendorBySlug(s) !== null, { message: "that vendor is not in the vendor list" });
const Vendors = z.array(VendorSlug).max(MAX_STACK, `a stack can list at most ${MAX_STACK} vendors`);

/** What one `profile …` command asks: show, clear, or change one field. */
export const ProfileChangeSchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("show") }),
  z.object({ field: z.literal("clear") }),
  z.object({
    field: z.literal("organisation"),
    value: z.string().trim().min(2, "the organisation name is too short").max(MAX_ORGANISATION, `the organisation name can be at most ${MAX_ORGANISATION} characters`).nullable(),
  }),
  z.object({ field: z.literal("sector"), value: SectorSchema.nullable() }),
  z.object({ field: z.literal("jurisdictions"), value: z.array(Jurisdiction).max(MAX_JURISDICTIONS, `at most ${MAX_JURISDICTIONS} countries`) }),
  z.object({ field: z.literal("listed"), value: z.boolean().nullable() }),
  z.object({ field: z.literal("stack"), set: Vendors.optional(), add: Vendors.default([]), remove: Vendors.default([]) }),
]);

export type ProfileChange = z.infer<typeof ProfileChangeSchema>;

export const ProfileCommandSchema = z.object({ kind: z.literal("profile"), change: ProfileChangeSchema });
