import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** Runs a data call for a page; a NotFoundError becomes the 404 page. */
export function orNotFound<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

/** The report id of a /reports/[id]/… route; anything but a positive integer is "not found". */
export async function reportIdFrom(params: Promise<{ id: string }>): Promise<number> {
  const { id } = await params;
  if (!/^\d{1,15}$/.test(id) || Number(id) <= 0) notFound();
  return Number(id);
}
