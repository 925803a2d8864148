import { composeNip } from "@/lib/people/nip";
import type { PositionType } from "@/lib/generated/prisma/enums";
import {
  BACK_TITLE_DETAILS,
  EDGE_CASE_FULL_NAMES,
  FAMILY_OR_SECOND,
  FEMALE_GIVEN,
  GENDERED_FRONT_TITLES,
  MALE_GIVEN,
  type Gender,
} from "./data/people";
import type { Random } from "./random";

export type PersonName = { name: string; frontTitle: string | null; backTitle: string | null; gender: Gender };

/** Splits "Dr. Ir. Nama Lengkap, S.T., M.T." into titles and name. */
export function splitTitles(full: string): Omit<PersonName, "gender"> {
  const [head = "", ...back] = full.split(", ");
  const words = head.split(" ");
  const front: string[] = [];
  while (words.length > 1 && /\.$/.test(words[0]!) && words[0]!.length <= 5) front.push(words.shift()!);
  return { name: words.join(" "), frontTitle: front.join(" ") || null, backTitle: back.join(", ") || null };
}

const STRUCTURAL_SENIOR: PositionType[] = ["JPT_UTAMA", "JPT_MADYA", "JPT_PRATAMA", "ADMINISTRATOR"];

/** A realistic name whose titles fit the position: senior posts hold a master's, most others a bachelor's. */
export function personName(random: Random, type: PositionType, edgeCaseRate = 0.03): PersonName {
  if (random.chance(edgeCaseRate)) {
    const edge = random.pick(EDGE_CASE_FULL_NAMES);
    return { ...splitTitles(edge.name), gender: edge.gender };
  }
  const gender: Gender = random.chance(0.48) ? "F" : "M";
  const given = random.pick(gender === "M" ? MALE_GIVEN : FEMALE_GIVEN);
  const seconds = FAMILY_OR_SECOND.filter((f) => !f.gender || f.gender === gender);
  const name = given.includes(" ") || random.chance(0.2) ? given : `${given} ${random.pick(seconds).name}`;

  const titles = (level: string) => BACK_TITLE_DETAILS.filter((t) => t.level === level).map((t) => t.title);
  const back: string[] = [];
  const senior = STRUCTURAL_SENIOR.includes(type) || type === "FUNGSIONAL_AHLI_MADYA" || type === "FUNGSIONAL_AHLI_UTAMA";
  if (type === "PELAKSANA" || type === "FUNGSIONAL_PEMULA" || type === "FUNGSIONAL_TERAMPIL") {
    if (random.chance(0.5)) back.push(random.pick([...titles("D3"), ...titles("S1")]));
  } else {
    back.push(random.pick(titles("S1")));
    if (senior || random.chance(0.25)) back.push(random.pick(titles("S2")));
  }
  const frontTitle = senior && random.chance(0.12)
    ? random.pick(["Dr.", ...GENDERED_FRONT_TITLES.filter((t) => t.gender === gender).map((t) => t.title)])
    : null;
  return { name, frontTitle, backTitle: back.join(", ") || null, gender };
}

/** Hands out NIPs that are valid and never repeat within one run. */
export function nipIssuer(random: Random) {
  const used = new Set<string>();
  return (opts: { gender: Gender; kind: "PNS" | "PPPK"; minAge: number; maxAge: number; today?: Date }) => {
    const today = opts.today ?? new Date(Date.UTC(2026, 0, 1));
    for (;;) {
      const birthYear = today.getUTCFullYear() - random.int(opts.minAge, opts.maxAge);
      const birth = `${birthYear}-${String(random.int(1, 12)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}`;
      const tmtYear = opts.kind === "PPPK"
        ? random.int(2022, 2025)
        : Math.min(today.getUTCFullYear() - 1, birthYear + random.int(22, 30));
      const nip = composeNip({
        birthDate: birth,
        tmtYear,
        tmtMonth: opts.kind === "PPPK" ? null : random.pick([1, 3, 3, 4, 12]),
        gender: opts.gender,
        sequence: random.int(1, 250),
      });
      if (!used.has(nip)) {
        used.add(nip);
        return { nip, birthDate: birth, tmtYear };
      }
    }
  };
}
