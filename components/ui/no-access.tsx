export function NoAccess({ reason = "您的角色无权访问此页面。" }: { reason?: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-200 bg-amber-50 px-5 py-4 text-sm text-amber-900">
      <p className="font-medium">无权访问</p>
      <p className="mt-1">{reason}</p>
    </div>
  );
}
