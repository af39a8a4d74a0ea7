// Runs before the page is painted (a classic script in <head>, no inline code
// under the CSP): marks a page shown in the course's launch shell (kurs.html)
// with <html data-shell>, so the CSS can drop the site header (the shell's bar
// replaces it) and fold the course path into a drawer without a layout jump.
// Same test as shellTrackerOf() in src/scripts/shell-frame.ts.
try {
  if (window.parent !== window && window.parent.__lseTracker) {
    document.documentElement.setAttribute('data-shell', '');
  }
} catch {
  // A parent on another origin (an LMS page): not our shell.
}
