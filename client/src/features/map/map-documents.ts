import { graphql } from '../../graphql/generated';

/** Every ward of the province today with its seat and signing status: the map's markers. */
export const WardMapQuery = graphql(`
  query WardMap($code: String!) {
    province(code: $code) {
      id
      wards {
        id
        code
        name
        kind
        signingStatus
        location {
          latitude
          longitude
        }
        population {
          inhabitants
        }
      }
    }
  }
`);

/** The province's population today, to set targets against. */
export const ProvincePopulationQuery = graphql(`
  query ProvincePopulation($code: String!) {
    province(code: $code) {
      id
      population {
        inhabitants
        asOf
      }
    }
  }
`);
