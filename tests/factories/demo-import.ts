// Two uploads of the demo agency's admin, checked by the import pipeline (lib/import/) and left unapplied, so
// the import pages have something to show and the page tests a run to open: one with bad rows (INVALID) and one
// ready to apply (READY). Neither changes anyone's data.
import type { Viewer } from "@/lib/auth/load-viewer";
import { uploadImport } from "@/lib/import/service";

const HEADER = "NIP;JENIS;TANGGAL MULAI;TANGGAL SELESAI;KETERANGAN";

/** Rina (the demo ASN) and Yusuf (the demo's study-leave example): their NIPs are fixed. */
export const DEMO_IMPORT_FILES = {
  invalid: {
    name: "cuti-triwulan-iv.csv",
    text: [HEADER, "199203152019032001;Cuti Besar;01-10-2026;31-10-2026;Cuti besar", "19920315201903200;Cuti Besar;01-11-2026;30-11-2026;", "199203152019032001;Cuti Panjang Sekali;01-12-2026;15-12-2026;"].join("\r\n"),
  },
  ready: {
    name: "tugas-belajar-2027.csv",
    text: [HEADER, "198805052014021003;Tugas Belajar;01-01-2027;31-12-2027;Program magister"].join("\r\n"),
  },
} as const;

export async function seedImportRuns(admin: Viewer): Promise<void> {
  for (const file of [DEMO_IMPORT_FILES.invalid, DEMO_IMPORT_FILES.ready]) {
    await uploadImport(admin, { kind: "inactivity-periods", file: new File([`\uFEFF${file.text}\r\n`], file.name, { type: "text/csv" }) });
  }
}
