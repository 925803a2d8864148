import { AppShell } from "@/components/shell/app-shell";
import { pageViewer } from "@/lib/auth/viewer";
import { getLocale, getMessages, interpolate } from "@/lib/i18n/server";
import { unreadCount } from "@/lib/notification/queries";
import { navigationFor } from "@/lib/ui/navigation";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  // The shell also frames the password page of an account that must replace its temporary password (the page
  // itself sends it nowhere else); such an account sees no menu until it has chosen its own.
  const viewer = await pageViewer({ duringPasswordChange: true });
  // One count per page render, on the viewer's own unread notices (indexed), for the inbox's badge in the menu.
  const [m, locale, unread] = await Promise.all([getMessages(), getLocale(), viewer.mustChangePassword ? 0 : unreadCount(viewer)]);
  return (
    <AppShell
      nav={viewer.mustChangePassword ? [] : navigationFor(viewer.roles, m)}
      userName={viewer.name}
      roleLabels={viewer.roles.map((r) => m.roles[r])}
      agencyName={viewer.agencyName}
      locale={locale}
      badges={unread ? { "/kotak-masuk": { count: unread, label: interpolate(m.trainingAsn.unreadCount, { count: unread }) } } : undefined}
      labels={{ signOut: m.nav.signOut, language: m.nav.language, menu: m.nav.menu, tagline: m.app.tagline, password: m.accounts.password.link }}
    >
      {children}
    </AppShell>
  );
}
