import type { DisclosureDocument } from "@/lib/disclosure/model";
import { DISCLOSURE_CSS } from "@/lib/export/disclosure-css";
import { documentHtml } from "@/lib/export/html";

/**
 * The disclosure as published: the same HTML the PDF is printed from. Its inline stylesheet is allowed
 * by the Content-Security-Policy by its hash (lib/http/security-headers.ts).
 */
export function DocumentView({ document }: { document: DisclosureDocument }) {
  return (
    <>
      <style>{DISCLOSURE_CSS}</style>
      <div
        className="rounded-lg border border-slate-200 bg-white shadow-sm print:border-0 print:shadow-none"
        dangerouslySetInnerHTML={{ __html: documentHtml(document) }}
      />
    </>
  );
}
