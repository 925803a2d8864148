// Which menu entries each role sees. Pure, so it is unit-tested; the pages check access again themselves.
import type { Role } from "@/lib/auth/permissions";
import type { Messages } from "@/lib/i18n/messages/id";

export type NavItem = { href: string; label: string };

export function navigationFor(roles: readonly Role[], m: Messages): NavItem[] {
  const items: NavItem[] = [];
  if (roles.includes("ADMIN")) items.push({ href: "/admin", label: m.nav.admin }, { href: "/admin/pegawai", label: m.nav.employees });
  else if (roles.includes("OPERATOR")) items.push({ href: "/admin/pegawai", label: m.nav.unitEmployees });
  if (roles.includes("SUPERVISOR")) items.push({ href: "/tim", label: m.nav.team });
  if (roles.includes("ASN")) items.push({ href: "/beranda", label: m.nav.home });
  if (roles.includes("TRAINER")) items.push({ href: "/mengajar", label: m.nav.teaching });
  return items;
}
