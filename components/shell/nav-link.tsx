"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

// The dashboard "/admin" is the parent of every admin page in the URL, not in the menu: it matches only itself.
const matches = (pathname: string, href: string) => pathname === href || (href !== "/admin" && pathname.startsWith(`${href}/`));

/** Active when its href is the longest menu entry the current path falls under ("/tim/jp" wins over "/tim"). */
export function NavLink({ href, allHrefs, badge, children }: {
  href: string;
  allHrefs: readonly string[];
  /** A count beside the label ("3"), read out as its label ("3 belum dibaca"). */
  badge?: { count: number; label: string };
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const active = matches(pathname, href) && !allHrefs.some((other) => other.length > href.length && matches(pathname, other));
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm font-medium",
        active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      <span className="min-w-0">{children}</span>
      {badge ? (
        <span className="shrink-0 rounded-full bg-brand-700 px-2 py-0.5 text-xs font-semibold text-white" data-testid="nav-unread">
          <span aria-hidden="true">{badge.count > 99 ? "99+" : badge.count}</span>
          <span className="sr-only">{badge.label}</span>
        </span>
      ) : null}
    </Link>
  );
}
