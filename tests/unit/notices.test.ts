import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { id } from "@/lib/i18n/messages/id";
import { renderNotice } from "@/lib/notification/notices";

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
