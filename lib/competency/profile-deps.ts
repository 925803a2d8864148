// The rules API the profile uses (lib/competency/rules.ts, settings.ts), in one place.
export { SOURCE_TRUST, currentLevels, gapsAgainst, jobPersonMatch, jpmBand, validUntil } from "./rules";
export type { CurrentLevel, JpmBands, LineGap, Jpm, RecordedResult, RequiredLine, ValidityYears } from "./rules";
export { loadCompetencySettings } from "./settings";
