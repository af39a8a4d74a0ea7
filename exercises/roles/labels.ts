import { t } from './strings.ts';
import type { RoleId } from './schema.ts';

/** A role's name as a label ("Kierownik"). */
export const roleLabel = (role: RoleId): string => t(`roles.role.${role}`);
/** A role's name inside a sentence ("kierownik"). */
export const roleWord = (role: RoleId): string => t(`roles.roleLower.${role}`);
/** A role's one-letter abbreviation for trainer mode ("K"). */
export const roleShort = (role: RoleId): string => t(`roles.roleShort.${role}`);

/** Roles as a phrase: "kierownik", "kierownik i mentor", "kierownik, mentor i podopieczny". */
export function roleList(roles: readonly RoleId[]): string {
  const words = roles.map(roleWord);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')}${t('roles.and')}${words.at(-1)}`;
}
