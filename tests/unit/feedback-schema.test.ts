import { describe, expect, it } from "vitest";
import { feedbackSchema } from "@/lib/feedback/schemas";

const base = {
  taskId: "0199a3e2-7c4b-7d2e-9f10-1234567890ab",
  applied: "Menyusun rencana kerja dengan SAKIP",
  examples: "Rencana kinerja triwulan III disusun sendiri",
  rating: "4",
  behaviours: ["AKUNTABEL", "KOLABORATIF"],
  obstacles: "",
  planAction: ["Mendampingi rekan satu bidang", "", ""],
  planOwner: ["Rina", "", ""],
  planDue: ["2027-03-31", "", ""],
};

describe("feedbackSchema", () => {
  it("zips the plan rows and drops empty ones", () => {
    const parsed = feedbackSchema.parse(base);
    expect(parsed.plans).toEqual([{ action: "Mendampingi rekan satu bidang", owner: "Rina", dueDate: "2027-03-31" }]);
    expect(parsed.rating).toBe(4);
    expect(parsed.behaviours).toEqual(["AKUNTABEL", "KOLABORATIF"]);
  });

  it("accepts one behaviour given as a single value, and none", () => {
    expect(feedbackSchema.parse({ ...base, behaviours: "ADAPTIF" }).behaviours).toEqual(["ADAPTIF"]);
    expect(feedbackSchema.parse({ ...base, behaviours: undefined }).behaviours).toEqual([]);
  });

  it.each([
    [{ planAction: ["", ""], planOwner: ["", ""], planDue: ["", ""] }, "plans", "feedback.errors.planRequired"],
    [{ planAction: "Susun SOP", planOwner: "", planDue: "2027-01-01" }, "plans", "feedback.errors.planOwner"],
    [{ planAction: "Susun SOP", planOwner: "Rina", planDue: "31/01/2027" }, "plans", "feedback.errors.planDue"],
    [{ rating: "6" }, "rating", "feedback.errors.rating"],
    [{ applied: "sedikit" }, "applied", "feedback.errors.applied"],
    [{ behaviours: ["JUJUR"] }, "behaviours", "feedback.errors.behaviour"],
  ])("refuses %j on %s", (patch, field, message) => {
    const result = feedbackSchema.safeParse({ ...base, ...patch });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toBe(message);
  });
});
