import Link from "@/components/ui/link";
import { navigationSections, type NavItem } from "@/lib/ui/navigation";
import type { Locale } from "@/lib/i18n/format";
import { logoutAction } from "@/lib/auth/actions";
import { setLocaleAction } from "@/lib/i18n/actions";
import { cn } from "@/components/ui/cn";
import { NavLink } from "./nav-link";

type Props = {
  nav: NavItem[];
  userName: string;
  roleLabels: string[];
  agencyName: string;
  locale: Locale;
  labels: { signOut: string; language: string; menu: string; tagline: string; password?: string };
  /** A count shown beside a menu entry (the inbox's unread notices), with its spoken label. */
  badges?: Record<string, { count: number; label: string }>;
  children: React.ReactNode;
};

function LocaleSwitch({ locale, label }: { locale: Locale; label: string }) {
  return (
    <form action={setLocaleAction} className="flex items-center gap-1 text-xs" aria-label={label}>
      {(["id", "en"] as const).map((l) => (
        <button
          key={l}
          name="locale"
          value={l}
          aria-pressed={l === locale}
          className={l === locale ? "rounded px-1.5 py-0.5 font-semibold text-brand-800" : "rounded px-1.5 py-0.5 text-slate-500 hover:text-slate-800"}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </form>
  );
}

function UserBox({ userName, roleLabels, signOut, password, testId }: { userName: string; roleLabels: string[]; signOut: string; password?: string; testId?: string }) {
  return (
    <div className="space-y-2">
      <div>
        <p className="truncate text-sm font-medium text-slate-900" title={userName} data-testid={testId}>{userName}</p>
        <p className="text-xs text-slate-500">{roleLabels.join(" · ")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {password ? <Link href="/akun/kata-sandi" className="text-sm font-medium text-brand-800 hover:underline">{password}</Link> : null}
        <form action={logoutAction}>
          <button className="text-sm font-medium text-red-700 hover:underline">{signOut}</button>
        </form>
      </div>
    </div>
  );
}

export function AppShell({ nav, userName, roleLabels, agencyName, locale, labels, badges, children }: Props) {
  const sections = navigationSections(nav);
  // On a phone the menu is folded: its button carries the inbox's unread count too.
  const inbox = badges?.["/kotak-masuk"];
  // Headings only help when there is more than one group.
  const grouped = sections.length > 1;
  const allHrefs = nav.map((item) => item.href);
  const links = sections.map((section, i) => (
    <div key={section.title} role={grouped ? "group" : undefined} aria-label={grouped ? section.title : undefined} className={cn("space-y-1", i > 0 && "pt-3")}>
      {grouped ? <p className="px-3 pb-0.5 text-[11px] font-semibold uppercase tracking-wide text-slate-500" aria-hidden="true">{section.title}</p> : null}
      {section.items.map((item) => (
        <NavLink key={item.href} href={item.href} allHrefs={allHrefs} badge={badges?.[item.href]}>
          {item.label}
        </NavLink>
      ))}
    </div>
  ));
  return (
    <div className="min-h-screen lg:grid lg:grid-cols-[15rem_1fr] print:block print:min-h-0">
      {/* The aside stretches down the whole grid row, so its background and border run to the foot of a long
          page; its content stays in view, one screen high, as the page scrolls. */}
      <aside className="hidden border-r border-slate-200 bg-white lg:block print:hidden">
        <div className="lg:sticky lg:top-0 lg:flex lg:h-screen lg:flex-col">
          <div className="border-b border-slate-100 px-5 py-4">
            <Link href="/" className="text-lg font-bold text-brand-800">Bangkom</Link>
            <p className="text-xs text-slate-500">{agencyName}</p>
          </div>
          <nav className="flex-1 space-y-1 overflow-y-auto p-3" aria-label={labels.menu}>{links}</nav>
          <div className="space-y-3 border-t border-slate-100 p-4">
            <UserBox userName={userName} roleLabels={roleLabels} signOut={labels.signOut} password={labels.password} testId="user-name" />
            <LocaleSwitch locale={locale} label={labels.language} />
          </div>
        </div>
      </aside>
      <div className="min-w-0">
        <header className="sticky top-0 z-10 border-b border-slate-200 bg-white lg:hidden print:hidden">
          <details className="group">
            <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3">
              <span>
                <span className="text-base font-bold text-brand-800">Bangkom</span>
                <span className="ml-2 text-xs text-slate-500">{agencyName}</span>
              </span>
              <span className="flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 text-sm text-slate-700">
                {labels.menu}
                {inbox ? (
                  <span className="rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white" data-testid="menu-unread">
                    <span aria-hidden="true">{inbox.count > 99 ? "99+" : inbox.count}</span>
                    <span className="sr-only">{inbox.label}</span>
                  </span>
                ) : null}
              </span>
            </summary>
            <div className="space-y-3 border-t border-slate-100 px-4 pb-4 pt-2">
              <nav className="space-y-1" aria-label={labels.menu}>{links}</nav>
              <UserBox userName={userName} roleLabels={roleLabels} signOut={labels.signOut} password={labels.password} />
              <LocaleSwitch locale={locale} label={labels.language} />
            </div>
          </details>
        </header>
        <main className="mx-auto max-w-6xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8 print:max-w-none print:p-0">{children}</main>
      </div>
    </div>
  );
}
