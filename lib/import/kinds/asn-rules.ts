// Pure rules of the SIASN ASN import: what a JENIS KELAMIN, JENIS PEGAWAI / KEDUDUKAN HUKUM, GOL AKHIR and
// JENIS JABATAN cell means, and whether a NIP agrees with the row's birth date, sex and TMT CPNS. No I/O.
import type { EmployeeKind, Gender, PositionType } from "@/lib/generated/prisma/enums";
import { parseNip, type NipError } from "@/lib/people/nip";

const squash = (text: string) => text.normalize("NFKC").toLowerCase().replace(/[\s_.\-/()]+/g, "");

const GENDER_WORDS: Record<string, Gender> = {
  l: "M", lk: "M", laki: "M", lakilaki: "M", pria: "M", m: "M", male: "M", "1": "M",
  p: "F", pr: "F", perempuan: "F", wanita: "F", f: "F", female: "F", "2": "F",
};

/** "Laki-laki", "L", "PRIA" → M; "Perempuan", "P", "Wanita" → F; anything else null. */
export function genderOf(text: string): Gender | null {
  return GENDER_WORDS[squash(text)] ?? null;
}

/** SIASN's KEDUDUKAN HUKUM ids of PPPK (DOMAIN.md: 71/72/73). */
const PPPK_LEGAL_STATUS_IDS = new Set(["71", "72", "73"]);

/**
 * PNS or PPPK, from JENIS PEGAWAI ("PPPK", "P3K", "Pegawai Pemerintah dengan Perjanjian Kerja") and KEDUDUKAN
 * HUKUM (id 71–73 or a name with PPPK); null when neither says (the NIP then decides).
 */
export function employeeKindOf(cells: { employeeType: string; legalStatusId: string; legalStatus: string }): EmployeeKind | null {
  const type = squash(cells.employeeType);
  const status = squash(cells.legalStatus);
  const pppk = (t: string) => t.includes("pppk") || t.includes("p3k") || t.includes("perjanjiankerja");
  if (pppk(type) || PPPK_LEGAL_STATUS_IDS.has(cells.legalStatusId.trim()) || pppk(status)) return "PPPK";
  if (type.includes("pns") || type.includes("pegawainegerisipil")) return "PNS";
  return null;
}

const PNS_ROMAN = ["I", "II", "III", "IV"] as const;
const PPPK_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII"];

export type Rank = { system: "PNS" | "PPPK"; rank: string };

/**
 * A GOL AKHIR cell: a PNS golongan "III/a" (also "III a", "IIIa", "III-A", "Penata Muda (III/a)", SIASN's id
 * "31") or a PPPK golongan "IX" (also "Golongan IX"); null when it is neither.
 */
export function rankOf(text: string): Rank | null {
  const cell = text.normalize("NFKC").trim().toUpperCase();
  if (!cell) return null;
  const pns = /(?:^|[^A-Z])(IV|III|II|I)\s*[/\-\s]?\s*([A-E])(?:$|[^A-Z])/.exec(cell);
  if (pns) {
    const group = pns[1]!;
    const letter = pns[2]!.toLowerCase();
    if (group !== "IV" && letter === "e") return null;
    return { system: "PNS", rank: `${group}/${letter}` };
  }
  const id = /^([1-4])([1-5])$/.exec(cell);
  if (id) {
    const group = PNS_ROMAN[Number(id[1]) - 1]!;
    if (id[2] === "5" && group !== "IV") return null;
    return { system: "PNS", rank: `${group}/${"abcde"[Number(id[2]) - 1]}` };
  }
  const pppk = /^(?:GOLONGAN|GOL)?\s*([IVX]+)$/.exec(cell);
  if (pppk && PPPK_ROMAN.includes(pppk[1]!)) return { system: "PPPK", rank: pppk[1]! };
  return null;
}

const FUNCTIONAL_LEVELS: [RegExp, PositionType][] = [
  [/ahli\s*utama/, "FUNGSIONAL_AHLI_UTAMA"],
  [/ahli\s*madya/, "FUNGSIONAL_AHLI_MADYA"],
  [/ahli\s*muda/, "FUNGSIONAL_AHLI_MUDA"],
  [/ahli\s*pertama/, "FUNGSIONAL_AHLI_PERTAMA"],
  [/penyelia/, "FUNGSIONAL_PENYELIA"],
  [/mahir/, "FUNGSIONAL_MAHIR"],
  [/terampil|pelaksana\s*lanjutan/, "FUNGSIONAL_TERAMPIL"],
  [/pemula/, "FUNGSIONAL_PEMULA"],
];

const STRUCTURAL_WORDS: [RegExp, PositionType][] = [
  [/jpt\s*utama|pimpinan\s*tinggi\s*utama|eselon\s*i[\s.-]*a\b|\besel?on\s*1\b/, "JPT_UTAMA"],
  [/jpt\s*madya|pimpinan\s*tinggi\s*madya/, "JPT_MADYA"],
  [/jpt|pimpinan\s*tinggi|eselon\s*ii\b|eselon\s*2|sekretaris\s*daerah|kepala\s*(dinas|badan)\b|staf\s*ahli|asisten\b/, "JPT_PRATAMA"],
  [/administrator|eselon\s*iii\b|eselon\s*3|kepala\s*bidang|kepala\s*bagian|\bcamat\b|sekretaris\s*(dinas|badan)/, "ADMINISTRATOR"],
  [/pengawas|eselon\s*iv\b|eselon\s*4|kepala\s*(seksi|sub\s*bagian|subbagian|sub\s*bidang|subbidang|upt)|\bkasubag|\blurah\b/, "PENGAWAS"],
];

/**
 * A position's type from JENIS JABATAN (SIASN: "Struktural", "Fungsional Tertentu", "Fungsional Umum"/"Pelaksana";
 * or Bangkom's own words "JPT Pratama", "Administrator", …) and, for functional and structural positions, the
 * level words of JABATAN NAMA ("Pranata Komputer Ahli Muda", "Kepala Seksi …"). Null when it cannot be told.
 */
export function positionTypeOf(kindText: string, positionName: string): PositionType | null {
  const kind = kindText.normalize("NFKC").toLowerCase();
  const name = positionName.normalize("NFKC").toLowerCase();
  if (/fungsional\s*umum|pelaksana|\bjfu\b/.test(kind)) return "PELAKSANA";
  if (/fungsional|\bjft\b/.test(kind)) return FUNCTIONAL_LEVELS.find(([re]) => re.test(name) || re.test(kind))?.[1] ?? null;
  for (const [re, type] of STRUCTURAL_WORDS) if (re.test(kind)) return type;
  if (/struktural/.test(kind)) return STRUCTURAL_WORDS.find(([re]) => re.test(name))?.[1] ?? null;
  return null;
}

/** A problem of a NIP against its row: an error blocks the apply, a warning is shown. */
export type NipFinding = { severity: "error" | "warning"; field: "nip" | "gender" | "cpnsDate"; message: string };

const NIP_ERRORS: Record<NipError, string> = {
  length: "NIP harus 18 angka.",
  birthDate: "8 angka pertama NIP bukan tanggal lahir yang ada.",
  tmtMonth: "Angka ke-13 dan ke-14 NIP (bulan TMT) harus 01–12, atau 21 untuk PPPK.",
  tmtYear: "Tahun TMT di NIP (angka ke-9 sampai ke-12) tidak mungkin untuk tanggal lahirnya.",
  gender: "Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.",
  sequence: "Nomor urut NIP (3 angka terakhir) tidak boleh 000.",
};

/**
 * The NIP's own shape and its agreement with the row (decision 0021): a NIP that is not a NIP, or whose birth
 * date differs from TANGGAL LAHIR (the person's identity is inconsistent), is an error; a sex digit differing
 * from JENIS KELAMIN, a TMT part differing from TMT CPNS, or a PNS/PPPK pattern differing from JENIS PEGAWAI is
 * a warning the admin sees. The row's values are kept as the file gives them: nothing is fixed silently.
 */
export function nipFindings(
  nip: string,
  row: { kind: EmployeeKind; birthDate: string | null; gender: Gender | null; cpnsDate: string | null },
  today: Date = new Date(),
): NipFinding[] {
  const parsed = parseNip(nip, today);
  if (!parsed.ok) return [{ severity: "error", field: "nip", message: NIP_ERRORS[parsed.error] }];
  const n = parsed.value;
  const findings: NipFinding[] = [];
  if (row.birthDate && n.birthDate !== row.birthDate) {
    findings.push({ severity: "error", field: "nip", message: `NIP tidak cocok dengan TANGGAL LAHIR (NIP: ${n.birthDate}, TANGGAL LAHIR: ${row.birthDate}).` });
  }
  if (row.gender && n.gender !== row.gender) {
    findings.push({ severity: "warning", field: "gender", message: `NIP tidak cocok dengan JENIS KELAMIN (angka ke-15 NIP menyatakan ${n.gender === "M" ? "laki-laki" : "perempuan"}).` });
  }
  if (n.kind !== row.kind) {
    findings.push({ severity: "warning", field: "nip", message: `Pola NIP menunjukkan ${n.kind}, tetapi baris ini ${row.kind}.` });
  } else if (row.cpnsDate) {
    const tmt = n.tmtMonth === null ? String(n.tmtYear) : `${n.tmtYear}-${String(n.tmtMonth).padStart(2, "0")}`;
    if (!row.cpnsDate.startsWith(tmt)) {
      findings.push({ severity: "warning", field: "cpnsDate", message: `NIP tidak cocok dengan TMT CPNS (NIP: ${tmt}, TMT CPNS: ${row.cpnsDate.slice(0, tmt.length)}).` });
    }
  }
  return findings;
}
