import "server-only";
import { notFound } from "next/navigation";
import { getPublished } from "./published";

/** The published disclosure a public route names, or the 404 page. */
export async function publishedFrom(params: Promise<{ departmentCode: string; year: string }>) {
  const { departmentCode, year } = await params;
  if (!/^\d{4}$/.test(year) || departmentCode.length > 40) notFound();
  const published = getPublished(decodeURIComponent(departmentCode), Number(year));
  if (!published) notFound();
  return published;
}
