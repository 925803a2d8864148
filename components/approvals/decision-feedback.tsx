"use client";
import { createContext, useContext, useState } from "react";

// A decided registration leaves the list when the page revalidates, taking its form with it; the outcome is
// announced here instead, in a live region that outlives the rows.

const AnnounceContext = createContext<(message: string) => void>(() => {});

export const useAnnounce = () => useContext(AnnounceContext);

export function DecisionFeedback({ children }: { children: React.ReactNode }) {
  const [message, setMessage] = useState("");
  return (
    <AnnounceContext value={setMessage}>
      <div aria-live="polite">
        {message ? (
          <p data-testid="decision-message" className="mx-4 mt-3 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 sm:mx-5">
            {message}
          </p>
        ) : null}
      </div>
      {children}
    </AnnounceContext>
  );
}
