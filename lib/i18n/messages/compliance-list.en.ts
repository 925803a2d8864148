import type { Widen } from "./widen";
import type { complianceListId } from "./compliance-list.id";

export const complianceListEn: Widen<typeof complianceListId> = {
  sort: {
    name: "Name",
    nip: "NIP",
    hintAsc: "sort ascending",
    hintDesc: "sort descending",
    shortfallFirst: "Largest shortfall first",
    label: "List order and filters",
  },
  zeroJp: {
    chip: "Only 0 JP",
    active: "Showing ASN with a JP obligation who have no JP at all in {year}.",
    cardLink: "See the list",
  },
  siasn: {
    button: "Download SIASN format",
    hint: "The courses credited in {year}, to upload to SIASN",
  },
  staff: {
    back: "My team",
    jpTitle: "JP in {year}",
    ledgerTitle: "JP record {year}",
    ledgerEmpty: "No JP recorded in {year} yet.",
    exempt: "No JP obligation in {year} (no active months).",
    credited: "Credited",
    target: "Target",
    planned: "Scheduled",
    shortfall: "Shortfall",
    status: "Status",
    open: "See {name}'s JP",
  },
};
