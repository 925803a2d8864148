// Builders that write one thing each, used by integration tests and by the demo seed.
// They take the client as a parameter (no lib/db import), so they also run outside Next.
import { randomUUID } from "node:crypto";
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EmployeeKind, PositionType, Role, UnitKind } from "@/lib/generated/prisma/enums";
import { COMPETENCIES } from "./data/competencies";
import { nipIssuer } from "./names";
import { seededRandom } from "./random";

type Client = PrismaClient;

const hashes = new Map<string, Promise<string>>();
/** One argon2id hash per distinct password per process: hashing is deliberately slow. */
export function passwordHash(password: string): Promise<string> {
  if (!hashes.has(password)) hashes.set(password, hash(password)); // argon2id by default
  return hashes.get(password)!;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;
const issueNip = nipIssuer(seededRandom(Date.now() % 100000));

export async function createAgency(db: Client, data: { code?: string; name?: string } = {}) {
  const code = data.code ?? `AG${unique()}`.toUpperCase();
  return db.agency.create({
    data: { code, name: data.name ?? `Pemerintah Kabupaten ${code}`, region: "Kabupaten Uji", province: "Jawa Tengah" },
  });
}

export async function createUnit(
  db: Client,
  agencyId: string,
  data: { name?: string; code?: string; kind?: UnitKind; parent?: { id: string; path: string; depth: number } } = {},
) {
  const id = randomUUID();
  return db.orgUnit.create({
    data: {
      id,
      agencyId,
      parentId: data.parent?.id ?? null,
      code: data.code ?? `U-${unique()}`,
      name: data.name ?? "Dinas Uji Coba",
      kind: data.kind ?? (data.parent ? "BIDANG" : "OPD"),
      path: `${data.parent?.path ?? "/"}${id}/`,
      depth: data.parent ? data.parent.depth + 1 : 0,
    },
  });
}

export async function createEmployee(
  db: Client,
  data: {
    agencyId: string;
    unitId: string;
    supervisorId?: string | null;
    name?: string;
    kind?: EmployeeKind;
    positionType?: PositionType;
    positionName?: string;
    nip?: string;
    gender?: "M" | "F";
    serviceStartDate?: Date;
    serviceEndDate?: Date | null;
  },
) {
  const gender = data.gender ?? "F";
  const kind = data.kind ?? "PNS";
  const issued = issueNip({ gender, kind, minAge: 25, maxAge: 50 });
  const position = await db.position.create({
    data: {
      agencyId: data.agencyId,
      unitId: data.unitId,
      name: data.positionName ?? "Pengolah Data dan Informasi",
      type: data.positionType ?? "PELAKSANA",
    },
  });
  return db.employee.create({
    data: {
      agencyId: data.agencyId,
      nip: data.nip ?? issued.nip,
      name: data.name ?? `Pegawai ${unique()}`,
      kind,
      gender,
      birthDate: new Date(`${issued.birthDate}T00:00:00Z`),
      rank: kind === "PNS" ? "III/a" : "IX",
      unitId: data.unitId,
      positionId: position.id,
      supervisorId: data.supervisorId ?? null,
      serviceStartDate: data.serviceStartDate ?? new Date(Date.UTC(issued.tmtYear, 0, 1)),
      serviceEndDate: data.serviceEndDate ?? null,
    },
  });
}

export async function createUser(
  db: Client,
  data: {
    agencyId: string;
    employeeId?: string;
    email?: string;
    name?: string;
    password?: string;
    roles: { role: Role; unitId?: string }[];
  },
) {
  return db.user.create({
    data: {
      agencyId: data.agencyId,
      employeeId: data.employeeId ?? null,
      email: data.email ?? null,
      name: data.name ?? "Pengguna Uji",
      passwordHash: await passwordHash(data.password ?? "rahasia-uji-123"),
      roles: { create: data.roles.map((r) => ({ role: r.role, unitId: r.unitId ?? null })) },
    },
  });
}

/** The national catalog (managerial, socio-cultural, government) and the demo technical competencies. */
export async function createCompetencyCatalog(db: Client, agencyId: string) {
  const ids = new Map<string, string>();
  for (const c of COMPETENCIES) ids.set(c.code, randomUUID());
  await db.competency.createMany({
    data: COMPETENCIES.map((c) => ({ id: ids.get(c.code)!, agencyId, kind: c.kind, code: c.code, name: c.name, description: c.description, locked: c.kind === "MANAGERIAL" || c.kind === "SOCIOCULTURAL" })),
  });
  await db.competencyLevel.createMany({
    data: COMPETENCIES.flatMap((c) => c.levels.map((descriptor, i) => ({ agencyId, competencyId: ids.get(c.code)!, level: i + 1, descriptor }))),
  });
  return ids;
}
