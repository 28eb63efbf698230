/** The shape of a region code: `US`, `US-CA`, `GB-ENG`, `AU-NSW` (ISO 3166-1, with ISO 3166-2). */
export const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
