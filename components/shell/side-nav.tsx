"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function SideNav({
  links,
  label = "主导航",
  exact = false,
}: {
  links: { href: string; label: string }[];
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
            className={`rounded-md px-3 py-2 text-sm ${active ? "bg-brand-50 font-medium text-brand-800" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
