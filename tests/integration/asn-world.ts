// An empty agency with an admin, for the ASN import's tests; plus a second agency with one employee, whose
// NIP the first must not be able to import. Helpers to upload an ASN file and read the agency's state.
import { db } from "@/lib/db";
import { loadViewer, type Viewer } from "@/lib/auth/load-viewer";
import { importProgress } from "@/lib/import/queries";
import { uploadImport } from "@/lib/import/service";
import { createAgency, createEmployee, createUnit, createUser } from "../factories/db";

export async function emptyAgency() {
  const agency = await createAgency(db, { name: "Pemerintah Kota Impor" });
  const user = await createUser(db, { agencyId: agency.id, email: `admin-${agency.code.toLowerCase()}@uji.go.id`, roles: [{ role: "ADMIN" }] });
  const other = await createAgency(db, { name: "Pemerintah Kabupaten Tetangga" });
  const outsider = await createEmployee(db, { agencyId: other.id, unitId: (await createUnit(db, other.id, { name: "Dinas Tetangga" })).id, name: "Pegawai Tetangga" });
  const admin: Viewer = (await loadViewer(user.id))!;
  return { agency, admin, userId: user.id, other, outsider };
}

export const csvFile = (text: string, name = "ekspor-siasn.csv") => new File([text], name, { type: "text/csv" });

export async function uploadAsn(admin: Viewer, file: File) {
  const { runId, queued } = await uploadImport(admin, { kind: "asn", file });
  return { runId, queued, progress: (await importProgress(admin, runId))! };
}

/** Counts and a checksum of every row of the agency's people tables: equal before and after means nothing changed. */
export async function agencyState(agencyId: string) {
  const tables = ["Employee", "OrgUnit", "Position", "EmployeeAssignment"] as const;
  const out: Record<string, { count: number; checksum: string | null }> = {};
  for (const table of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: number; checksum: string | null }[]>(
      `SELECT count(*)::int AS count, md5(string_agg(t::text, '|' ORDER BY t.id)) AS checksum FROM "${table}" t WHERE t."agencyId" = $1::uuid`,
      agencyId,
    );
    out[table] = row!;
  }
  const [audit] = await db.$queryRawUnsafe<{ count: number }[]>(`SELECT count(*)::int AS count FROM "AuditLog" WHERE "agencyId" = $1::uuid`, agencyId);
  out.AuditLog = { count: audit!.count, checksum: null };
  return out;
}
