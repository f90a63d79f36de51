import { graphql } from '../../graphql/generated';

/**
 * Every campaign with its figures: per province as recorded (the units of the campaign's time),
 * regrouped under today's units, and the national totals as each source published them.
 */
export const CampaignResultsQuery = graphql(`
  query CampaignResults {
    campaigns {
      id
      name
      description
      startsOn
      endsOn
      scope
      results {
        id
        scheme
        participants
        note
        province {
          id
          code
          name
          nameEn
        }
      }
      reportedTotals {
        id
        scheme
        participants
        note
        source {
          id
          title
          publisher
          publishedOn
          url
        }
      }
      resultsByCurrentProvince {
        scheme
        participants
        province {
          id
          code
          name
          nameEn
        }
        figures {
          id
          note
          province {
            id
            name
            nameEn
          }
        }
      }
    }
  }
`);
