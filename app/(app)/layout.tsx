import { AppShell } from "@/components/shell/app-shell";
import { pageViewer } from "@/lib/auth/viewer";
import { getLocale, getMessages } from "@/lib/i18n/server";
import { navigationFor } from "@/lib/ui/navigation";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const viewer = await pageViewer();
  const [m, locale] = await Promise.all([getMessages(), getLocale()]);
  return (
    <AppShell
      nav={navigationFor(viewer.roles, m)}
      userName={viewer.name}
      roleLabels={viewer.roles.map((r) => m.roles[r])}
      agencyName={viewer.agencyName}
      locale={locale}
      labels={{ signOut: m.nav.signOut, language: m.nav.language, menu: m.nav.menu, tagline: m.app.tagline }}
    >
      {children}
    </AppShell>
  );
}
