/** The two schemes that Vietnam Post enrols people into on behalf of Vietnam Social Security. */
export const SCHEMES = ['VOLUNTARY_SOCIAL_INSURANCE', 'HOUSEHOLD_HEALTH_INSURANCE'] as const;
export type Scheme = (typeof SCHEMES)[number];

/**
 * What a participation figure counts. Targets are about people covered at the end of a year
 * (a stock); a campaign reports people enrolled during its days (a flow). Summing one with the
 * other would be wrong, so every figure says which it is.
 */
export const PARTICIPATION_MEASURES = ['PARTICIPANTS_AT_PERIOD_END', 'ENROLLED_IN_PERIOD'] as const;
export type ParticipationMeasure = (typeof PARTICIPATION_MEASURES)[number];
