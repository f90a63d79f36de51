/**
 * Levels of the two organisations that sign beside the ward. Their hierarchies are not the
 * administrative one and change on their own dates: in 2025 Vietnam Social Security regrouped
 * its 63 provincial agencies into 35 regional ones (1 March) and then 34 provincial ones
 * (1 July), and its district offices became grassroots offices.
 */
export const AGENCY_LEVELS = ['CENTRAL', 'REGIONAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** Vietnam Post: the corporation, provincial post offices, district post offices, commune post points. */
export const POST_OFFICE_LEVELS = ['CORPORATION', 'PROVINCIAL', 'DISTRICT', 'COMMUNE'] as const;
export type PostOfficeLevel = (typeof POST_OFFICE_LEVELS)[number];
