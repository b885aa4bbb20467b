// Enhancements only: every feature works without this script.
(function () {
  "use strict";

  // the page's words for what this script says, when the site is not in English (i18n.py)
  var WORDS = {};
  try { WORDS = JSON.parse(document.body.getAttribute("data-words") || "{}"); } catch (error) { WORDS = {}; }
  function word(english, values) {
    var text = WORDS[english] || english;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
    return text;
  }

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
    button.textContent = word("Copy");
    button.setAttribute("aria-label", word("Copy BibTeX"));
    button.addEventListener("click", function () {
      copyText(code.textContent).then(function () {
        button.textContent = word("Copied");
        status.textContent = word("BibTeX copied to the clipboard");
      }, function () {
        button.textContent = word("Copy failed");
        status.textContent = word("Could not copy; select the text and copy it by hand");
      });
      window.setTimeout(function () { button.textContent = word("Copy"); }, 2000);
    });
    block.insertBefore(button, block.firstChild);
  }

  // -- publication filters: facet links become toggle buttons; the URL keeps the state -------
  var FACETS = ["year", "type", "member", "keyword"];

  function fold(text) {
    // accents and case, and a typeset apostrophe or quotation mark (Markdown's typographer, a Zotero
    // export's titles, a .bib's curled quotes and primes) against the one a keyboard types: "kenji's"
    // finds "Kenji’s", "5' utr" finds "5′ UTR"
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"').toLowerCase();
  }

  function setupFilters(panel) {
    var items = Array.prototype.slice.call(document.querySelectorAll("li.publication[data-type]"));
    var groups = Array.prototype.slice.call(document.querySelectorAll(".year-group"));
    var total = items.length;
    var state = {q: ""};
    var buttons = {};
    var searchForm = panel.querySelector(".pub-search");
    var search = panel.querySelector("#pub-search-input");
    var statusLine = panel.querySelector(".filter-status");
    var texts = items.map(function (item) {
      var parts = item.querySelectorAll(".citation, .abstract");
      var text = Array.prototype.map.call(parts, function (p) { return p.textContent; }).join(" ");
      return fold(text + " " + (item.dataset.moreAuthors || ""));  // the names a long list leaves out
    });

    FACETS.forEach(function (facet) {
      state[facet] = "";
      buttons[facet] = [];
      var links = panel.querySelectorAll('.facet[data-facet="' + facet + '"] a[data-value]');
      Array.prototype.forEach.call(links, function (link) {
        var button = document.createElement("button");
        button.type = "button";
        button.innerHTML = link.innerHTML;
        button.dataset.value = link.dataset.value;
        button.setAttribute("aria-pressed", "false");
        button.addEventListener("click", function () {
          state[facet] = state[facet] === button.dataset.value ? "" : button.dataset.value;
          apply(true);
        });
        link.parentNode.replaceChild(button, link);
        buttons[facet].push(button);
      });
    });

    function matches(item, index, words) {
      for (var i = 0; i < FACETS.length; i++) {
        var facet = FACETS[i];
        if (!state[facet]) continue;
        var values = (item.dataset[facet] || "").split(" ");
        if (facet === "year" && !item.dataset.year) values = ["Undated"];
        if (values.indexOf(state[facet]) < 0) return false;
      }
      return words.every(function (word) { return texts[index].indexOf(word) >= 0; });
    }

    function apply(remember) {
      var words = fold(state.q).split(/\s+/).filter(Boolean);
      var shown = 0;
      items.forEach(function (item, index) {
        var visible = matches(item, index, words);
        item.hidden = !visible;
        if (visible) shown += 1;
      });
      groups.forEach(function (group) {
        var count = group.querySelectorAll("li.publication:not([hidden])").length;
        group.hidden = count === 0;
        var label = group.querySelector("h2 .count");
        if (label) label.textContent = "(" + count + ")";
      });
      FACETS.forEach(function (facet) {
        buttons[facet].forEach(function (button) {
          button.setAttribute("aria-pressed", String(button.dataset.value === state[facet]));
        });
      });
      var filtered = shown !== total;
      var all = total === 1 ? word("1 publication") : word("{total} publications", { total: total });
      statusLine.textContent = filtered ? word("Showing {shown} of {total} publications", { shown: shown, total: total }) : all;
      if (filtered || state.q) {
        var clear = document.createElement("button");
        clear.type = "button";
        clear.textContent = word("Clear filters");
        clear.addEventListener("click", function () {
          FACETS.forEach(function (facet) { state[facet] = ""; });
          state.q = "";
          search.value = "";
          apply(true);
          search.focus();
        });
        statusLine.appendChild(clear);
      }
      if (remember) {
        var params = new URLSearchParams();
        FACETS.concat(["q"]).forEach(function (key) { if (state[key]) params.set(key, state[key]); });
        var query = params.toString();
        history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
      }
    }

    var initial = new URLSearchParams(window.location.search);
    FACETS.concat(["q"]).forEach(function (key) { state[key] = initial.get(key) || ""; });
    search.value = state.q;
    searchForm.hidden = false;
    searchForm.addEventListener("submit", function (event) { event.preventDefault(); });
    search.addEventListener("input", function () { state.q = search.value; apply(true); });
    apply(false);
  }

  // -- colour theme: a button that switches light and dark; theme.js applies the choice early --
  function addThemeToggle(header) {
    var root = document.documentElement;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "theme-toggle";
    button.setAttribute("aria-label", word("Dark theme"));
    function isDark() {
      var chosen = root.getAttribute("data-theme");
      return chosen ? chosen === "dark" : window.matchMedia("(prefers-color-scheme: dark)").matches;
    }
    function show() {
      var dark = isDark();
      button.setAttribute("aria-pressed", dark ? "true" : "false");
      button.textContent = dark ? "\u2600" : "\u263E";  // a sun to leave the dark, a moon to go there
    }
    button.addEventListener("click", function () {
      var theme = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", theme);
      try { window.localStorage.setItem("sitegen-theme", theme); } catch (error) { /* kept for this page only */ }
      show();
    });
    show();
    header.querySelector(".header-tools").appendChild(button);
  }

  // -- the menu: folded behind a Menu button when it would take more than two rows (a phone, a
  // long menu); without JavaScript it is always shown whole --
  function setupMenu(header) {
    var nav = header.querySelector("#site-menu");
    if (!nav) return;
    var site = header.parentNode;  // the <header>, which carries the state classes
    var list = nav.querySelector("ul");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "menu-toggle";
    button.textContent = word("Menu");
    button.setAttribute("aria-controls", nav.id);
    button.setAttribute("aria-expanded", "false");
    button.hidden = true;
    header.querySelector(".header-tools").appendChild(button);

    function open(opened) {
      site.classList.toggle("menu-open", opened);
      button.setAttribute("aria-expanded", opened ? "true" : "false");
    }
    function rows() {
      var tops = Array.prototype.map.call(list.children, function (item) { return item.offsetTop; });
      return tops.filter(function (top, index) { return tops.indexOf(top) === index; }).length;
    }
    function fit() {
      var opened = site.classList.contains("menu-open");
      site.classList.remove("menu-folded", "menu-open");  // measured as it would show whole
      var fold = rows() > 2;
      site.classList.toggle("menu-folded", fold);
      button.hidden = !fold;
      open(fold && opened);
    }
    button.addEventListener("click", function () { open(!site.classList.contains("menu-open")); });
    site.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && site.classList.contains("menu-open")) {
        open(false);
        button.focus();
      }
    });
    var waiting = false;
    window.addEventListener("resize", function () {
      if (waiting) return;
      waiting = true;
      window.requestAnimationFrame(function () { waiting = false; fit(); });
    });
    fit();
  }

  // -- site search: the header's box leads to /search/, which finds pages in search.json (search.py) --
  var SHOWN_RESULTS = 50;

  function setupSearch(form) {
    var input = form.querySelector("input");
    var statusLine = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var index = null;
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });

    function load() {
      if (!index) {
        index = fetch(form.getAttribute("data-index")).then(function (response) { return response.json(); }).then(function (data) {
          data.texts = data.entries.map(function (entry) { return fold(entry[1] + " " + entry[3]); });
          data.titles = data.entries.map(function (entry) { return fold(entry[1]); });
          return data;
        });
      }
      return index;
    }

    function show(data, query) {
      var words = fold(query).split(/\s+/).filter(Boolean);
      list.textContent = "";
      if (!words.length) { statusLine.textContent = ""; return; }
      var found = [];
      data.entries.forEach(function (entry, number) {
        if (words.every(function (w) { return data.texts[number].indexOf(w) >= 0; })) {
          var inTitle = words.every(function (w) { return data.titles[number].indexOf(w) >= 0; });
          found.push({ entry: entry, rank: inTitle ? 0 : 1, number: number });
        }
      });
      found.sort(function (a, b) { return a.rank - b.rank || a.number - b.number; });
      found.slice(0, SHOWN_RESULTS).forEach(function (hit) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = hit.entry[2];
        link.textContent = hit.entry[1];
        var kind = document.createElement("span");
        kind.className = "search-kind";
        kind.textContent = " · " + data.kinds[hit.entry[0]];
        var text = document.createElement("p");
        text.textContent = hit.entry[3].length > 200 ? hit.entry[3].slice(0, 200) + "…" : hit.entry[3];
        item.append(link, kind, text);
        list.appendChild(item);
      });
      if (!found.length) statusLine.textContent = word("No results");
      else if (found.length > SHOWN_RESULTS) statusLine.textContent = word("Showing {shown} of {count} results", { shown: SHOWN_RESULTS, count: found.length });
      else statusLine.textContent = found.length === 1 ? word("1 result") : word("{count} results", { count: found.length });
    }

    function search(remember) {
      var query = input.value;
      if (remember) {
        var params = new URLSearchParams(window.location.search);
        if (query) params.set("q", query); else params.delete("q");
        var search = params.toString();
        window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
      }
      load().then(function (data) { if (input.value === query) show(data, query); });
    }

    input.value = new URLSearchParams(window.location.search).get("q") || "";
    input.addEventListener("input", function () { search(true); });
    if (input.value) search(false);
  }

  // -- videos: a play button loads the host's player only when pressed (embeds.py) ----------
  var PLAYERS = [
    [/^https:\/\/www\.youtube\.com\/watch\?v=([\w-]{11})$/, "https://www.youtube-nocookie.com/embed/{id}?autoplay=1"],
    [/^https:\/\/vimeo\.com\/(\d+)$/, "https://player.vimeo.com/video/{id}?autoplay=1&dnt=1"]
  ];

  function play(button, event) {
    for (var i = 0; i < PLAYERS.length; i++) {
      var found = button.href.match(PLAYERS[i][0]);
      if (!found) continue;
      event.preventDefault();
      var frame = document.createElement("iframe");
      frame.className = "video-frame";
      frame.src = PLAYERS[i][1].replace("{id}", found[1]);
      frame.title = button.textContent;
      frame.setAttribute("allow", "autoplay; encrypted-media; picture-in-picture; fullscreen");
      frame.setAttribute("allowfullscreen", "");
      frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
      button.parentNode.replaceChild(frame, button);
      frame.focus();
      return;
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("a.video-button") : null;
    if (button && !event.ctrlKey && !event.metaKey && !event.shiftKey) play(button, event);
  });

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector(".site-search");
    if (box) box.hidden = false;
    var searchForm = document.querySelector(".search-form");
    if (searchForm) setupSearch(searchForm);
    var header = document.querySelector(".site-header .wrap");
    if (header) {
      addThemeToggle(header);
      setupMenu(header);
    }
    document.body.appendChild(status);
    Array.prototype.forEach.call(document.querySelectorAll("pre.bibtex"), addCopyButton);
    var panel = document.querySelector(".filters");
    if (panel) setupFilters(panel);
  });
})();
