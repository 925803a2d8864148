"use client";
import { ErrorScreen } from "@/components/status/error-screen";

// An unexpected error while rendering a page: its id is the digest Next prints in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorScreen error={error} reset={reset} />;
}
