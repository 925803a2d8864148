// The annual competency-development plan (issue 15): the menu. Each part of the area keeps its page texts in its
// own file (plan-*.id.ts).
export const planId = {
  nav: {
    section: "Rencana pengembangan",
    plans: "Rencana tahunan",
    proposals: "Usulan OPD",
  },
};
