/**
 * How this project starts Debian's Chromium, for the PDF export and for the end-to-end tests.
 * Without the networking flags Chromium floods the machine's closed network with connections.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
