/** Where the content lives; tests point it at a fixture with COURSE_CONTENT_DIR. */
export const contentDir = process.env['COURSE_CONTENT_DIR'] ?? './content';
