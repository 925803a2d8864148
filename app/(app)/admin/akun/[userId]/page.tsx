import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AccountActions } from "@/components/accounts/account-actions";
import { AccountStatus, roleLabels } from "@/components/accounts/account-table";
import { RoleEditor } from "@/components/accounts/role-editor";
import { Card, CardHeader, DetailList, PageHeader } from "@/components/ui/card";
import Link from "@/components/ui/link";
import { getAccount } from "@/lib/accounts/queries";
import { operatorMayManage } from "@/lib/accounts/rules";
import { managesWholeAgency } from "@/lib/accounts/scope";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/viewer";
import { formatDate } from "@/lib/i18n/format";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { formatNip } from "@/lib/people/nip";
import { unitOptions } from "@/lib/org/queries";

export const metadata: Metadata = { title: "Akun pengguna" };

export default async function AccountPage({ params }: { params: Promise<{ userId: string }> }) {
  const viewer = await requirePermission("manage:account", ["unit", "any"]);
  const { userId } = await params;
  const [m, locale, account] = await Promise.all([getMessages(), getLocale(), getAccount(viewer, userId)]);
  if (!account) notFound();
  const t = m.accounts;
  const self = account.id === viewer.userId;
  const mayChange = !self && (managesWholeAgency(viewer) || operatorMayManage(account.roles.map((r) => r.role)));
  const grantsRoles = hasPermission(viewer.roles, "grant:role");
  const units = grantsRoles && !self ? await unitOptions(viewer) : [];
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/admin/akun" className="text-brand-800 hover:underline">← {t.backToList}</Link></p>
      <PageHeader title={account.name} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t.columns.account} />
          <DetailList
            items={[
              [t.detail.login, <span key="login" className="break-all font-mono" data-testid="account-login">{account.employee ? formatNip(account.employee.nip) : account.email}</span>],
              [t.detail.unit, account.employee?.unit.name ?? "—"],
              [t.detail.roles, <span key="roles" data-testid="account-roles">{roleLabels(account, m).join(", ")}</span>],
              [t.detail.status, <AccountStatus key="status" row={account} t={t} />],
              [t.detail.lastLogin, account.lastLoginAt ? formatDate(account.lastLoginAt, locale) : t.never],
            ]}
          />
        </Card>
        <Card>
          <CardHeader title={t.detail.security} />
          {mayChange ? (
            <AccountActions userId={account.id} name={account.name} active={account.active} t={t} />
          ) : (
            <p className="p-4 text-sm text-slate-600 sm:p-5">{self ? t.detail.self : t.detail.operatorLimit}</p>
          )}
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader title={t.detail.roles} />
          {grantsRoles && !self ? (
            <RoleEditor
              userId={account.id}
              name={account.name}
              roles={account.roles.map((r) => ({ id: r.id, role: r.role, unitName: r.unit?.name ?? null }))}
              units={units.map((u) => ({ id: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
              labels={m.roles}
              t={t}
            />
          ) : (
            <p className="p-4 text-sm text-slate-600 sm:p-5">{self ? t.detail.self : t.role.operatorOnly}</p>
          )}
        </Card>
      </div>
    </>
  );
}
