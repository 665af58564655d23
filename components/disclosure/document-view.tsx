import { DISCLOSURE_CSS } from "@/lib/export/disclosure-css";
import { DocumentBody } from "./document-body";

/**
 * The disclosure as published: the same HTML the PDF is printed from (lib/export/html.ts), made by
 * the page from `htmlKey` (lib/reports/derived.ts) and sent once — in the page's HTML, not again in its
 * RSC payload (DocumentBody). `src` is where the browser fetches it when the page comes by client-side
 * navigation. The inline stylesheet is allowed by the Content-Security-Policy by its hash
 * (lib/http/security-headers.ts).
 */
export function DocumentView({ htmlKey, src }: { htmlKey: string; src: string }) {
  return (
    <>
      <style>{DISCLOSURE_CSS}</style>
      <DocumentBody
        htmlKey={htmlKey}
        src={src}
        className="rounded-lg border border-slate-200 bg-white shadow-sm print:border-0 print:shadow-none"
      />
    </>
  );
}
