import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's link: next/link without prefetching unless asked for. Every page here is dynamic and has no loading
 * boundary, so a prefetch gains the visitor little, while each visible link costs the server a request: one view
 * of the catalog made 25 prefetch requests (docs/decisions/0017-pages-under-load.md). ESLint keeps next/link out
 * of everything else.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
