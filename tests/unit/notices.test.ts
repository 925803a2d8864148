import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import { describeChanges, noticeTraining, renderNotice } from "@/lib/notification/notices";

describe("renderNotice", () => {
  const batch = { program: "Bimbingan Teknis SIPD", batch: 2 };

  it("names the training in the reader's language", () => {
    expect(renderNotice(id, "id", "promotedFromWaitlist", batch)).toEqual({
      title: "Anda mendapat kursi pelatihan",
      body: "Bimbingan Teknis SIPD angkatan 2: kursi terbuka dan Anda naik dari daftar tunggu.",
    });
    expect(renderNotice(en, "en", "promotedFromWaitlist", batch)).toEqual({
      title: "You got a training seat",
      body: "Bimbingan Teknis SIPD, batch 2: a seat opened and you moved up from the waiting list.",
    });
  });

  it("writes minutes as minutes and JP, and a due date as a date, in the reader's locale", () => {
    expect(renderNotice(id, "id", "jpCredited", { ...batch, minutes: 120 }).body).toBe("Bimbingan Teknis SIPD angkatan 2: 120 menit (2,67 JP) dicatat dalam riwayat JP Anda.");
    expect(renderNotice(en, "en", "jpCredited", { ...batch, minutes: 120 }).body).toBe("Bimbingan Teknis SIPD, batch 2: 120 min (2.67 JP) recorded in your JP history.");
    const reminder = { reminder: 1, name: "Rina", program: "SIPD", dueOn: "2026-06-10" };
    expect(renderNotice(id, "id", "feedbackReminder", reminder).body).toBe('Pengingat 1: umpan balik untuk Rina atas "SIPD" belum diisi (jatuh tempo 10 Juni 2026).');
    expect(renderNotice(en, "en", "feedbackReminder", reminder).body).toContain("(due 10 June 2026)");
  });

  it("adds a note or a reason after the body, labelled", () => {
    expect(renderNotice(id, "id", "agencyRejected", { ...batch, note: "Kuota OPD penuh" }).body).toBe("Bimbingan Teknis SIPD angkatan 2. Catatan: Kuota OPD penuh");
    expect(renderNotice(en, "en", "externalRejected", { title: "Bimtek SPBE", reason: "Tidak terbaca" }).body).toBe("Bimtek SPBE. Reason: Tidak terbaca");
  });

  it("shows rows from before notices had kinds with their stored words", () => {
    expect(renderNotice(en, "en", "legacy", { title: "Anda mendapat kursi pelatihan", body: "Kursi terbuka." })).toEqual({ title: "Anda mendapat kursi pelatihan", body: "Kursi terbuka." });
  });

  it("shows a kind it does not know plainly instead of failing, and survives params that are not an object", () => {
    expect(renderNotice(id, "id", "fromANewerVersion", null)).toEqual({ title: "Pemberitahuan", body: "Pemberitahuan ini dibuat oleh versi Bangkom yang lebih baru." });
    expect(renderNotice(id, "id", "nominated", "junk").body).toBe("{program} angkatan {batch}: operator OPD mengusulkan Anda; menunggu persetujuan atasan.");
  });
});

describe("schedule-change notices (issue 12)", () => {
  const moved = { program: "Bimbingan Teknis SIPD", batch: 2, fromDates: "2030-03-04/2030-03-06", toDates: "2030-03-11/2030-03-13", fromVenue: "Aula BKPSDM", toVenue: "Hotel Santika" };

  it("names the training, the batch and each change old → new, in the reader's language", () => {
    expect(renderNotice(id, "id", "batchScheduleChanged", moved).body).toBe(
      "Bimbingan Teknis SIPD angkatan 2 berubah: tanggal 4–6 Maret 2030 → 11–13 Maret 2030; tempat Aula BKPSDM → Hotel Santika. Unduh ulang berkas kalender (ICS) agar kalender Anda ikut berubah.",
    );
    expect(renderNotice(en, "en", "batchScheduleChanged", moved).body).toMatch(/dates 4\s*–\s*6 March 2030 → 11\s*–\s*13 March 2030; venue Aula BKPSDM → Hotel Santika/);
  });

  it("says only what changed, and an emptied venue as not yet set", () => {
    expect(describeChanges(id, "id", { fromVenue: "Aula", toVenue: "" })).toBe("tempat Aula → (belum ditentukan)");
    expect(describeChanges(id, "id", { fromTime: "08:00–10:00", toTime: "09:00–11:00" })).toBe("waktu 08:00–10:00 → 09:00–11:00");
    expect(describeChanges(id, "id", { cancelledSession: 1 })).toBe("sesi dibatalkan");
    expect(describeChanges(id, "id", {})).toBe("");
  });
});

describe("noticeTraining", () => {
  it("names the training and batch of a notice, with the program's id when the row carries it", () => {
    expect(noticeTraining(id, "agencyConfirmed", { program: "SIPD", batch: 2, programId: "p1" })).toEqual({ title: "SIPD", programId: "p1", label: "SIPD · angkatan 2" });
    expect(noticeTraining(en, "agencyConfirmed", { program: "SIPD", batch: 2 })).toEqual({ title: "SIPD", programId: null, label: "SIPD · batch 2" });
  });

  it("names an external training by its title, but never reads a legacy row's heading as a training", () => {
    expect(noticeTraining(id, "externalVerified", { title: "Bimtek SPBE", minutes: 120, year: 2026 })?.label).toBe("Bimtek SPBE");
    expect(noticeTraining(id, "legacy", { title: "Pendaftaran dikonfirmasi", body: "…" })).toBeNull();
    expect(noticeTraining(id, "agencyConfirmed", {})).toBeNull();
  });
});
