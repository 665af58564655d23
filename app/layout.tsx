import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "部门决算公开编制系统", template: "%s · 部门决算公开编制系统" },
  description: "部门决算公开的填报、审核、发布与公开",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
