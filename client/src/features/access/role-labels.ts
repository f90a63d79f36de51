import type { Role } from '../../graphql/generated/graphql';

/** Roles as the people using the app name them. */
export const ROLE_LABEL: Record<Role, string> = {
  ADMIN: 'Quản trị viên',
  DIRECTOR: 'Giám đốc',
  COORDINATOR: 'Điều phối viên',
  VIEWER: 'Người xem',
};
