/** The three roles, in the order they are shown. Ids are SCORM choice tokens (ASCII). Zod-free: islands import it. */
export const ROLE_IDS = ['kierownik', 'mentor', 'podopieczny'] as const;
export type RoleId = (typeof ROLE_IDS)[number];
