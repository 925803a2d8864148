// The empty agency's names (seeded by demo-empty-agency.ts), apart so the e2e specs can read them without the seed's imports.
export const EMPTY_AGENCY = {
  code: "KABCONTOH",
  name: "Pemerintah Kabupaten Contoh",
  adminEmail: "admin@bkpsdm.contohkab.go.id",
  adminName: "Admin BKPSDM Kabupaten Contoh",
} as const;
