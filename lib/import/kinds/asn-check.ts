// The SIASN ASN import's checks that need every row or the database (decision 0021): the same NIP twice in the
// file (an error on each of its lines), a NIP that is another agency's employee (an error that does not say
// which agency), a NIP ATASAN that nobody has, chains of NIP ATASAN or UNOR INDUK that run in a circle.
import type { ImportContext, ParsedRow } from "../define";
import type { AsnField } from "./asn-headers";
import type { AsnRow } from "./asn-row";

type Problem = { line: number; field: AsnField | null; message: string };

const lineList = (lines: number[]) => lines.join(", ");
export const normalName = (text: string) => text.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** The lines of each NIP that appears more than once, each line told where the others are. */
export function duplicateNips(rows: readonly ParsedRow<AsnRow>[]): Problem[] {
  const lines = new Map<string, number[]>();
  for (const { line, value } of rows) (lines.get(value.nip) ?? lines.set(value.nip, []).get(value.nip)!).push(line);
  const problems: Problem[] = [];
  for (const group of lines.values()) {
    if (group.length < 2) continue;
    for (const line of group) problems.push({ line, field: "nip", message: `NIP ini ada lebih dari sekali di berkas (juga di baris ${lineList(group.filter((l) => l !== line))}).` });
  }
  return problems;
}

/** Rows whose chain of NIP ATASAN within the file comes back to them. */
export function supervisorCycles(rows: readonly ParsedRow<AsnRow>[]): Problem[] {
  const boss = new Map(rows.map((r) => [r.value.nip, r.value.supervisorNip]));
  const problems: Problem[] = [];
  for (const { line, value } of rows) {
    const seen = new Set<string>([value.nip]);
    for (let next = value.supervisorNip; next && boss.has(next); next = boss.get(next) ?? null) {
      if (next === value.nip) {
        problems.push({ line, field: "supervisorNip", message: "NIP ATASAN membentuk lingkaran: pegawai ini menjadi atasan dari atasannya sendiri." });
        break;
      }
      if (seen.has(next)) break; // a circle further up, reported on its own lines
      seen.add(next);
    }
  }
  return problems;
}

/** Rows whose unit's chain of UNOR INDUK (by UNOR ID) within the file comes back to it. */
export function unitCycles(rows: readonly ParsedRow<AsnRow>[]): Problem[] {
  const parent = new Map<string, string | null>();
  for (const { value } of rows) if (!parent.has(value.unorId)) parent.set(value.unorId, value.unorParent);
  const circular = new Set<string>();
  for (const start of parent.keys()) {
    let next = parent.get(start);
    if (next === start) continue; // a unit naming itself as its parent is a root
    const seen = new Set<string>([start]);
    while (next && parent.has(next)) {
      if (next === start) {
        circular.add(start);
        break;
      }
      if (seen.has(next)) break; // a circle further up, reported on its own units' lines
      seen.add(next);
      next = parent.get(next);
    }
  }
  return rows
    .filter((r) => circular.has(r.value.unorId))
    .map((r) => ({ line: r.line, field: "unorParent" as const, message: "UNOR INDUK membentuk lingkaran: unit ini menjadi induk dari induknya sendiri." }));
}

export async function checkAsnRows(rows: readonly ParsedRow<AsnRow>[], { agencyId, tx }: ImportContext): Promise<Problem[]> {
  const problems = [...duplicateNips(rows), ...supervisorCycles(rows), ...unitCycles(rows)];
  const nips = [...new Set(rows.map((r) => r.value.nip))];
  const elsewhere = new Set(
    (await tx.$queryRaw<{ nip: string }[]>`SELECT nip FROM "Employee" WHERE nip = ANY(${nips}::text[]) AND "agencyId" <> ${agencyId}::uuid`).map((r) => r.nip),
  );
  for (const { line, value } of rows) {
    // Which agency is not said: that is another agency's business.
    if (elsewhere.has(value.nip)) problems.push({ line, field: "nip", message: "NIP ini terdaftar sebagai pegawai instansi lain; tidak dapat diimpor." });
  }
  const inFile = new Set(nips);
  const asked = [...new Set(rows.flatMap((r) => (r.value.supervisorNip && !inFile.has(r.value.supervisorNip) ? [r.value.supervisorNip] : [])))];
  const known = new Set(
    asked.length
      ? (await tx.$queryRaw<{ nip: string }[]>`SELECT nip FROM "Employee" WHERE nip = ANY(${asked}::text[]) AND "agencyId" = ${agencyId}::uuid`).map((r) => r.nip)
      : [],
  );
  for (const { line, value } of rows) {
    const boss = value.supervisorNip;
    if (boss && !inFile.has(boss) && !known.has(boss)) {
      problems.push({ line, field: "supervisorNip", message: "NIP ATASAN tidak ada di berkas ini maupun di data pegawai instansi ini." });
    } else if (boss && elsewhere.has(boss)) {
      problems.push({ line, field: "supervisorNip", message: "NIP ATASAN tidak ada di berkas ini maupun di data pegawai instansi ini." });
    }
  }
  return problems.sort((a, b) => a.line - b.line);
}
