import type { Role } from '@tripartite/shared';

/** What the new-account form holds; `accountInput` (create-account-form) makes the mutation's input of it. */
export type AccountValues = {
  displayName: string;
  email: string;
  password: string;
  role: Role;
  /** Where to choose the agency or post office from; not sent. */
  provinceCode: string | null;
  agencyId: string | null;
  postOfficeId: string | null;
};
