-- Reminders count from the day a task was given, not from its due date (a late first run must not remind at once).
ALTER TABLE "FeedbackTask" ADD COLUMN "assignedOn" DATE;
UPDATE "FeedbackTask" SET "assignedOn" = greatest("dueOn", "createdAt"::date);
ALTER TABLE "FeedbackTask" ALTER COLUMN "assignedOn" SET NOT NULL;
