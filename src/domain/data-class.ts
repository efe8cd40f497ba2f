import { z } from "zod";

/**
 * The closed vocabulary of personal-data classes, shared with the evaluation corpus.
 * Order matters only for display: most identifying first.
 */
export const DATA_CLASSES = [
  "name",
  "email",
  "phone",
  "postal_address",
  "date_of_birth",
  "gender",
  "loyalty_number",
  "loyalty_tier",
  "loyalty_balance",
  "support_case",
  "travel_details",
  "purchase_history",
  "passport",
  "government_id",
  "payment_card",
  "financial",
  "password",
  "pin",
  "ip_address",
  "employee_data",
  "other",
] as const;

export const DataClassSchema = z.enum(DATA_CLASSES);
export type DataClass = z.infer<typeof DataClassSchema>;

/** Human labels for each data class, used by every renderer. */
export const DATA_CLASS_LABELS: Record<DataClass, string> = {
  name: "Names",
  email: "Email addresses",
  phone: "Phone numbers",
  postal_address: "Postal addresses",
  date_of_birth: "Dates of birth",
  gender: "Gender",
  loyalty_number: "Loyalty / frequent-flyer numbers",
  loyalty_tier: "Loyalty tier",
  loyalty_balance: "Points / miles balances",
  support_case: "Customer-service cases",
  travel_details: "Travel / booking details",
  purchase_history: "Purchase history",
  passport: "Passport data",
  government_id: "Government ID numbers",
  payment_card: "Payment card data",
  financial: "Financial / bank data",
  password: "Passwords / credentials",
  pin: "PINs",
  ip_address: "IP addresses",
  employee_data: "Employee data",
  other: "Other data",
};

export function isDataClass(value: unknown): value is DataClass {
  return DataClassSchema.safeParse(value).success;
}
