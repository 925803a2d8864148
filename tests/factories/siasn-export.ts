// SIASN-shaped "Export Data ASN" files for tests and bench/import: a workforce of n ASN in OPDs and their
// bidang, with SIASN's column names (ID/NAMA pairs, columns the import ignores), PPPK every tenth row, dates
// as SIASN writes them (dd-mm-yyyy). Deterministic: the same arguments give the same file, so re-importing it
// must change nothing. NIPs are unique for n up to ~9 million and agree with each row's birth date, sex and TMT.
import { composeNip } from "@/lib/people/nip";

export const SIASN_HEADER = [
  "PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN", "NIK",
  "EMAIL", "EMAIL GOV", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "TMT CPNS", "TMT PNS", "GOL AKHIR ID",
  "GOL AKHIR NAMA", "TMT GOLONGAN", "JENIS JABATAN NAMA", "JABATAN NAMA", "TMT JABATAN", "UNOR ID", "UNOR NAMA", "UNOR INDUK",
  "TINGKAT PENDIDIKAN NAMA",
] as const;

export type SiasnColumn = (typeof SIASN_HEADER)[number];
export type SiasnRow = Record<SiasnColumn, string>;

const GIVEN = ["Siti", "Budi", "Agus", "Dewi", "Rina", "Bambang", "Sri", "Eko", "Wahyu", "Lestari", "Nur", "Hendra"];
const FAMILY = ["Rahayu", "Santoso", "Wibowo", "Kusuma", "Nugroho", "Hidayat", "Saputra", "Permata", "Siregar", "Nasution"];
const PNS_RANKS = ["II/c", "III/a", "III/b", "III/c", "III/d", "IV/a"];
const DAY = 86_400_000;
const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The unit of person i: OPD k ("UNOR-k") or its bidang j ("UNOR-k-j"), about 50 people a unit. */
export function siasnUnit(i: number, n: number): { id: string; name: string; parent: string } {
  const units = Math.max(1, Math.ceil(n / 50));
  const opds = Math.max(1, Math.ceil(units / 5));
  const u = i % units;
  const k = u % opds;
  const j = Math.floor(u / opds);
  return j === 0 ? { id: `UNOR-${k + 1}`, name: `Dinas Nomor ${k + 1}`, parent: "" } : { id: `UNOR-${k + 1}-${j}`, name: `Bidang ${k + 1}.${j}`, parent: `UNOR-${k + 1}` };
}

/** Row i of an n-row export; `seed` shifts the NIPs so two files of one database never share one. */
export function siasnRow(i: number, n: number, seed = 0): SiasnRow {
  const pppk = i % 10 === 9;
  const female = i % 2 === 1;
  const birthMs = Date.UTC(1966, 0, 1) + ((i + seed * 1_000_003) % 9000) * DAY;
  const birth = isoOf(birthMs);
  const birthYear = Number(birth.slice(0, 4));
  const tmtYear = birthYear + 24 + (i % 4);
  const tmtMonth = (i % 12) + 1;
  const cpns = `${tmtYear}-${String(tmtMonth).padStart(2, "0")}-01`;
  const nip = composeNip({ birthDate: birth, tmtYear, tmtMonth: pppk ? null : tmtMonth, gender: female ? "F" : "M", sequence: (Math.floor((i + seed * 1_000_003) / 9000) % 999) + 1 });
  const unit = siasnUnit(i, n);
  const units = Math.max(1, Math.ceil(n / 50));
  const head = i < units; // the first person of each unit heads it
  const functional = !head && i % 3 === 0;
  const jabatan = head
    ? { kind: "Struktural", name: unit.parent ? `Kepala ${unit.name}` : `Kepala ${unit.name}` }
    : functional ? { kind: "Fungsional Tertentu", name: i % 2 ? "Analis Kebijakan Ahli Muda" : "Pranata Komputer Ahli Pertama" }
    : { kind: "Fungsional Umum", name: "Pengadministrasi Umum" };
  const given = GIVEN[i % GIVEN.length]!;
  const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
  return {
    "PNS ID": `A8ACA7${(1_000_000 + i + seed * 10_000_000).toString(16).toUpperCase()}`,
    "NIP BARU": nip,
    "NIP LAMA": pppk ? "" : String(100_000_000 + i),
    NAMA: `${given} ${family} ${i + 1}`,
    "GELAR DEPAN": i % 7 === 0 ? "Dr." : "",
    "GELAR BELAKANG": i % 3 === 0 ? "S.T., M.T." : "S.E.",
    "TEMPAT LAHIR": i % 2 ? "Semarang" : "Kabupaten Kepulauan Seribu",
    "TANGGAL LAHIR": dmy(birth),
    "JENIS KELAMIN": female ? "Perempuan" : "Laki-laki",
    NIK: String(3374000000000000 + i),
    EMAIL: `pegawai${i + 1}.${seed}@contoh.id`,
    "EMAIL GOV": i % 4 ? "" : `p${i + 1}.${seed}@pemkot.go.id`,
    "JENIS PEGAWAI NAMA": pppk ? "PPPK" : "PNS",
    "KEDUDUKAN HUKUM ID": pppk ? "71" : "01",
    "KEDUDUKAN HUKUM NAMA": pppk ? "PPPK Aktif" : "Aktif",
    "TMT CPNS": dmy(cpns),
    "TMT PNS": pppk ? "" : dmy(`${tmtYear + 1}-${String(tmtMonth).padStart(2, "0")}-01`),
    "GOL AKHIR ID": "",
    "GOL AKHIR NAMA": pppk ? "IX" : PNS_RANKS[i % PNS_RANKS.length]!,
    "TMT GOLONGAN": dmy(`${tmtYear + 8}-04-01`),
    "JENIS JABATAN NAMA": jabatan.kind,
    "JABATAN NAMA": jabatan.name,
    "TMT JABATAN": dmy(`${tmtYear + 10}-01-02`),
    "UNOR ID": unit.id,
    "UNOR NAMA": unit.name,
    "UNOR INDUK": unit.parent,
    "TINGKAT PENDIDIKAN NAMA": "S-1/Sarjana",
  };
}

export function siasnRows(n: number, seed = 0): SiasnRow[] {
  return Array.from({ length: n }, (_, i) => siasnRow(i, n, seed));
}

const field = (value: string, delimiter: string) => (value.includes(delimiter) || /["\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** The rows as Excel's Indonesian "CSV UTF-8" writes them: byte-order mark, ";" between fields, CRLF. */
export function siasnCsv(rows: readonly Partial<Record<string, string>>[], options: { delimiter?: string; columns?: readonly string[] } = {}): string {
  const { delimiter = ";", columns = SIASN_HEADER } = options;
  const lines = [columns.join(delimiter), ...rows.map((r) => columns.map((h) => field(r[h] ?? "", delimiter)).join(delimiter))];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
