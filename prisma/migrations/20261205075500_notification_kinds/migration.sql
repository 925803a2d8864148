-- Notifications are worded when read, in the reader's language: a row keeps its kind and params.
-- Rows written before keep their Indonesian words as the params of the kind "legacy".
ALTER TABLE "Notification" ADD COLUMN "kind" TEXT, ADD COLUMN "params" JSONB NOT NULL DEFAULT '{}';
UPDATE "Notification" SET "kind" = 'legacy', "params" = jsonb_build_object('title', "title", 'body', "body");
ALTER TABLE "Notification" ALTER COLUMN "kind" SET NOT NULL;
ALTER TABLE "Notification" DROP COLUMN "title", DROP COLUMN "body";
