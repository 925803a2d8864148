import "server-only";
import type { db, Tx } from "@/lib/db";
import { expandQuestions, type SheetItem, type TrainerLike } from "./rules";

// The sheet a participant answers: the invite's set of questions, with TRAINER questions once per trainer
// who taught a (not cancelled) session of the batch. Used by the questionnaire page and by the commands.

type Client = Tx | typeof db;

export async function batchTrainers(client: Client, agencyId: string, batchId: string): Promise<TrainerLike[]> {
  return client.trainer.findMany({
    where: { agencyId, sessions: { some: { session: { batchId, agencyId, cancelled: false } } } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function sheetItems(client: Client, agencyId: string, invite: { batchId: string; questionSetId: string }): Promise<SheetItem[]> {
  const [questions, trainers] = await Promise.all([
    client.question.findMany({ where: { setId: invite.questionSetId, set: { agencyId } }, select: { id: true, aspect: true, text: true, position: true } }),
    batchTrainers(client, agencyId, invite.batchId),
  ]);
  return expandQuestions(questions, trainers);
}
