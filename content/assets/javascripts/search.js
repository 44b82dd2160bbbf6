/*
 * The search box (overrides/partials/search.html), over Pagefind's index.
 *
 * Pagefind's index is split into small chunks fetched as a query needs them, so a
 * first search downloads kilobytes, not the whole site's text. Its script and index
 * live under the site's base (`pagefind/`), found from the dialog's data-pagefind
 * address, so the search works from a sub-path. Everything a result shows is scraped
 * text and is put on the page as text: titles, sources and dates by textContent, and
 * excerpts rebuilt from their text and <mark> highlights only.
 *
 * Opening the dialog loads Pagefind (its script, WebAssembly and index of chunks), and
 * each keystroke fetches the chunks its word needs while the box waits for typing to
 * pause (`preload`), so the first results follow the last keystroke closely.
 *
 * Keyboard: "/" opens the dialog, typing searches, ArrowDown and ArrowUp move through
 * the results, Enter opens one, Escape closes.
 */
(function () {
  "use strict";
  var dialog = document.getElementById("digest-search");
  var opener = document.querySelector(".digest-search__open");
  if (!dialog || !opener || typeof dialog.showModal !== "function") {
    return;
  }
  var input = dialog.querySelector(".digest-search__input");
  var status = dialog.querySelector(".digest-search__status");
  var list = dialog.querySelector(".digest-search__results");
  var MAX_RESULTS = 10;
  var WAIT_MS = 120;
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December"];
  var pagefind = null;
  var latest = 0;
  var timer = null;

  function load() {
    if (!pagefind) {
      var address = new URL(dialog.getAttribute("data-pagefind"), window.location.href);
      pagefind = import(address.href).then(function (module) {
        return module.options({ excerptLength: 24 }).then(function () {
          return module.init();
        }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  function humanDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!parts) {
      return "date unknown";
    }
    return Number(parts[3]) + " " + MONTHS[Number(parts[2]) - 1] + " " + parts[1];
  }

  /* Rebuild an excerpt from its text and highlights; any other markup is dropped. */
  function excerpt(html) {
    var paragraph = document.createElement("p");
    paragraph.className = "digest-search__excerpt";
    var parsed = new DOMParser().parseFromString(html, "text/html").body;
    parsed.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        paragraph.appendChild(mark);
      } else {
        paragraph.appendChild(document.createTextNode(node.textContent || ""));
      }
    });
    return paragraph;
  }

  function item(data) {
    var meta = data.meta || {};
    var link = document.createElement("a");
    link.className = "digest-search__link";
    link.href = data.url;
    var title = document.createElement("span");
    title.className = "digest-search__title";
    title.textContent = meta.title || "untitled";
    var where = document.createElement("span");
    where.className = "digest-search__meta";
    where.textContent = (meta.source || "source unknown") + " · " + humanDate(meta.date);
    link.append(title, where, excerpt(data.excerpt || ""));
    var entry = document.createElement("li");
    entry.appendChild(link);
    return entry;
  }

  function show(query, found, shown) {
    list.replaceChildren.apply(list, shown.map(item));
    var count = found === 1 ? "1 article" : found + " articles";
    status.textContent = found ? count + " found for “" + query + "”" : "No article found for “" + query + "”";
  }

  function run() {
    var query = input.value.trim();
    var ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    load().then(function (module) {
      return module.search(query);
    }).then(function (search) {
      var first = search.results.slice(0, MAX_RESULTS);
      return Promise.all(first.map(function (r) { return r.data(); })).then(function (shown) {
        if (ticket === latest) {
          show(query, search.results.length, shown);
        }
      });
    }).catch(function () {
      if (ticket === latest) {
        status.textContent = "Search is not available: the site has no search index.";
      }
    });
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
    }
    input.focus();
    input.select();
    load().catch(function () {});
  }

  function move(step) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    var next = at + step;
    if (next < 0) {
      input.focus();
    } else if (next < links.length) {
      links[next].focus();
    }
  }

  opener.hidden = false;
  opener.addEventListener("click", open);
  dialog.querySelector(".digest-search__close").addEventListener("click", function () {
    dialog.close();
  });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      dialog.close();  // a click on the backdrop
    }
  });
  input.addEventListener("input", function () {
    var query = input.value.trim();
    if (query) {
      load().then(function (module) { return module.preload(query); }).catch(function () {});
    }
    clearTimeout(timer);
    timer = setTimeout(run, WAIT_MS);
  });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();  // a search field would first only clear its text
      dialog.close();
    } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter" && event.target === input) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) {
        first.click();
      }
    }
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName) || event.target.isContentEditable;
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
})();
