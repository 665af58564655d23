import { Link } from "@/components/ui/link";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-5xl items-center justify-between px-6 py-3">
          <Link href="/disclosures" className="font-semibold text-brand-800">
            部门决算公开
          </Link>
          <Link href="/login" className="text-sm text-slate-600 hover:underline">
            工作人员登录
          </Link>
        </div>
      </header>
      <main className="mx-auto max-w-5xl px-6 py-6">{children}</main>
    </div>
  );
}
