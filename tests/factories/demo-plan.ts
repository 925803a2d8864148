// Plans the demo organisation in memory: units, positions and about 330 ASN with supervisor chains
// (Sekda → head of OPD → kepala bidang → pengawas → staff; camat → lurah → staff; a senior functional reports
// to the kepala bidang or the head, never to a pengawas). Deterministic: the same people on every run, their
// ranks and functional grades true on the day of seeding (demo-rules.ts).
import { randomUUID } from "node:crypto";
import type { EmployeeKind, PositionType, UnitKind } from "@/lib/generated/prisma/enums";
import { calendarToday } from "@/lib/time";
import { FUNGSIONAL_FAMILIES, FUNGSIONAL_GRADE_LABEL, FUNGSIONAL_TITLES, GOLONGAN_BY_TYPE, HEAD_TITLE_BY_UNIT_KIND, HEAD_TITLE_OVERRIDES,
  PELAKSANA_TITLES, PPPK_GOLONGAN_BY_TYPE, SECRETARY_TITLE_BY_UNIT_KIND, SUB_HEAD_TITLES, SUB_HEAD_TITLES_BY_UNIT, UNIT_NAME_PREFIX_BY_KIND,
  type FungsionalFamily, type FungsionalType, type PositionTemplate } from "./data/positions";
import { UNITS, type UnitSeed } from "./data/org";
import { entryGolongan, golonganIn, maySupervise, plausibleGolongan, pnsRank, yearsOfService } from "./demo-rules";
import { nipIssuer, personName, type PersonName } from "./names";
import { seededRandom, type Random } from "./random";

export type PlannedUnit = { id: string; parentId: string | null; code: string; name: string; kind: UnitKind; path: string; depth: number; topCode: string };
export type PlannedPosition = { id: string; unitId: string; name: string; type: PositionType; topCode: string; unitCode: string };
export type PlannedEmployee = PersonName & {
  id: string; nip: string; kind: EmployeeKind; birthDate: string; rank: string; serviceStartDate: string;
  unitId: string; positionId: string; supervisorId: string | null; slot?: string;
};
/** A named demo person placed in a slot ("head:UNIT" or "staff:UNIT"), optionally in a given position. */
export type FixedPerson = {
  slot: string; nip: string; name: string; frontTitle: string | null; backTitle: string | null; gender: "M" | "F";
  kind: EmployeeKind; title?: string; type?: PositionType;
};

export type DemoPlan = { units: PlannedUnit[]; positions: PlannedPosition[]; employees: PlannedEmployee[] };

const GENERAL_FAMILIES = new Set(["Auditor", "Penggerak Swadaya Masyarakat"]);
const AGE_BY_TYPE: Partial<Record<PositionType, [number, number]>> = {
  JPT_PRATAMA: [45, 57], ADMINISTRATOR: [40, 55], PENGAWAS: [33, 52], PELAKSANA: [22, 55],
};

/** The day the NIP issuer counts ages from: who is generated never depends on the day the demo is seeded. */
const REFERENCE_DAY = new Date(Date.UTC(2026, 0, 1));

/**
 * `asOf` is the day ranks are true on (the seed's day): a PNS's golongan fits their years since TMT CPNS and
 * their education (demo-rules.ts); a functional grade fits that golongan; nobody reports to a junior position.
 */
export function planDemo(fixed: FixedPerson[], seed = 20261125, asOf: Date = calendarToday()): DemoPlan {
  const random: Random = seededRandom(seed);
  const issueNip = nipIssuer(random);
  const plan: DemoPlan = { units: [], positions: [], employees: [] };
  const positionKey = new Map<string, PlannedPosition>();
  const typeOf = new Map<string, PositionType>();
  const byId = new Map<string, PlannedEmployee>();

  function addUnits(seeds: UnitSeed[], parent: PlannedUnit | null) {
    for (const s of seeds) {
      const id = randomUUID();
      const unit: PlannedUnit = {
        id, parentId: parent?.id ?? null, code: s.code, name: s.name, kind: s.kind,
        path: `${parent?.path ?? "/"}${id}/`, depth: parent ? parent.depth + 1 : 0, topCode: parent?.topCode ?? s.code,
      };
      plan.units.push(unit);
      addUnits(s.children ?? [], unit);
    }
  }
  addUnits(UNITS, null);

  function position(unit: PlannedUnit, name: string, type: PositionType): PlannedPosition {
    const key = `${unit.id}|${name}`;
    let p = positionKey.get(key);
    if (!p) {
      p = { id: randomUUID(), unitId: unit.id, name, type, topCode: unit.topCode, unitCode: unit.code };
      positionKey.set(key, p);
      plan.positions.push(p);
    }
    return p;
  }

  /** The golongan a position type allows that also fit the person's service on a day. */
  const golonganFor = (type: PositionType, nip: string, name: PersonName, day: Date) =>
    golonganIn(GOLONGAN_BY_TYPE[type], plausibleGolongan(entryGolongan(name), yearsOfService(nip, day) ?? 0));

  /**
   * The family's grade nearest the one drawn that fits the person (PNS: their golongan; PPPK: below Ahli Utama),
   * preferring one the supervisor may lead; null when none fits.
   */
  function fitGrade(family: FungsionalFamily, drawn: FungsionalType, kind: EmployeeKind, nip: string, name: PersonName, supervisor: PositionType | null, day: Date) {
    const fits = family.grades.filter((g) => (kind === "PPPK" ? g !== "FUNGSIONAL_AHLI_UTAMA" : golonganFor(g, nip, name, day).length > 0));
    const led = supervisor ? fits.filter((g) => maySupervise(supervisor, g)) : fits;
    const pool = led.length ? led : fits;
    // Nearest first, on the same track (keahlian or keterampilan), a step up before a step down.
    const expert = (g: FungsionalType) => g.startsWith("FUNGSIONAL_AHLI_");
    const distance = (g: FungsionalType) => {
      const step = family.grades.indexOf(g) - family.grades.indexOf(drawn);
      return (expert(g) === expert(drawn) ? 0 : 100) + Math.abs(step) * 2 + (step < 0 ? 1 : 0);
    };
    return pool.reduce<FungsionalType | null>((best, g) => (best === null || distance(g) < distance(best) ? g : best), null);
  }

  /** The nearest in the chain from `supervisor` up whose position may lead `type` (senior functionals go to the Kabid or the head). */
  function leaderFor(supervisor: PlannedEmployee | null, type: PositionType) {
    let s = supervisor;
    while (s && !maySupervise(typeOf.get(s.id)!, type)) s = s.supervisorId ? byId.get(s.supervisorId)! : null;
    return s ?? supervisor;
  }

  function hire(unit: PlannedUnit, title: string, type: PositionType, supervisor: PlannedEmployee | null, slot?: string, family?: FungsionalFamily) {
    const person = fixed.find((f) => f.slot === slot);
    // A named person keeps their position; a functional one's grade still follows their years (Rina is Ahli
    // Pertama in 2026 and would be Ahli Muda by 2029), so the demo stays believable whenever it is seeded.
    if (person?.title && person.type) [title, type, family] = [person.title, person.type, FUNGSIONAL_FAMILIES.find((f) => person.title!.startsWith(`${f.family} `))];
    const [minAge, maxAge] = AGE_BY_TYPE[type] ?? [26, 56];
    for (let attempt = 0; attempt < 50; attempt++) {
      const kind: EmployeeKind = person?.kind ?? (PPPK_GOLONGAN_BY_TYPE[type] && random.chance(0.18) ? "PPPK" : "PNS");
      const name = person ?? personName(random, type);
      const issued = issueNip({ gender: name.gender, kind, minAge, maxAge });
      const nip = person?.nip ?? issued.nip;
      // Whether this person will do is decided on the reference day, so the same people are drawn whatever the
      // day of seeding; the grade and golongan they hold are today's where the person allows.
      const lead = supervisor && typeOf.get(supervisor.id)!;
      const then = family ? fitGrade(family, type as FungsionalType, kind, nip, name, lead, REFERENCE_DAY) : type;
      if (!then || (kind === "PNS" && !golonganFor(then, nip, name, REFERENCE_DAY).length)) {
        if (person) throw new Error(`Demo person ${nip} cannot hold ${title} with their years of service`);
        continue;
      }
      const heldType = (family && fitGrade(family, type as FungsionalType, kind, nip, name, lead, asOf)) || then;
      const heldTitle = family ? `${family.family} ${FUNGSIONAL_GRADE_LABEL[heldType as FungsionalType]}` : title;
      const current = golonganFor(heldType, nip, name, asOf);
      const golongan = current.length ? current : golonganFor(heldType, nip, name, REFERENCE_DAY);
      const birthDate = `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`;
      const tmtMonth = nip.slice(12, 14) === "21" ? "01" : nip.slice(12, 14);
      const leader = leaderFor(supervisor, heldType);
      const employee: PlannedEmployee = {
        id: randomUUID(), nip, kind, birthDate,
        name: name.name, frontTitle: name.frontTitle, backTitle: name.backTitle, gender: name.gender,
        rank: kind === "PNS" ? pnsRank(random.pick(golongan)) : `Golongan ${random.pick(PPPK_GOLONGAN_BY_TYPE[heldType] ?? ["IX"])}`,
        serviceStartDate: `${nip.slice(8, 12)}-${tmtMonth}-01`,
        unitId: unit.id, positionId: position(unit, heldTitle, heldType).id, supervisorId: leader?.id ?? null, slot,
      };
      plan.employees.push(employee);
      typeOf.set(employee.id, heldType);
      byId.set(employee.id, employee);
      return employee;
    }
    throw new Error(`No plausible person found for ${title} in ${unit.code}`);
  }

  const fill = (template: PositionTemplate, unit: PlannedUnit) => {
    const place = unit.name.replace(UNIT_NAME_PREFIX_BY_KIND[unit.kind] ?? "", "");
    return template.title.replace("{unit}", unit.name).replace("{place}", place);
  };
  const head = (unit: PlannedUnit, supervisor: PlannedEmployee | null, slot?: string) => {
    const t = HEAD_TITLE_OVERRIDES[unit.code] ?? HEAD_TITLE_BY_UNIT_KIND[unit.kind];
    return hire(unit, fill(t, unit), t.type, supervisor, slot);
  };
  const staff = (unit: PlannedUnit, supervisor: PlannedEmployee, count: number, slot?: string) => {
    // Families without an OPD of their own (fire fighters, say) would look odd in an office; keep the general ones.
    const functional = FUNGSIONAL_TITLES.filter((f) => f.opd?.includes(unit.topCode) || (!f.opd && GENERAL_FAMILIES.has(f.family)));
    for (let i = 0; i < count; i++) {
      if (random.chance(0.45)) {
        const f = random.pick(functional);
        hire(unit, f.name, f.type, supervisor, i === 0 ? slot : undefined, FUNGSIONAL_FAMILIES.find((family) => family.family === f.family));
      } else hire(unit, random.pick(PELAKSANA_TITLES), "PELAKSANA", supervisor, i === 0 ? slot : undefined);
    }
  };
  const pengawas = (unit: PlannedUnit, supervisor: PlannedEmployee, titles: string[], n: number) => {
    for (const title of titles.slice(0, n)) staff(unit, hire(unit, title, "PENGAWAS", supervisor), random.int(1, 3));
  };

  const children = (unit: PlannedUnit) => plan.units.filter((u) => u.parentId === unit.id);
  const roots = plan.units.filter((u) => u.depth === 0);
  const setdaUnit = roots.find((u) => u.code === "SETDA")!;
  const sekda = head(setdaUnit, null);

  for (const opd of roots.filter((u) => u.kind === "OPD")) {
    const chief = opd === setdaUnit ? sekda : head(opd, sekda);
    const subs = children(opd);
    if (!subs.length) staff(opd, chief, random.int(4, 6));
    for (const sub of subs) {
      const lead = head(sub, chief, `head:${sub.code}`);
      const titles = SUB_HEAD_TITLES_BY_UNIT[sub.code] ?? SUB_HEAD_TITLES[sub.kind];
      pengawas(sub, lead, titles, sub.kind === "UPTD" ? 1 : random.int(1, 2));
      staff(sub, lead, random.int(2, 4), `staff:${sub.code}`);
    }
  }
  for (const kecamatan of roots.filter((u) => u.kind === "KECAMATAN")) {
    const camat = head(kecamatan, sekda);
    const sekcam = SECRETARY_TITLE_BY_UNIT_KIND.KECAMATAN!;
    staff(kecamatan, hire(kecamatan, fill(sekcam, kecamatan), sekcam.type, camat), 2);
    pengawas(kecamatan, camat, SUB_HEAD_TITLES.KECAMATAN, 2);
    for (const kelurahan of children(kecamatan)) {
      const lurah = head(kelurahan, camat);
      pengawas(kelurahan, lurah, SUB_HEAD_TITLES.KELURAHAN, 1);
      staff(kelurahan, lurah, random.int(1, 2));
    }
  }
  return plan;
}
