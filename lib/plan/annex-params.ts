// The plan documents' address: /…/rencana/[year]/… with an optional ?versi=n (0 = murni, 1… = perubahan).
// Checked before anything is read; pure (tests/unit/plan-annex-rules.test.ts).
import { MAX_YEAR, MIN_YEAR, type Parsed } from "@/lib/export/params";

export type AnnexRequest = { year: number; version: number | undefined };

export function parseAnnexRequest(yearParam: string, search: URLSearchParams): Parsed<AnnexRequest> {
  for (const name of new Set(search.keys())) {
    if (name !== "versi") return { ok: false, message: `Parameter tidak dikenal: "${name}". Yang diterima: versi.` };
  }
  if (search.getAll("versi").length > 1) return { ok: false, message: `Parameter "versi" hanya boleh diberikan sekali.` };
  if (!/^\d{4}$/.test(yearParam) || Number(yearParam) < MIN_YEAR || Number(yearParam) > MAX_YEAR) {
    return { ok: false, message: `Tahun harus empat digit antara ${MIN_YEAR} dan ${MAX_YEAR}.` };
  }
  const raw = search.get("versi")?.trim();
  if (raw && !/^\d{1,3}$/.test(raw)) return { ok: false, message: `Parameter "versi" harus nomor versi: 0 untuk murni, 1, 2, … untuk perubahan.` };
  return { ok: true, value: { year: Number(yearParam), version: raw ? Number(raw) : undefined } };
}

/** The annex file's name: lampiran-rencana-2026-murni, lampiran-rencana-2026-perubahan-1. ASCII only. */
export function annexFilename(year: number, versionNumber: number): string {
  return `lampiran-rencana-${year}-${versionNumber === 0 ? "murni" : `perubahan-${versionNumber}`}`;
}
