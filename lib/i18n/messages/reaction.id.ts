// Messages of level-1 (reaction) evaluation: question sets, the participant's questionnaire, results.
export const reactionId = {
  title: "",
};
