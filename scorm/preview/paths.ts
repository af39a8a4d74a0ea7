/** Where the preview LMS serves each standard's package: deep sub-paths like Moodle's, no directory index. */
export const PACKAGE_PATH = {
  '1.2': '/pluginfile.php/42/mod_scorm/content/12/',
  '2004': '/pluginfile.php/42/mod_scorm/content/2004/',
} as const;
