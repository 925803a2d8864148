// Messages of external training: submission, verification, files.
export const externalId = {
  title: "",
};
