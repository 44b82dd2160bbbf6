/*
 * Search results: show each article's "source · date" under its title.
 *
 * Every article's body opens with that line (digest/render.py, search_line), so the
 * search index has it; but Material shows only the paragraphs of a result that match
 * the query. This script reads the line from the search index, which the search has
 * already downloaded, and adds it as text to each article result. It fetches nothing
 * until the first result is shown, and nothing from another host.
 */
(function () {
  "use strict";
  var config = document.getElementById("__config");
  var list = document.querySelector(".md-search-result__list");
  if (!config || !list) {
    return;
  }
  var base = new URL(JSON.parse(config.textContent).base + "/", window.location.href);
  var lines = null;

  function text(html) {
    return new DOMParser().parseFromString(html, "text/html").body.textContent || "";
  }

  function load() {
    if (!lines) {
      lines = fetch(new URL("search/search_index.json", base))
        .then(function (response) { return response.json(); })
        .then(function (index) {
          var byPath = new Map();
          index.docs.forEach(function (doc) {
            var first = /^<p>(.*?)<\/p>/.exec(doc.text);
            if (first && doc.location.indexOf("#") === -1 && doc.location.indexOf("articles/") === 0) {
              byPath.set(new URL(doc.location, base).pathname, text(first[1]));
            }
          });
          return byPath;
        });
    }
    return lines;
  }

  function annotate() {
    var links = list.querySelectorAll(".md-search-result__item > .md-search-result__link");
    if (!links.length) {
      return;
    }
    load().then(function (byPath) {
      links.forEach(function (link) {
        var line = byPath.get(new URL(link.href).pathname);
        var title = link.querySelector("article h1");
        if (line && title && !link.querySelector(".digest-search-meta")) {
          var meta = document.createElement("p");
          meta.className = "digest-search-meta";
          meta.textContent = line;
          title.after(meta);
        }
      });
    });
  }

  new MutationObserver(annotate).observe(list, { childList: true });
})();
