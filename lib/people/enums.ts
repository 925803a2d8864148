// The enum values the UI offers, kept in the order people expect to read them.
import type { EmployeeKind, PositionType } from "@/lib/generated/prisma/enums";

export const POSITION_TYPES: readonly PositionType[] = [
  "JPT_UTAMA",
  "JPT_MADYA",
  "JPT_PRATAMA",
  "ADMINISTRATOR",
  "PENGAWAS",
  "PELAKSANA",
  "FUNGSIONAL_AHLI_UTAMA",
  "FUNGSIONAL_AHLI_MADYA",
  "FUNGSIONAL_AHLI_MUDA",
  "FUNGSIONAL_AHLI_PERTAMA",
  "FUNGSIONAL_PENYELIA",
  "FUNGSIONAL_MAHIR",
  "FUNGSIONAL_TERAMPIL",
  "FUNGSIONAL_PEMULA",
];

export const EMPLOYEE_KINDS: readonly EmployeeKind[] = ["PNS", "PPPK"];
