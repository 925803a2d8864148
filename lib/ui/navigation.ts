// Which menu entries each role sees. Pure, so it is unit-tested; the pages check access again themselves.
import type { Role } from "@/lib/auth/permissions";
import type { Messages } from "@/lib/i18n/messages/id";

export type NavItem = { href: string; label: string };

export function navigationFor(roles: readonly Role[], m: Messages): NavItem[] {
  const items: NavItem[] = [];
  // JP compliance and external-training verification: the agency's for an admin, the unit's for an operator.
  const jpOversight: NavItem[] = [
    { href: "/admin/kepatuhan", label: m.nav.compliance },
    { href: "/admin/verifikasi", label: m.nav.verification },
  ];
  if (roles.includes("ADMIN")) {
    items.push(
      { href: "/admin", label: m.nav.admin },
      { href: "/admin/pelatihan", label: m.nav.trainingAdmin },
      { href: "/admin/pegawai", label: m.nav.employees },
      ...jpOversight,
      { href: "/admin/kebijakan", label: m.nav.policy },
      { href: "/admin/evaluasi", label: m.nav.evaluationSets },
      { href: "/admin/umpan-balik", label: m.nav.feedback },
      { href: "/admin/sertifikat", label: m.nav.certificateSettings },
    );
  } else if (roles.includes("OPERATOR")) {
    items.push({ href: "/admin/pegawai", label: m.nav.unitEmployees }, ...jpOversight);
  }
  if (roles.includes("SUPERVISOR")) {
    items.push(
      { href: "/tim", label: m.nav.team },
      { href: "/tim/jp", label: m.nav.teamJp },
      { href: "/tim/persetujuan", label: m.nav.approvals },
      { href: "/tim/umpan-balik", label: m.nav.feedback },
    );
  }
  if (roles.includes("ASN")) {
    items.push(
      { href: "/beranda", label: m.nav.home },
      { href: "/jp", label: m.nav.myJp },
      { href: "/pelatihan/saya", label: m.nav.myTraining },
      { href: "/evaluasi", label: m.nav.evaluation },
      { href: "/sertifikat", label: m.nav.myCertificates },
    );
  }
  if (roles.includes("TRAINER")) items.push({ href: "/mengajar", label: m.nav.teaching });
  if (roles.some((r) => r !== "SUPERVISOR")) items.push({ href: "/pelatihan", label: m.nav.catalog });
  items.push({ href: "/kotak-masuk", label: m.nav.inbox });
  return items;
}
