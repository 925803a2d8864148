// A crowd of PNS with valid, distinct NIPs spread over a few units: the participants of burst and crash tests.
import { composeNip } from "@/lib/people/nip";

export function crowdOfPns(count: number, at: { agencyId: string; unitIds: readonly string[]; positionId: string }) {
  return Array.from({ length: count }, (_, i) => ({
    agencyId: at.agencyId,
    nip: composeNip({ birthDate: `1990-01-${String((i % 28) + 1).padStart(2, "0")}`, tmtYear: 2015, tmtMonth: 3, gender: i % 2 ? "M" : "F", sequence: Math.floor(i / 28) + 101 }),
    name: `Peserta ${String(i + 1).padStart(3, "0")}`,
    kind: "PNS" as const,
    gender: i % 2 ? ("M" as const) : ("F" as const),
    birthDate: new Date("1990-01-01"),
    rank: "II/c",
    unitId: at.unitIds[i % at.unitIds.length]!,
    positionId: at.positionId,
    serviceStartDate: new Date("2015-03-01"),
  }));
}
