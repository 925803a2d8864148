-- A unit's head position is one of the unit's own positions (issue 13, decision 0024). The existing foreign key
-- (agencyId, headPositionId) keeps it inside the agency; this one also ties it to the unit: (agencyId, id,
-- headPositionId) must name a position (agencyId, unitId, id). A null head is not checked (MATCH SIMPLE), and a
-- position that heads its unit cannot be moved to another unit while it does. Prisma does not model a foreign
-- key onto a unit's own id, so it lives here only; lib/org/commands.ts checks the same before writing.
CREATE UNIQUE INDEX "Position_agencyId_unitId_id_key" ON "Position"("agencyId", "unitId", "id");
ALTER TABLE "OrgUnit" ADD CONSTRAINT "OrgUnit_head_position_of_unit_fkey"
  FOREIGN KEY ("agencyId", "id", "headPositionId") REFERENCES "Position"("agencyId", "unitId", "id") ON DELETE RESTRICT ON UPDATE RESTRICT;
