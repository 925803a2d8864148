// THE SERVER ACTIONS OF THE MATRIX: every exported function of every "use server" module, keyed "file#name".
// An action either runs one command through runServerAction (checked against its source; the command's own
// entry in tests/authz/commands.ts says who may), or says why it runs none (`own`: how it checks the caller).
// The e2e matrix (tests/e2e/authz-matrix.spec.ts) also posts to every action signed out.
//
// Adding a server action: add "lib/<area>/actions.ts#nameAction": { command: "theCommandItRuns" }. A bulk action
// (runServerActionForEach) names the command it runs once per item.

export type ActionEntry = { command: string } | { own: string; signedOut: "allowed" | "refused" };

export const ACTIONS: Record<string, ActionEntry> = {
  "lib/attendance/actions.ts#recordAttendanceAction": { command: "recordAttendance" },
  "lib/auth/actions.ts#loginAction": { own: "signing in: open to everyone, throttled by lib/auth/credentials.ts", signedOut: "allowed" },
  "lib/auth/actions.ts#logoutAction": { own: "signing out: acts on the caller's own session only, if any", signedOut: "allowed" },
  "lib/catalog/actions.ts#changeSessionAction": { command: "changeSession" },
  "lib/catalog/actions.ts#completeBatchAction": { command: "completeBatch" },
  "lib/catalog/actions.ts#createBatchAction": { command: "createBatch" },
  "lib/catalog/actions.ts#createProgramAction": { command: "createProgram" },
  "lib/catalog/actions.ts#decideAsAgencyAction": { command: "decideAsAgency" },
  "lib/catalog/actions.ts#enrolByNipAction": { command: "enrolByNip" },
  "lib/catalog/actions.ts#reopenBatchAction": { command: "reopenBatch" },
  "lib/catalog/actions.ts#setBatchStatusAction": { command: "setBatchStatus" },
  "lib/catalog/actions.ts#updateProgramEvaluationAction": { command: "updateProgramEvaluation" },
  "lib/catalog/actions.ts#withdrawAction": { command: "withdraw" },
  "lib/catalog/session-kind-actions.ts#changeSessionKindAction": { command: "changeSessionKind" },
  "lib/catalog/trainer-actions.ts#assignTrainerAction": { command: "assignTrainer" },
  "lib/catalog/trainer-actions.ts#unassignTrainerAction": { command: "unassignTrainer" },
  "lib/certificate/actions.ts#revokeCertificateAction": { command: "revokeCertificate" },
  "lib/certificate/actions.ts#updateCertificateSettingsAction": { command: "updateCertificateSettings" },
  "lib/compliance/actions.ts#closeYearAction": { command: "closeYear" },
  "lib/enrolment/admin-actions.ts#enrolWithOverrideAction": { command: "enrolWithOverride" },
  "lib/enrolment/actions.ts#lookupNomineeAction": {
    own: "read-only: needs a viewer with nominate:enrolment, then findNominee searches the operator's unit only",
    signedOut: "refused",
  },
  "lib/enrolment/actions.ts#nominateAction": { command: "nominate" },
  "lib/enrolment/actions.ts#registerSelfAction": { command: "registerSelf" },
  "lib/enrolment/actions.ts#withdrawAction": { command: "withdraw" },
  "lib/enrolment/bulk-actions.ts#decideManyAsAgencyAction": { command: "decideAsAgency" },
  "lib/enrolment/bulk-actions.ts#decideManyAsSupervisorAction": { command: "decideAsSupervisor" },
  "lib/enrolment/supervisor-actions.ts#decideAsSupervisorAction": { command: "decideAsSupervisor" },
  "lib/external/actions.ts#rejectExternalTrainingAction": { command: "rejectExternalTraining" },
  "lib/external/actions.ts#submitExternalTrainingAction": { command: "submitExternalTraining" },
  "lib/external/actions.ts#verifyExternalTrainingAction": { command: "verifyExternalTraining" },
  "lib/external/actions.ts#verifyManyExternalTrainingsAction": { command: "verifyExternalTraining" },
  "lib/feedback/actions.ts#addSelfAssessmentAction": { command: "addSelfAssessment" },
  "lib/feedback/actions.ts#reassignFeedbackAction": { command: "reassignFeedback" },
  "lib/feedback/actions.ts#setFollowUpPlanDoneAction": { command: "setFollowUpPlanDone" },
  "lib/feedback/actions.ts#submitFeedbackAction": { command: "submitFeedback" },
  "lib/i18n/actions.ts#setLocaleAction": { own: "a display preference in a cookie: changes no data, needs no session", signedOut: "allowed" },
  "lib/learning/actions.ts#importLearningScoresAction": { command: "importLearningScores" },
  "lib/learning/actions.ts#saveLearningScoreAction": { command: "saveLearningScore" },
  "lib/learning/actions.ts#saveObserverRatingsAction": { command: "saveObserverRatings" },
  "lib/notification/actions.ts#markAllReadAction": { command: "markAllNotificationsRead" },
  "lib/notification/actions.ts#openNotificationAction": { command: "markNotificationRead" },
  "lib/people/actions.ts#changeSupervisorAction": { command: "changeSupervisor" },
  "lib/people/actions.ts#updateOwnContactAction": { command: "updateOwnContact" },
  "lib/policy/actions.ts#savePolicyAction": { command: "savePolicy" },
  "lib/reaction/actions.ts#copyQuestionSetAction": { command: "copyQuestionSet" },
  "lib/reaction/actions.ts#createQuestionSetAction": { command: "createQuestionSet" },
  "lib/reaction/actions.ts#saveReactionDraftAction": { command: "saveReactionDraft" },
  "lib/reaction/actions.ts#setQuestionSetActiveAction": { command: "setQuestionSetActive" },
  "lib/reaction/actions.ts#submitReactionAction": { command: "submitReaction" },
  "lib/reaction/actions.ts#updateQuestionSetAction": { command: "updateQuestionSet" },
  "lib/results/actions.ts#addIndicatorAction": { command: "addIndicator" },
  "lib/results/actions.ts#deleteIndicatorAction": { command: "deleteIndicator" },
  "lib/results/actions.ts#editIndicatorAction": { command: "editIndicator" },
  "lib/results/actions.ts#recordResultAction": { command: "recordResult" },
};
