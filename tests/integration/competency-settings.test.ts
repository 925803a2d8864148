// An agency's competency settings (lib/competency/settings*.ts): defaults until saved, saved by an admin only, each
// refusal naming its field in Indonesian, an audit row with before and after, and no effect on another agency.
import { beforeEach, describe, expect, it } from "vitest";
import { executeCommand } from "@/lib/action";
import { db } from "@/lib/db";
import { DEFAULT_COMPETENCY_SETTINGS, loadCompetencySettings } from "@/lib/competency/settings";
import { saveCompetencySettings } from "@/lib/competency/settings-commands";
import { id as messages } from "@/lib/i18n/messages/id";
import { buildWorld, refusal, type World } from "./world";

let w: World;
beforeEach(async () => {
  w = await buildWorld();
});

const DEFAULT_FIELDS = {
  validityAssessmentCentre: 3, validityUjiKompetensi: 3, validityMultiRater: 1, validitySupervisor: 1, validitySelf: 1,
  jpmHighPct: 90, jpmMidPct: 78, jpmHighName: "Optimal", jpmMidName: "Cukup optimal", jpmLowName: "Kurang optimal",
  weightByImportance: false, weightMutlak: 3, weightPenting: 2, weightPerlu: 1,
};
const form = (changes: Record<string, unknown>) => Object.fromEntries(Object.entries({ ...DEFAULT_FIELDS, ...changes }).map(([k, v]) => [k, String(v)]));
const say = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;

describe("competency settings", () => {
  it("are the defaults until the agency saves its own", async () => {
    expect(await loadCompetencySettings(w.agencyA.id)).toEqual(DEFAULT_COMPETENCY_SETTINGS);
    expect(DEFAULT_COMPETENCY_SETTINGS).toEqual({
      validity: { ASSESSMENT_CENTRE: 3, UJI_KOMPETENSI: 3, MULTI_RATER: 1, SUPERVISOR: 1, SELF: 1 },
      bands: { highPct: 90, midPct: 78, highName: "Optimal", midName: "Cukup optimal", lowName: "Kurang optimal" },
      weighting: { byImportance: false, MUTLAK: 3, PENTING: 2, PERLU: 1 },
    });
  });

  it("are saved by an admin from the form, audited before (the defaults) and after, and read back", async () => {
    const admin = await w.viewer(w.users.admin);
    await executeCommand(saveCompetencySettings, admin, { ...form({ validitySupervisor: 2, jpmHighPct: 85, jpmMidName: "Cukup", weightPerlu: 1 }), weightByImportance: "on" });
    expect(await loadCompetencySettings(w.agencyA.id)).toEqual({
      validity: { ...DEFAULT_COMPETENCY_SETTINGS.validity, SUPERVISOR: 2 },
      bands: { ...DEFAULT_COMPETENCY_SETTINGS.bands, highPct: 85, midName: "Cukup" },
      weighting: { ...DEFAULT_COMPETENCY_SETTINGS.weighting, byImportance: true },
    });
    const first = await db.auditLog.findFirstOrThrow({ where: { entity: "CompetencySettings", entityId: w.agencyA.id } });
    expect(first).toMatchObject({ action: "create", actorUserId: w.users.admin.id, before: DEFAULT_FIELDS });
    expect(first.after).toMatchObject({ validitySupervisor: 2, jpmHighPct: 85, jpmMidName: "Cukup", weightByImportance: true });

    // A second save: an update whose "before" is what the first one saved; the checkbox left out is off.
    await executeCommand(saveCompetencySettings, admin, form({ validitySupervisor: 2, jpmHighPct: 85, jpmMidName: "Cukup", weightByImportance: undefined }));
    const second = await db.auditLog.findFirstOrThrow({ where: { entity: "CompetencySettings", entityId: w.agencyA.id, action: "update" } });
    expect(second.before).toMatchObject({ weightByImportance: true, jpmHighPct: 85 });
    expect(second.after).toMatchObject({ weightByImportance: false });
    // Another agency keeps its defaults.
    expect(await loadCompetencySettings(w.agencyB.id)).toEqual(DEFAULT_COMPETENCY_SETTINGS);
  });

  it.each([
    [{ validitySelf: "0" }, "validitySelf", "Penilaian diri"],
    [{ validityAssessmentCentre: "11" }, "validityAssessmentCentre", "Assessment center"],
    [{ validityMultiRater: "1.5" }, "validityMultiRater", "Penilaian 360"],
    [{ jpmMidPct: "90" }, "jpmMidPct", "lebih kecil dari batas kategori tertinggi"],
    [{ jpmHighPct: "101" }, "jpmHighPct", "kategori tertinggi"],
    [{ jpmLowName: "   " }, "jpmLowName", "kategori terendah"],
    [{ weightPenting: "0" }, "weightPenting", "Bobot Penting"],
    [{ weightMutlak: "-2" }, "weightMutlak", "Bobot Mutlak"],
  ])("refuses %o, naming the field in Indonesian", async (changes, field, words) => {
    const admin = await w.viewer(w.users.admin);
    const error = await refusal(executeCommand(saveCompetencySettings, admin, form(changes)));
    expect(error.code).toBe("VALIDATION");
    const keys = error.fieldErrors?.[field] ?? [];
    expect(keys).toHaveLength(1);
    expect(say(keys[0]!)).toContain(words);
    expect(await db.competencySettings.count({ where: { agencyId: w.agencyA.id } })).toBe(0);
  });

  it("refuses everyone but an admin", async () => {
    for (const user of [w.users.operatorX, w.users.kabid, w.users.staff1]) {
      expect((await refusal(executeCommand(saveCompetencySettings, await w.viewer(user), form({})))).code).toBe("FORBIDDEN");
    }
    expect(await db.competencySettings.count({ where: { agencyId: w.agencyA.id } })).toBe(0);
  });
});
