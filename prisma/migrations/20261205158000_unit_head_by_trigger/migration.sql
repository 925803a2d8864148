-- A unit's head is one of its own positions (decision 0024), now kept by triggers instead of a foreign key onto
-- (agencyId, unitId, id): that key made OrgUnit.id a referencing column, which Prisma cannot model without a
-- stray relation and which the tenancy test cannot copy rows around. The rule is the same: a head must belong to
-- its unit, and a position that heads its unit cannot move to another.
ALTER TABLE "OrgUnit" DROP CONSTRAINT "OrgUnit_head_position_of_unit_fkey";
DROP INDEX "Position_agencyId_unitId_id_key";

CREATE FUNCTION org_unit_head_of_own_unit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."headPositionId" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "Position" p WHERE p.id = NEW."headPositionId" AND p."unitId" = NEW.id AND p."agencyId" = NEW."agencyId"
  ) THEN
    RAISE EXCEPTION 'head position % is not a position of unit %', NEW."headPositionId", NEW.id
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'OrgUnit_head_position_of_unit';
  END IF;
  RETURN NEW;
END $$;
-- Checked at commit, as a deferred foreign key would be: a unit and its head position can be written in either
-- order within one transaction.
CREATE CONSTRAINT TRIGGER "OrgUnit_head_position_of_unit" AFTER INSERT OR UPDATE OF "headPositionId" ON "OrgUnit"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION org_unit_head_of_own_unit();

CREATE FUNCTION position_heading_stays() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."unitId" <> OLD."unitId" AND EXISTS (SELECT 1 FROM "OrgUnit" u WHERE u."headPositionId" = OLD.id) THEN
    RAISE EXCEPTION 'position % heads its unit and cannot move to another', OLD.id
      USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'OrgUnit_head_position_of_unit';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Position_heading_stays" BEFORE UPDATE OF "unitId" ON "Position"
  FOR EACH ROW EXECUTE FUNCTION position_heading_stays();
