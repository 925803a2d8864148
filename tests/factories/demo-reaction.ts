// The demo agency's level-1 evaluation questionnaire, created through the app's own command. Seeded before
// any batch is closed, so closing the demo batches invites their participants to it.
import { executeCommand } from "@/lib/action";
import { loadViewer } from "@/lib/auth/load-viewer";
import { db } from "@/lib/db";
import { createQuestionSet } from "@/lib/reaction/set-commands";
import type { QuestionSetInput } from "@/lib/reaction/schemas";

export const DEFAULT_REACTION_SET: QuestionSetInput = {
  name: "Evaluasi Penyelenggaraan Pelatihan (Level 1)",
  anonymous: true,
  active: true,
  questions: [
    { aspect: "MATERIAL", text: "Materi pelatihan sesuai dengan tujuan pelatihan yang diumumkan." },
    { aspect: "MATERIAL", text: "Materi disajikan runtut dan mudah dipahami." },
    { aspect: "TRAINER", text: "Pengajar menguasai materi yang disampaikan." },
    { aspect: "TRAINER", text: "Pengajar menyampaikan materi dengan jelas dan memberi kesempatan bertanya." },
    { aspect: "ORGANISATION", text: "Jadwal pelatihan dilaksanakan tepat waktu sesuai rundown." },
    { aspect: "ORGANISATION", text: "Panitia memberikan informasi dan layanan yang memadai." },
    { aspect: "FACILITIES", text: "Ruang, peralatan, dan konsumsi mendukung kegiatan belajar." },
    { aspect: "RELEVANCE", text: "Materi pelatihan relevan dengan tugas dan pekerjaan saya." },
    { aspect: "RELEVANCE", text: "Saya dapat menerapkan hasil pelatihan ini di tempat kerja." },
  ],
};

/** Creates the default (anonymous, active) question set for the agency, as its admin. */
export async function seedReactionSet(agencyId: string): Promise<{ setId: string }> {
  const adminUser = await db.user.findFirstOrThrow({
    where: { agencyId, email: { not: null }, roles: { some: { role: "ADMIN" } } },
    select: { id: true },
    orderBy: { email: "asc" },
  });
  const admin = await loadViewer(adminUser.id);
  if (!admin) throw new Error("The demo admin cannot sign in");
  return executeCommand(createQuestionSet, admin, DEFAULT_REACTION_SET);
}
