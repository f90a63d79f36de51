import { graphql } from '../../graphql/plan-page-generated';

/** The year's targets of a province with their forecasts (Target.forecast). */
export const TargetForecastsQuery = graphql(`
  query TargetForecasts($code: String!, $year: Int!) {
    province(code: $code) {
      id
      targets(year: $year) {
        scheme
        target {
          id
          totalParticipants
          forecast {
            asOf
            achieved
            projected
            low
            high
            monthlyPace
            requiredMonthlyPace
            onTrack
            method
            monthly {
              monthEnd
              participants
            }
          }
        }
      }
    }
  }
`);

/** Open agreements of a province nobody has changed for 30 days or more. */
export const StalledAgreementsQuery = graphql(`
  query StalledAgreements($code: String!) {
    stalledAgreements(provinceCode: $code) {
      status
      daysIdle
      idleSince
      lastChangedBy
      ward {
        id
        code
        name
      }
      agreement {
        id
      }
    }
  }
`);

/** The signing drive week by week. */
export const SigningOverTimeQuery = graphql(`
  query SigningOverTime($code: String!) {
    province(code: $code) {
      id
      signingOverTime {
        since
        totalWards
        weeks {
          weekStart
          signings
          wardsLacking
        }
      }
    }
  }
`);

/** The province's name for the page's heading. */
export const PlanProvinceQuery = graphql(`
  query PlanProvince($code: String!) {
    province(code: $code) {
      id
      code
      fullName
      nameEn
      kind
    }
  }
`);
