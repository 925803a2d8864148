import type { Widen } from "./widen";
import type { competencyLabelsId, positionTypeLabelsId } from "./labels.id";

export const positionTypeLabelsEn: Widen<typeof positionTypeLabelsId> = {
  JPT_UTAMA: "JPT Utama",
  JPT_MADYA: "JPT Madya",
  JPT_PRATAMA: "JPT Pratama",
  ADMINISTRATOR: "Administrator",
  PENGAWAS: "Pengawas",
  PELAKSANA: "Pelaksana",
  FUNGSIONAL_AHLI_PERTAMA: "Functional, Ahli Pertama",
  FUNGSIONAL_AHLI_MUDA: "Functional, Ahli Muda",
  FUNGSIONAL_AHLI_MADYA: "Functional, Ahli Madya",
  FUNGSIONAL_AHLI_UTAMA: "Functional, Ahli Utama",
  FUNGSIONAL_PEMULA: "Functional, Pemula",
  FUNGSIONAL_TERAMPIL: "Functional, Terampil",
  FUNGSIONAL_MAHIR: "Functional, Mahir",
  FUNGSIONAL_PENYELIA: "Functional, Penyelia",
};

export const competencyLabelsEn: Widen<typeof competencyLabelsId> = {
  title: "Competencies my position requires",
  subtitle: "Position competency standard under PermenPANRB 38/2017: level 1 (Paham) to 5 (Ahli).",
  code: "Code",
  name: "Competency",
  level: "Level",
  importance: "Importance",
  empty: "No competency standard has been set for your position yet. Contact the BKPP admin.",
  kinds: { MANAGERIAL: "Managerial", SOCIOCULTURAL: "Socio-cultural", TECHNICAL: "Technical", GOVERNMENT: "Government" },
  importanceLabel: { MUTLAK: "Essential", PENTING: "Very important", PERLU: "Important" },
  levels: { 1: "Paham", 2: "Dasar", 3: "Menengah", 4: "Mumpuni", 5: "Ahli" },
};
