"use client";
import { useEffect } from "react";

/** Brings the element with this id into view once (a notification link pointing at one registration). */
export function ScrollTo({ id }: { id: string }) {
  useEffect(() => {
    document.getElementById(id)?.scrollIntoView({ block: "center" });
  }, [id]);
  return null;
}
