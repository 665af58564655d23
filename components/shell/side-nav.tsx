"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";

export function SideNav({
  links,
  label = "主导航",
  exact = false,
}: {
  /** `errors`: how many 审核 errors wait in that part (shown as a count). */
  links: { href: string; label: string; errors?: number }[];
  label?: string;
  /** The first link is current only on its exact path (it is a prefix of the others). */
  exact?: boolean;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="flex flex-col gap-1 p-3">
      {links.map((link) => {
        const isRoot = exact && link.href === links[0]?.href;
        const active = pathname === link.href || (!isRoot && pathname.startsWith(`${link.href}/`));
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? "page" : undefined}
            className={`flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm ${active ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {link.label}
            {link.errors ? (
              <span className="shrink-0 rounded-full bg-red-600 px-1.5 text-xs font-medium text-white">
                {link.errors}
                <span className="sr-only">处错误</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
