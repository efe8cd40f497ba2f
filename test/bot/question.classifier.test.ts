import { describe, expect, it } from "vitest";
import { classifyQuestion } from "../../src/bot/qa/question.classifier.js";

const NOW = new Date("2025-08-13T12:00:00Z"); // a Wednesday
const kind = (q: string) => classifyQuestion(q, NOW).kind;

describe("question classifier", () => {
  it.each([
    ["was passport data taken?", "data_class_check"],
    ["did they get card numbers?", "data_class_check"],
    ["what data was taken?", "data_taken"],
    ["how many customers are affected?", "count"],
    ["who is behind it?", "actors"],
    ["when was it disclosed?", "when"],
    ["what is the name of the vendor?", "vendor"],
    ["which platform was used?", "vendor"],
    ["which regulators were notified?", "regulators"],
    ["what should our call centre say?", "actions"],
    ["what are the sources?", "sources"],
    ["what changed since Monday?", "changes_since"],
    ["is it contained?", "status"],
    ["est-ce que les passeports ont été volés ?", "data_class_check"],
    ["combien de clients ?", "count"],
    ["qui est derrière ?", "actors"],
    ["quoi de neuf depuis lundi ?", "changes_since"],
    ["tell me a joke", "unknown"],
  ])("%s → %s", (q, expected) => {
    expect(kind(q)).toBe(expected);
  });

  it("maps audiences and data terms", () => {
    expect(classifyQuestion("what should our call centre tell customers?", NOW).audience).toBe("customer_service");
    expect(classifyQuestion("what should the SOC do?", NOW).audience).toBe("security");
    expect(classifyQuestion("what should Salesforce admins do?", NOW).audience).toBe("saas_admin");
    expect(classifyQuestion("what do we tell the regulator under GDPR?", NOW).audience).toBe("regulatory");
    expect(classifyQuestion("what should we ask the vendor?", NOW).audience).toBe("third_party_risk");
    expect(classifyQuestion("what should customers do?", NOW).audience).toBe("customers");
    expect(classifyQuestion("were credit cards or DOB taken?", NOW).terms.map((t) => t.classes).flat()).toEqual(["payment_card", "date_of_birth"]);
  });

  it("reads 'since' dates", () => {
    expect(classifyQuestion("what changed since 2025-07-01?", NOW).since?.toISOString()).toBe("2025-07-01T00:00:00.000Z");
    expect(classifyQuestion("what changed since Monday?", NOW).since?.toISOString()).toBe("2025-08-11T00:00:00.000Z");
    expect(classifyQuestion("anything new since Wednesday?", NOW).since?.toISOString()).toBe("2025-08-06T00:00:00.000Z");
    expect(classifyQuestion("quoi de neuf depuis hier ?", NOW).since?.toISOString()).toBe("2025-08-12T00:00:00.000Z");
  });
});
