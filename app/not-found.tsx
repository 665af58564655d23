import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-6 py-20 text-center">
      <h1 className="text-lg font-semibold">页面不存在</h1>
      <p className="mt-2 text-sm text-slate-600">您访问的内容不存在，或不属于您所在的部门。</p>
      <Link href="/reports" className="mt-6 inline-block text-sm text-brand-700 hover:underline">
        返回年度报告
      </Link>
    </main>
  );
}
