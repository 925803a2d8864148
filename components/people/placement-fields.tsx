"use client";
import { useState } from "react";
import { Select } from "@/components/training-admin/form-controls";

export type PlacementUnitOption = { id: string; name: string; depth: number; positions: { id: string; name: string }[] };
type Labels = { unit: string; unitPlaceholder: string; position: string; positionPlaceholder: string; noPositions: string };

/** A unit, then one of that unit's own positions: the position list follows the unit chosen. */
export function PlacementFields({
  units, labels, errors, idPrefix = "", defaultUnitId = "",
}: {
  units: PlacementUnitOption[];
  labels: Labels;
  errors?: Record<string, string[]>;
  idPrefix?: string;
  defaultUnitId?: string;
}) {
  const [unitId, setUnitId] = useState(defaultUnitId);
  const positions = units.find((u) => u.id === unitId)?.positions ?? [];
  return (
    <>
      <Select
        id={`${idPrefix}unitId`}
        name="unitId"
        label={labels.unit}
        placeholder={labels.unitPlaceholder}
        value={unitId}
        onChange={(e) => setUnitId(e.target.value)}
        options={units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0".repeat(u.depth)}${u.name}` }))}
        errors={errors?.unitId}
      />
      <Select
        key={unitId}
        id={`${idPrefix}positionId`}
        name="positionId"
        label={labels.position}
        placeholder={labels.positionPlaceholder}
        defaultValue=""
        hint={unitId && !positions.length ? labels.noPositions : undefined}
        options={positions.map((p) => ({ value: p.id, label: p.name }))}
        errors={errors?.positionId}
      />
    </>
  );
}
