import "server-only";
import { notFound } from "next/navigation";
import { departmentCodeParam, getPublished } from "./published";

/** The published disclosure a public route names, or the 404 page. */
export async function publishedFrom(params: Promise<{ departmentCode: string; year: string }>) {
  const { departmentCode, year } = await params;
  const code = departmentCodeParam(departmentCode);
  if (!/^\d{4}$/.test(year) || code === null) notFound();
  const published = getPublished(code, Number(year));
  if (!published) notFound();
  return published;
}
