// The colour theme the reader chose with the theme button (site.js), applied before the page is
// drawn, so it never flashes in the other one. Without JavaScript, or before any choice, the page
// follows the system's light or dark setting.
(function () {
  "use strict";
  try {
    var theme = window.localStorage.getItem("sitegen-theme");
    if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  } catch (error) {
    // storage refused (private mode, blocked cookies): the system's setting it is
  }
})();
