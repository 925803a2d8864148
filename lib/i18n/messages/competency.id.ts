// Competency profiles and gap analysis (issue 14): the menu. Each part of the area keeps its page texts in its own
// file (comp-*.id.ts).
export const competencyId = {
  nav: {
    section: "Kompetensi",
    heatmap: "Peta kompetensi",
    positions: "Kompetensi per jabatan",
    needs: "Kebutuhan pelatihan",
    dictionary: "Kamus kompetensi",
    settings: "Pengaturan kompetensi",
    team: "Kompetensi tim",
    mine: "Kompetensi saya",
  },
};
