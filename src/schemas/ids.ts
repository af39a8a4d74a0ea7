import { z } from 'astro/zod';

/** A stable tracking id: ASCII, lower case, digits and hyphens (SCORM-safe). */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case ASCII letters, digits and single hyphens');
