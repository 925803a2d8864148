import type { Metadata } from "next";
import { PasswordForm } from "@/components/accounts/password-form";
import { Card, PageHeader } from "@/components/ui/card";
import { pageViewer } from "@/lib/auth/viewer";
import { getMessages } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Kata sandi" };

/**
 * Every user's own password. The one page an account with a temporary password may open (with signing out): every
 * other page sends it here until it has chosen its own (lib/auth/viewer.ts).
 */
export default async function PasswordPage() {
  const viewer = await pageViewer({ duringPasswordChange: true });
  const t = (await getMessages()).accounts.password;
  const forced = viewer.mustChangePassword;
  return (
    <>
      <PageHeader title={forced ? t.forcedTitle : t.title} subtitle={forced ? t.forcedIntro : t.intro} />
      <Card>
        <PasswordForm forced={forced} t={t} />
      </Card>
    </>
  );
}
