// Messages of the supervisor's approvals, the attendance grid and the trainer's schedule.
export const trainingTeamId = {
  approvalsTitle: "Persetujuan pelatihan",
};
