"use server";
import { runServerActionForEach, type ActionState, type ItemOutcome } from "@/lib/action";
import { bulkDecisionSchema } from "./bulk-schemas";
import { decideAsAgency, decideAsSupervisor } from "./commands";

// Bulk decisions on registrations: the single decision command once per ticked row, each in its own
// transaction with its own checks and audit row (runServerActionForEach). The list updates its rows from the
// outcomes; nothing is re-rendered.

type Input = FormData | Record<string, unknown>;
type Decided = { status: string };

const itemsOf = (d: { enrolmentIds: string[]; approve: boolean; note: string }) =>
  d.enrolmentIds.map((id) => ({ id, input: { enrolmentId: id, approve: d.approve, note: d.note } }));

/** A supervisor approves or rejects the ticked registrations of their staff (/tim/persetujuan). */
export async function decideManyAsSupervisorAction(_prev: ActionState, form: Input): Promise<ActionState<ItemOutcome<Decided>[]>> {
  return runServerActionForEach(decideAsSupervisor, { schema: bulkDecisionSchema, rawInput: form, itemsOf });
}

/** The agency approves (seat or waiting list) or rejects the ticked registrations of a batch. */
export async function decideManyAsAgencyAction(_prev: ActionState, form: Input): Promise<ActionState<ItemOutcome<Decided>[]>> {
  return runServerActionForEach(decideAsAgency, { schema: bulkDecisionSchema, rawInput: form, itemsOf });
}
