import { PARTICIPATION_MEASURES, SCHEMES, type ParticipationMeasure, type Scheme } from '@tripartite/shared';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enum-object.js';

export const SchemeEnum = enumObject<Scheme>(SCHEMES);
export const ParticipationMeasureEnum = enumObject<ParticipationMeasure>(PARTICIPATION_MEASURES);

registerEnumType(SchemeEnum, {
  name: 'Scheme',
  description: 'The insurance schemes that Vietnam Post enrols people into.',
  valuesConfig: {
    VOLUNTARY_SOCIAL_INSURANCE: { description: 'Voluntary social insurance (bảo hiểm xã hội tự nguyện).' },
    HOUSEHOLD_HEALTH_INSURANCE: { description: 'Household health insurance (bảo hiểm y tế hộ gia đình).' },
  },
});

registerEnumType(ParticipationMeasureEnum, {
  name: 'ParticipationMeasure',
  description: 'What a participation figure counts; the two are never added together.',
  valuesConfig: {
    PARTICIPANTS_AT_PERIOD_END: { description: 'People covered on the last day of the period (a stock).' },
    ENROLLED_IN_PERIOD: { description: 'People who enrolled during the period, such as a campaign’s days (a flow).' },
  },
});
