import { describe, it, expect } from "vitest";
import type { Role } from "@/lib/auth/permissions";
import { navigationFor, navigationSections } from "@/lib/ui/navigation";
import { id } from "@/lib/i18n/messages/id";
import { en } from "@/lib/i18n/messages/en";

const hrefs = (roles: Role[]) => navigationFor(roles, id).map((item) => item.href);

describe("navigationFor", () => {
  it.each<[Role[], string[]]>([
    [["ADMIN"], ["/admin", "/admin/pelatihan", "/admin/pegawai", "/admin/organisasi", "/admin/jabatan", "/admin/akun", "/admin/impor", "/admin/audit", "/admin/kepatuhan", "/admin/verifikasi", "/admin/kebijakan", "/admin/evaluasi", "/admin/umpan-balik", "/admin/sertifikat", "/admin/kompetensi", "/admin/kompetensi/jabatan", "/admin/kebutuhan-pelatihan", "/admin/kamus-kompetensi", "/admin/kompetensi/pengaturan", "/admin/rencana", "/pelatihan", "/kotak-masuk"]],
    [["OPERATOR"], ["/admin/pegawai", "/admin/kepatuhan", "/admin/verifikasi", "/admin/organisasi", "/admin/jabatan", "/admin/akun", "/admin/audit", "/admin/kompetensi", "/admin/kompetensi/jabatan", "/admin/kebutuhan-pelatihan", "/admin/usulan-rencana", "/pelatihan", "/kotak-masuk"]],
    [["SUPERVISOR"], ["/tim", "/tim/jp", "/tim/persetujuan", "/tim/umpan-balik", "/tim/kompetensi", "/kotak-masuk"]],
    [["ASN"], ["/beranda", "/jp", "/kompetensi-saya", "/pelatihan/saya", "/evaluasi", "/sertifikat", "/pelatihan", "/kotak-masuk"]],
    [["TRAINER"], ["/mengajar", "/pelatihan", "/kotak-masuk"]],
    [["PLAN_APPROVER"], ["/admin/rencana", "/pelatihan", "/kotak-masuk"]],
    [[], ["/kotak-masuk"]],
    // combinations
    [["SUPERVISOR", "ASN"], ["/tim", "/tim/jp", "/tim/persetujuan", "/tim/umpan-balik", "/tim/kompetensi", "/beranda", "/jp", "/kompetensi-saya", "/pelatihan/saya", "/evaluasi", "/sertifikat", "/pelatihan", "/kotak-masuk"]],
    [["ADMIN", "OPERATOR"], ["/admin", "/admin/pelatihan", "/admin/pegawai", "/admin/organisasi", "/admin/jabatan", "/admin/akun", "/admin/impor", "/admin/audit", "/admin/kepatuhan", "/admin/verifikasi", "/admin/kebijakan", "/admin/evaluasi", "/admin/umpan-balik", "/admin/sertifikat", "/admin/kompetensi", "/admin/kompetensi/jabatan", "/admin/kebutuhan-pelatihan", "/admin/kamus-kompetensi", "/admin/kompetensi/pengaturan", "/admin/rencana", "/pelatihan", "/kotak-masuk"]],
    [["ASN", "TRAINER"], ["/beranda", "/jp", "/kompetensi-saya", "/pelatihan/saya", "/evaluasi", "/sertifikat", "/mengajar", "/pelatihan", "/kotak-masuk"]],
  ])("%j sees %j", (roles, expected) => {
    expect(hrefs(roles)).toEqual(expected);
  });

  it.each<Role[]>([["ASN"], ["ASN", "SUPERVISOR"], ["ASN", "TRAINER"], ["SUPERVISOR"], ["TRAINER"]])(
    "%j never sees an /admin entry",
    (...roles) => {
      expect(hrefs(roles).some((h) => h === "/admin" || h.startsWith("/admin/"))).toBe(false);
    },
  );

  it("operators never see the agency dashboard", () => {
    expect(hrefs(["OPERATOR"])).not.toContain("/admin");
    expect(hrefs(["OPERATOR", "SUPERVISOR", "ASN", "TRAINER"])).not.toContain("/admin");
  });

  it("never lists the same href twice", () => {
    const all: Role[] = ["ADMIN", "OPERATOR", "SUPERVISOR", "ASN", "TRAINER"];
    const h = hrefs(all);
    expect(new Set(h).size).toBe(h.length);
  });

  it("labels entries from the message catalog", () => {
    const unit = id.nav.sections.unit;
    const general = id.nav.sections.general;
    expect(navigationFor(["OPERATOR"], id)).toEqual([
      { href: "/admin/pegawai", label: id.nav.unitEmployees, section: unit },
      { href: "/admin/kepatuhan", label: id.nav.compliance, section: unit },
      { href: "/admin/verifikasi", label: id.nav.verification, section: unit },
      { href: "/admin/organisasi", label: id.org.title, section: unit },
      { href: "/admin/jabatan", label: id.org.positions.title, section: unit },
      { href: "/admin/akun", label: id.accounts.nav, section: unit },
      { href: "/admin/audit", label: id.audit.nav, section: unit },
      { href: "/admin/kompetensi", label: id.competencyNav.nav.heatmap, section: id.competencyNav.nav.section },
      { href: "/admin/kompetensi/jabatan", label: id.competencyNav.nav.positions, section: id.competencyNav.nav.section },
      { href: "/admin/kebutuhan-pelatihan", label: id.competencyNav.nav.needs, section: id.competencyNav.nav.section },
      { href: "/admin/usulan-rencana", label: id.planNav.nav.proposals, section: id.planNav.nav.section },
      { href: "/pelatihan", label: id.nav.catalog, section: general },
      { href: "/kotak-masuk", label: id.nav.inbox, section: general },
    ]);
    expect(navigationFor(["SUPERVISOR"], id).map((i) => i.label)).toEqual(["Tim saya", "JP tim", "Persetujuan", "Umpan balik", "Kompetensi tim", "Kotak masuk"]);
  });

  it("uses the English catalog when given it, with the same hrefs", () => {
    const roles: Role[] = ["ADMIN", "SUPERVISOR", "ASN", "TRAINER"];
    expect(navigationFor(roles, en).map((i) => i.href)).toEqual(navigationFor(roles, id).map((i) => i.href));
    expect(navigationFor(["ASN"], en)[0]).toEqual({ href: "/beranda", label: "Home", section: "Me" });
  });

  it("gives every entry a non-empty label", () => {
    for (const item of navigationFor(["ADMIN", "OPERATOR", "SUPERVISOR", "ASN", "TRAINER"], id)) {
      expect(item.label.trim()).not.toBe("");
    }
  });

  it("groups an admin's twenty-two entries under six headings, each heading once", () => {
    const sections = navigationSections(navigationFor(["ADMIN"], id));
    expect(sections.map((x) => [x.title, x.items.length])).toEqual([["Pengelolaan", 8], ["JP & kepatuhan", 3], ["Evaluasi & sertifikat", 3], ["Kompetensi", 5], ["Rencana pengembangan", 1], ["Umum", 2]]);
  });

  it("keeps the supervisor's and the admin's 'Umpan balik' apart for someone who is both", () => {
    const sections = navigationSections(navigationFor(["ADMIN", "SUPERVISOR", "ASN"], id));
    const titles = sections.map((x) => x.title);
    expect(new Set(titles).size).toBe(titles.length);
    const feedback = sections.filter((x) => x.items.some((i) => i.label === id.nav.feedback)).map((x) => x.title);
    expect(feedback).toEqual(["Evaluasi & sertifikat", "Tim"]);
  });
});
