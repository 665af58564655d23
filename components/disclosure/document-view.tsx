import { headers } from "next/headers";
import type { DisclosureDocument } from "@/lib/disclosure/model";
import { DISCLOSURE_CSS } from "@/lib/export/disclosure-css";
import { documentHtml } from "@/lib/export/html";

/**
 * The disclosure as published: the same HTML the PDF is printed from. Its stylesheet is inline, so it
 * carries the request's CSP nonce (proxy.ts).
 */
export async function DocumentView({ document }: { document: DisclosureDocument }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <>
      <style nonce={nonce}>{DISCLOSURE_CSS}</style>
      <div
        className="rounded-lg border border-slate-200 bg-white shadow-sm print:border-0 print:shadow-none"
        dangerouslySetInnerHTML={{ __html: documentHtml(document) }}
      />
    </>
  );
}
