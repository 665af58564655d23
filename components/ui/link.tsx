import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link within the app: next/link (a click navigates without reloading the page), but never
 * prefetched. Every page here is rendered per request, so a prefetch fetched nothing the click could
 * use — yet next/link prefetches each link as it scrolls into view: one view of the public list sent
 * 72 requests and cost the server about 1 s of CPU, the page itself 25 ms. See
 * docs/decisions/021-links-are-not-prefetched.md. Pages and components import this, not next/link
 * (an ESLint rule says so); `prefetch` is not a prop, so no caller can turn it back on.
 */
export function Link(props: Omit<ComponentProps<typeof NextLink>, "prefetch">) {
  return <NextLink {...props} prefetch={false} />;
}
