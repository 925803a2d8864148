// Builds a program and an OPEN batch in a test world, through the real commands.
import { executeCommand } from "@/lib/action";
import type { Viewer } from "@/lib/auth/load-viewer";
import { createProgram } from "@/lib/catalog/commands";
import { createBatch, setBatchStatus } from "@/lib/batch/lifecycle";

export const day = (iso: string) => iso;

export async function openBatch(
  admin: Viewer,
  opts: {
    capacity?: number;
    quotas?: { unitId: string; seats: number }[];
    eligibleTypes?: string[];
    eligibleUnitIds?: string[];
    startDate?: string;
    endDate?: string;
    sessions?: { date: string; startMinute: number; endMinute: number; title: string; kind: string }[];
    opensAt?: Date;
    closesAt?: Date;
  } = {},
) {
  const { programId } = await executeCommand(createProgram, admin, {
    title: "Bimbingan Teknis Tata Kelola Data",
    routeCode: "KL10",
    organiser: "BKPP Kota Uji",
    eligibleTypes: opts.eligibleTypes ?? [],
    eligibleUnitIds: opts.eligibleUnitIds ?? [],
    budgetLines: [{ item: "Konsumsi peserta", volume: 210, unit: "OH", unitPrice: 143000, fundSource: "PAD" }],
  });
  const startDate = opts.startDate ?? "2030-03-02";
  const { batchId } = await executeCommand(createBatch, admin, {
    programId,
    number: 1,
    startDate,
    endDate: opts.endDate ?? startDate,
    capacity: opts.capacity ?? 30,
    registrationOpensAt: (opts.opensAt ?? new Date(Date.now() - 86_400_000)).toISOString(),
    registrationClosesAt: (opts.closesAt ?? new Date(Date.now() + 30 * 86_400_000)).toISOString(),
    quotas: opts.quotas ?? [],
    sessions: opts.sessions ?? [{ date: startDate, startMinute: 480, endMinute: 600, title: "Penyampaian materi", kind: "LEARNING" }],
  });
  await executeCommand(setBatchStatus, admin, { batchId, status: "OPEN" });
  return { programId, batchId };
}
