-- CreateTable
CREATE TABLE "LedgerYearTotal" (
    "agencyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "employeeId" UUID NOT NULL,
    "minutes" INTEGER NOT NULL,
    "trainings" INTEGER NOT NULL,

    CONSTRAINT "LedgerYearTotal_pkey" PRIMARY KEY ("agencyId","year","employeeId")
);

-- Hand-written: the totals are recounted from the ledger for every (agency, year, ASN) a statement touches.
-- The first statement creates or locks each affected row (in a fixed order, so concurrent inserts queue
-- instead of deadlocking); the second recounts it. A training is its batch or external training (a
-- correction without either counts with the entry it corrects); it counts when its net is positive.
CREATE FUNCTION bangkom_ledger_year_totals() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "LedgerYearTotal" AS t ("agencyId", year, "employeeId", minutes, trainings)
    SELECT DISTINCT "agencyId", year, "employeeId", 0, 0 FROM new_rows ORDER BY 1, 2, 3
    ON CONFLICT ("agencyId", year, "employeeId") DO UPDATE SET minutes = t.minutes;
  UPDATE "LedgerYearTotal" t SET minutes = x.minutes, trainings = x.trainings
  FROM (
    SELECT k."agencyId", k.year, k."employeeId", s.minutes, s.trainings
    FROM (SELECT DISTINCT "agencyId", year, "employeeId" FROM new_rows) k
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(m), 0)::int AS minutes, (count(*) FILTER (WHERE m > 0))::int AS trainings
      FROM (
        SELECT sum(l.minutes) AS m FROM "LedgerEntry" l
        WHERE l."employeeId" = k."employeeId" AND l.year = k.year AND l."agencyId" = k."agencyId"
        GROUP BY coalesce(l."batchId", l."externalTrainingId", l."correctsId", l.id)
      ) per_training
    ) s
  ) x
  WHERE t."agencyId" = x."agencyId" AND t.year = x.year AND t."employeeId" = x."employeeId";
  RETURN NULL;
END;
$$;
CREATE TRIGGER "LedgerEntry_year_totals" AFTER INSERT ON "LedgerEntry"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bangkom_ledger_year_totals();

-- The ledger as it stands.
INSERT INTO "LedgerYearTotal" ("agencyId", year, "employeeId", minutes, trainings)
SELECT "agencyId", year, "employeeId", sum(m)::int, (count(*) FILTER (WHERE m > 0))::int
FROM (
  SELECT "agencyId", year, "employeeId", coalesce("batchId", "externalTrainingId", "correctsId", id) AS training, sum(minutes) AS m
  FROM "LedgerEntry" GROUP BY 1, 2, 3, 4
) per_training
GROUP BY 1, 2, 3;
