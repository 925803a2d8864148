-- A batch's iCalendar SEQUENCE: raised on every change of its dates, session times or venue, so calendars
-- that imported the earlier file replace their events.
ALTER TABLE "Batch" ADD COLUMN "scheduleSequence" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Batch" ADD CONSTRAINT "Batch_scheduleSequence_check" CHECK ("scheduleSequence" >= 0);
