import { Link } from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";

/** 下载导入模板 and 导入Excel, on the pages of the importable sections. */
export function ImportLinks({ reportId, section, canEdit }: { reportId: number; section: string; canEdit: boolean }) {
  return (
    <>
      <a href={`/reports/${reportId}/import/template?section=${section}`} className={buttonClass("secondary")} download>
        下载导入模板
      </a>
      {canEdit && (
        <Link href={`/reports/${reportId}/import?section=${section}`} className={buttonClass("secondary")}>
          导入Excel
        </Link>
      )}
    </>
  );
}
