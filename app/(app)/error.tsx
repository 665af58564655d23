"use client";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-5 py-4 text-sm text-red-900">
      <p className="font-medium">页面加载失败</p>
      <p className="mt-1">系统暂时无法显示此页面，已保存的数据不受影响。</p>
      <button type="button" onClick={reset} className="mt-3 text-brand-700 hover:underline">
        重试
      </button>
    </div>
  );
}
