import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/permissions";
import { pageViewer } from "@/lib/auth/viewer";

export default async function Home() {
  const viewer = await pageViewer();
  redirect(homeFor(viewer.roles));
}
