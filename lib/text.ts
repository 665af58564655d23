import { z } from "zod";

/**
 * Text as the app keeps it: no control characters but tab and line breaks (pasted from other programs
 * they show as boxes in the PDF, or nothing at all), and no half of a surrogate pair (not a character;
 * stored it would come back as U+FFFD anyway). The schemas apply it to every free-text field before
 * trimming and measuring. Passwords are never changed.
 */
export function plainText(text: string): string {
  return text.replace(/[^\P{Cc}\t\n\r]/gu, "").replace(/\p{Cs}/gu, "\uFFFD");
}

/** A string field of a schema, as plain text (trim and limits follow it). */
export const zPlainText = () => z.string().overwrite(plainText);
