// Which menu entries each role sees. Pure, so it is unit-tested; the pages check access again themselves.
import type { Role } from "@/lib/auth/permissions";
import type { Messages } from "@/lib/i18n/messages/id";

/** `section` is the heading the entry is listed under; consecutive entries share it. */
export type NavItem = { href: string; label: string; section: string };
export type NavSection = { title: string; items: NavItem[] };

export function navigationFor(roles: readonly Role[], m: Messages): NavItem[] {
  const items: NavItem[] = [];
  const add = (section: string, entries: [href: string, label: string][]) =>
    items.push(...entries.map(([href, label]) => ({ href, label, section })));
  const s = m.nav.sections;
  // JP compliance and external-training verification: the agency's for an admin, the unit's for an operator.
  const jpOversight: [string, string][] = [["/admin/kepatuhan", m.nav.compliance], ["/admin/verifikasi", m.nav.verification]];
  // The organisation tree and positions: the agency's to change for an admin, the unit's to read for an operator.
  const organisation: [string, string][] = [["/admin/organisasi", m.org.title], ["/admin/jabatan", m.org.positions.title]];
  if (roles.includes("ADMIN")) {
    add(s.agency, [["/admin", m.nav.admin], ["/admin/pelatihan", m.nav.trainingAdmin], ["/admin/pegawai", m.nav.employees], ...organisation]);
    add(s.agency, [["/admin/akun", m.accounts.nav]]);
    add(s.agency, [["/admin/impor", m.importUi.nav]]);
    add(s.agency, [["/admin/audit", m.audit.nav]]);
    add(s.jp, [...jpOversight, ["/admin/kebijakan", m.nav.policy]]);
    add(s.evaluation, [["/admin/evaluasi", m.nav.evaluationSets], ["/admin/umpan-balik", m.nav.feedback], ["/admin/sertifikat", m.nav.certificateSettings]]);
  } else if (roles.includes("OPERATOR")) {
    add(s.unit, [["/admin/pegawai", m.nav.unitEmployees], ...jpOversight, ...organisation]);
    add(s.unit, [["/admin/akun", m.accounts.nav]]);
    add(s.unit, [["/admin/audit", m.audit.nav]]);
  }
  const c = m.competencyNav.nav;
  // Competency gaps and training needs: the agency's for an admin (who also keeps the dictionary and settings), the
  // unit's for an operator.
  const gapAnalysis: [string, string][] = [["/admin/kompetensi", c.heatmap], ["/admin/kompetensi/jabatan", c.positions], ["/admin/kebutuhan-pelatihan", c.needs]];
  if (roles.includes("ADMIN")) add(c.section, [...gapAnalysis, ["/admin/kamus-kompetensi", c.dictionary], ["/admin/kompetensi/pengaturan", c.settings]]);
  else if (roles.includes("OPERATOR")) add(c.section, gapAnalysis);
  const plan = m.planNav.nav;
  // The annual plan: an admin drafts it, a plan approver sets it, an OPD operator proposes lines for their unit.
  if (roles.includes("ADMIN") || roles.includes("PLAN_APPROVER")) add(plan.section, [["/admin/rencana", plan.plans]]);
  else if (roles.includes("OPERATOR")) add(plan.section, [["/admin/usulan-rencana", plan.proposals]]);
  if (roles.includes("SUPERVISOR")) {
    add(s.team, [["/tim", m.nav.team], ["/tim/jp", m.nav.teamJp], ["/tim/persetujuan", m.nav.approvals], ["/tim/umpan-balik", m.nav.feedback], ["/tim/kompetensi", c.team]]);
  }
  if (roles.includes("ASN")) {
    add(s.mine, [["/beranda", m.nav.home], ["/jp", m.nav.myJp], ["/kompetensi-saya", c.mine], ["/pelatihan/saya", m.nav.myTraining], ["/evaluasi", m.nav.evaluation], ["/sertifikat", m.nav.myCertificates]]);
  }
  if (roles.includes("TRAINER")) add(s.teaching, [["/mengajar", m.nav.teaching]]);
  if (roles.some((r) => r !== "SUPERVISOR")) add(s.general, [["/pelatihan", m.nav.catalog]]);
  add(s.general, [["/kotak-masuk", m.nav.inbox]]);
  return items;
}

/** Entries grouped under their headings, in order. */
export function navigationSections(items: readonly NavItem[]): NavSection[] {
  const sections: NavSection[] = [];
  for (const item of items) {
    const last = sections.at(-1);
    if (last?.title === item.section) last.items.push(item);
    else sections.push({ title: item.section, items: [item] });
  }
  return sections;
}
