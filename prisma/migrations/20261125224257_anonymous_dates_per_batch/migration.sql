-- Anonymous responses written before answers were sealed and released in groups (decision 0011) carry the day
-- each respondent submitted. Give every anonymous response of a batch and set the latest of those days, as a
-- release would, so the date no longer matches one invitation's audit row.
-- Responses are append-only (trigger); this one correction is made with the trigger held off.
ALTER TABLE "ReactionResponse" DISABLE TRIGGER "ReactionResponse_append_only";
UPDATE "ReactionResponse" r
SET "submittedOn" = m.last
FROM (
  SELECT "batchId", "questionSetId", max("submittedOn") AS last
  FROM "ReactionResponse" WHERE "respondentId" IS NULL GROUP BY "batchId", "questionSetId"
) m
WHERE r."respondentId" IS NULL AND r."batchId" = m."batchId" AND r."questionSetId" = m."questionSetId";
ALTER TABLE "ReactionResponse" ENABLE TRIGGER "ReactionResponse_append_only";
