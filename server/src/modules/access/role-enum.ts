import { ROLES, type Role } from '@tripartite/shared';
import { registerEnumType } from 'type-graphql';
import { enumObject } from '../../graphql/enum-object.js';

export const RoleEnum = enumObject<Role>(ROLES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What an account may do. Every role reads; only some write, and only within their scope.',
  valuesConfig: {
    ADMIN: { description: 'Everything, everywhere, including accounts.' },
    DIRECTOR: {
      description:
        'A social-insurance agency’s director: agreements, targets and participation figures within the agency’s province, and its audit trail.',
    },
    COORDINATOR: {
      description: 'A post office’s coordinator: creates and advances agreements for the wards its post office serves.',
    },
    VIEWER: { description: 'Reads everything an account can read; writes nothing.' },
  },
});
