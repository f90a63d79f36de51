import type { WardKind, WardSigningStatus } from '../../../graphql/generated/graphql';

/**
 * The map's queries, as plain strings with hand-written result types rather than generated
 * documents: the generated ones all sit in the chunk every page loads, and these two load only
 * with the map (first-visit budget, docs/phone-and-offline.md). `pnpm check:generated` does not
 * see them; the e2e map test does, against the real server.
 */
export const WARD_MAP_QUERY = `
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
      }
    }
  }
`;

export type WardMapData = {
  province: {
    id: string;
    wards: {
      id: string;
      code: string;
      name: string;
      kind: WardKind;
      signingStatus: WardSigningStatus;
      location: { latitude: number; longitude: number } | null;
    }[];
  } | null;
};

/** The province's population today, to set targets against. */
export const PROVINCE_POPULATION_QUERY = `
  query ProvincePopulation($code: String!) {
    province(code: $code) {
      id
      population {
        inhabitants
        asOf
      }
    }
  }
`;

export type ProvincePopulationData = {
  province: { id: string; population: { inhabitants: number; asOf: string } | null } | null;
};
