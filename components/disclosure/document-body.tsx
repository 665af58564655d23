"use client";

import { useEffect, useRef } from "react";

/**
 * The document's HTML, sent once. A server component's output travels twice — as HTML and again in
 * the RSC payload the browser hydrates from (a 64-line document: ~190 kB each) — but a client
 * component's props are all the payload holds. So the payload carries only `htmlKey`: during the
 * server-side render this component reads the HTML the page made under that key in this process
 * (lib/reports/derived.ts keeps it on globalThis); in the browser it keeps the markup the server sent
 * (an empty `__html` with suppressHydrationWarning: React leaves the server's children alone). When
 * the page arrives by client-side navigation (no server HTML) or the document changes (a refresh after
 * a save), it fetches `src`, the route that answers the same HTML for the same access.
 */
export function DocumentBody({ htmlKey, src, className }: { htmlKey: string; src: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (shown.current === null && element.childElementCount > 0) {
      shown.current = htmlKey; // hydrated over the server's HTML
      return;
    }
    if (shown.current === htmlKey) return;
    let cancelled = false;
    // Arrived by a link, the page has no document yet: say it is coming (a changed document stays shown
    // until the new one replaces it).
    if (element.childElementCount === 0) {
      element.innerHTML = `<p role="status" class="p-8 text-center text-sm text-slate-600">${LOADING}</p>`;
    }
    fetch(src)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
      .then((html) => {
        if (cancelled) return;
        element.innerHTML = html;
        shown.current = htmlKey;
      })
      .catch(() => {
        if (!cancelled) element.textContent = "公开文本加载失败，请刷新页面。";
      });
    return () => {
      cancelled = true;
    };
  }, [htmlKey, src]);
  return (
    <div
      ref={ref}
      className={className}
      data-document={htmlKey}
      suppressHydrationWarning
      dangerouslySetInnerHTML={{ __html: serverHtml(htmlKey) }}
    />
  );
}

const LOADING = "正在加载公开文本…";

/** On the server: the HTML made under `key` in this process ("" once evicted: the browser fetches it). */
function serverHtml(key: string): string {
  if (typeof window !== "undefined") return "";
  const store = (globalThis as { __juesuanKept?: { html: { get(key: string): string | undefined } } }).__juesuanKept;
  return store?.html.get(key) ?? "";
}
