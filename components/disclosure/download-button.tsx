"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Downloads a generated file, showing that it is working (a PDF takes a few seconds), and the
 * server's message if it cannot be made.
 */
export function DownloadButton({ href, label, fileName }: { href: string; label: string; fileName: string }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const download = async () => {
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error((await response.text()) || "文件生成失败，请稍后重试。");
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement("a");
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e instanceof Error ? e.message : "文件生成失败，请稍后重试。");
    } finally {
      setPending(false);
    }
  };
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button type="button" variant="secondary" onClick={download} pending={pending} pendingText={`正在生成${label}…`}>
        下载{label}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
