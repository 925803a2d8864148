import "server-only";
// Checks an uploaded import run: reads the stored file as a stream, matches the headers, parses every row,
// stores each row as received with its problems (ImportRow), runs the kind's cross-row checks and, when no row
// has an error (warnings block nothing), the dry run. Progress is written every BATCH rows, so a page can poll it (queries.ts). Runs
// inline for small files and in the job queue for large ones (queue.ts); a job that is retried after a crash
// starts the check over (its rows are deleted first), so running it twice is harmless.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ParsedRow, RowProblem } from "./define";
import { decodeCsv } from "./csv-source";
import { matchHeaders, type HeaderMatch } from "./headers";
import { importKind } from "./kinds";
import { ImportRefusal, isImportRefusal } from "./refusal";
import { columnName, parseOneRow } from "./rows";
import { dryRun, type ImportSummary } from "./run-summary";
import { isBlankRow, readTable } from "./table";

/** Rows written (and progress reported) at a time. */
export const CHECK_BATCH = 1_000;

type StoredRow = { line: number; cells: string[]; problems?: RowProblem[] };

export async function checkImportRun(agencyId: string, runId: string): Promise<void> {
  const where = { agencyId_id: { agencyId, id: runId } };
  // updateMany, not update: an update answers with the whole row, and the row holds the file's bytes.
  const setRun = (data: Prisma.ImportRunUpdateManyMutationInput) => db.importRun.updateMany({ where: { agencyId, id: runId }, data });
  const run = await db.importRun.findUnique({ where, select: { kind: true, fileName: true, original: true, status: true, format: true } });
  if (!run || run.status !== "CHECKING") return; // already checked: a job delivered twice
  const kind = importKind(run.kind);
  await db.importRow.deleteMany({ where: { agencyId, runId } });
  const summary: ImportSummary = run.format === "csv" ? { dialect: decodeCsv(run.original).dialect } : {};
  let rowCount = 0;
  let problemCount = 0;
  /** Lines with a warning (and no error found while parsing). */
  const warned = new Set<number>();
  // The database stores one batch of rows while the next is parsed: at most one write in flight, in file order.
  let writing: Promise<void> = Promise.resolve();
  try {
    let match: HeaderMatch | null = null;
    const good: ParsedRow<unknown>[] = [];
    let batch: StoredRow[] = [];
    const flush = async (done: number) => {
      const rows = JSON.stringify(batch);
      const progress = { progressDone: done, rowCount, problemCount };
      batch = [];
      await writing;
      writing = (async () => {
        if (rows !== "[]") {
          await db.$executeRaw`
            INSERT INTO "ImportRow" ("agencyId", "runId", line, cells, problems)
            SELECT ${agencyId}::uuid, ${runId}::uuid, r.line, r.cells, r.problems
            FROM json_to_recordset(${rows}::json) AS r(line int, cells jsonb, problems jsonb)`;
        }
        await setRun(progress);
      })();
      writing.catch(() => {}); // awaited by the next flush or after the last row; not an unhandled rejection meanwhile
    };
    for await (const { line, cells } of readTable({ fileName: run.fileName, bytes: run.original }, kind.limits)) {
      if (isBlankRow(cells)) continue;
      if (!match) {
        match = matchHeaders(kind.headers, cells);
        Object.assign(summary, { headerLine: line, columns: match.columns, headerNames: match.names, ignoredHeaders: match.ignored });
        if (match.missing.length) throw new ImportRefusal("missingHeaders", { headers: match.missing.join(", ") });
        continue;
      }
      rowCount += 1;
      const parsed = parseOneRow(kind, match, line, cells);
      if (parsed.ok) good.push(parsed.row);
      else problemCount += 1;
      if (parsed.ok && parsed.warnings.length) warned.add(line);
      const problems = parsed.ok ? (parsed.warnings.length ? parsed.warnings : undefined) : parsed.problems;
      batch.push({ line, cells, problems });
      if (batch.length >= CHECK_BATCH) await flush(line);
    }
    if (!match) throw new ImportRefusal("noHeader");
    await flush(rowCount);
    await writing;

    const crossRow = kind.checkRows ? await db.$transaction((tx) => kind.checkRows!(good, { agencyId, tx }), { timeout: 120_000 }) : [];
    if (crossRow.length) {
      const byLine = new Map<number, RowProblem[]>();
      const erred = new Set<number>();
      for (const p of crossRow) {
        const list = byLine.get(p.line) ?? byLine.set(p.line, []).get(p.line)!;
        const severity = p.severity ?? "error";
        list.push({ line: p.line, column: columnName(kind, match, p.field), message: p.message, severity });
        if (severity === "error") erred.add(p.line);
        else warned.add(p.line);
      }
      const updates = [...byLine].map(([line, problems]) => ({ line, problems }));
      await db.$executeRaw`
        UPDATE "ImportRow" r SET problems = COALESCE(r.problems, '[]'::jsonb) || p.problems
        FROM jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) AS p(line int, problems jsonb)
        WHERE r."runId" = ${runId}::uuid AND r."agencyId" = ${agencyId}::uuid AND r.line = p.line`;
      problemCount += erred.size; // checkRows sees only rows that parsed, so these lines had no error yet
    }
    summary.warningCount = warned.size;
    if (problemCount === 0) {
      const plan = await db.$transaction((tx) => kind.plan(good, { agencyId, tx }), { timeout: 120_000 });
      Object.assign(summary, dryRun(plan));
    }
    await setRun({ status: problemCount ? "INVALID" : "READY", rowCount, problemCount, progressDone: rowCount, progressTotal: rowCount, summary, checkedAt: new Date() });
  } catch (error) {
    await writing.catch(() => {}); // the run's last word comes after any write still in flight
    if (!isImportRefusal(error)) {
      await setRun({ status: "FAILED", checkedAt: new Date() });
      throw error;
    }
    summary.refusal = { reason: error.reason, values: error.values ?? {} };
    await setRun({ status: "INVALID", rowCount, problemCount, summary, checkedAt: new Date() });
  }
}
