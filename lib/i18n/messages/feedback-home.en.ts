import type { Widen } from "./widen";
import type { feedbackHomeId } from "./feedback-home.id";

export const feedbackHomeEn: Widen<typeof feedbackHomeId> = {
  title: "Feedback requests",
  waiting: "{count} post-training feedback requests are waiting for you.",
  seeAll: "See all ({count})",
  none: "No feedback requests are waiting.",
  dueOn: "Please answer by {date}",
  overdue: "Overdue · answer by {date}",
  assignedOn: "Requested {date}",
  credited: "{jp} credited",
  results: {
    title: "Training results",
    subtitle: "This employee's reaction (level 1) and learning (level 2) evaluation in that batch.",
    l1: "Reaction (L1)",
    l2: "Learning (L2)",
    anonymous: "Anonymous — personal results are not shown",
    notSubmitted: "Not answered",
    noQuestionnaire: "No questionnaire",
    average: "Average {value} of 5",
    pre: "Pre-test",
    post: "Post-test",
    gain: "Gain",
    noScores: "No scores yet",
    observer: "Observer ratings",
    noRatings: "No observer ratings yet",
  },
};
