"use client";
import "./globals.css";
import { ErrorScreen } from "@/components/status/error-screen";

// An error in the root layout itself: it replaces the whole document, so it brings its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="id">
      <body className="min-h-screen font-sans">
        <ErrorScreen error={error} reset={reset} />
      </body>
    </html>
  );
}
