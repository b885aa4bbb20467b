// Enhancements only: every feature works without this script.
(function () {
  "use strict";

  var status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = document.execCommand("copy");
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function addCopyButton(block) {
    var code = block.querySelector("code");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = "Copy";
    button.setAttribute("aria-label", "Copy BibTeX");
    button.addEventListener("click", function () {
      copyText(code.textContent).then(function () {
        button.textContent = "Copied";
        status.textContent = "BibTeX copied to the clipboard";
      }, function () {
        button.textContent = "Copy failed";
        status.textContent = "Could not copy; select the text and copy it by hand";
      });
      window.setTimeout(function () { button.textContent = "Copy"; }, 2000);
    });
    block.insertBefore(button, block.firstChild);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.body.appendChild(status);
    Array.prototype.forEach.call(document.querySelectorAll("pre.bibtex"), addCopyButton);
  });
})();
