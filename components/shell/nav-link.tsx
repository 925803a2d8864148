"use client";
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

// The dashboard "/admin" is the parent of every admin page in the URL, not in the menu: it matches only itself.
const matches = (pathname: string, href: string) => pathname === href || (href !== "/admin" && pathname.startsWith(`${href}/`));

/** Active when its href is the longest menu entry the current path falls under ("/tim/jp" wins over "/tim"). */
export function NavLink({ href, allHrefs, children }: { href: string; allHrefs: readonly string[]; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = matches(pathname, href) && !allHrefs.some((other) => other.length > href.length && matches(pathname, other));
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={cn(
        "block rounded-md px-3 py-2 text-sm font-medium",
        active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100",
      )}
    >
      {children}
    </Link>
  );
}
