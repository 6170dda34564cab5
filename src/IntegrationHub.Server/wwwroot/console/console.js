'use strict';

// Moves the focus to the error summary after a failed submit, so that keyboard and screen reader users start there.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.querySelector('[data-focus-on-load]');
  if (summary) {
    summary.focus();
  }
});
