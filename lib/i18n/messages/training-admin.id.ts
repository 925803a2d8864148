// Messages of the agency's training management pages (programs, batches, rundown, enrolments).
export const trainingAdminId = {
  title: "Pelatihan",
};
