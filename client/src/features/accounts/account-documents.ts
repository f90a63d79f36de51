import { graphql } from '../../graphql/accounts-generated';

/**
 * What the accounts table shows of an account.
 * @public The operations spread it by name (`...Fragment`); codegen reads it, no module imports it.
 */
export const AccountFields = graphql(`
  fragment AccountFields on Account {
    id
    email
    displayName
    role
    active
    createdAt
    lastSignedInAt
    agency {
      id
      name
      province {
        id
        name
      }
    }
    postOffice {
      id
      name
      province {
        id
        name
      }
    }
  }
`);

/** Every account, by email. The server answers it to admins only (FORBIDDEN to anyone else). */
export const AccountsQuery = graphql(`
  query Accounts {
    accounts {
      ...AccountFields
    }
  }
`);

/** The provinces to choose a new account's agency or post office in. */
export const AccountProvincesQuery = graphql(`
  query AccountProvinces {
    provinces {
      id
      code
      name
      nameEn
    }
  }
`);

/** The agencies and post offices of one province: what a director or a coordinator belongs to. */
export const AccountUnitsQuery = graphql(`
  query AccountUnits($provinceCode: String!) {
    agencies(provinceCode: $provinceCode) {
      id
      code
      name
    }
    postOffices(provinceCode: $provinceCode) {
      id
      code
      name
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountFields
    }
  }
`);

export const SetAccountActiveMutation = graphql(`
  mutation SetAccountActive($id: ID!, $active: Boolean!) {
    setAccountActive(id: $id, active: $active) {
      ...AccountFields
    }
  }
`);
