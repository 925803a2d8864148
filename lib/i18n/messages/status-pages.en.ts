import type { statusPagesId } from "./status-pages.id";
import type { Widen } from "./widen";

export const statusPagesEn: Widen<typeof statusPagesId> = {
  errorTitle: "Something went wrong",
  errorBody: "This page could not be shown. Try again; if it still fails, give the code {id} to your admin.",
  errorBodyNoId: "This page could not be shown. Try again; if it still fails, contact your admin.",
  retry: "Try again",
  home: "Home",
  notFoundTitle: "Page not found",
  notFoundBody: "This address does not exist, or its data is outside your authority.",
  loading: "Loading…",
};
