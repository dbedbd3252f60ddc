/*
 * Search-as-you-type for the header search box (input[name=q] in form.site-search, or any
 * input[name=q][data-suggest]), following the ARIA 1.2 combobox pattern with a listbox popup:
 *   - the input is role=combobox with aria-expanded, aria-controls (the listbox) and
 *     aria-activedescendant (the highlighted option); focus never leaves the input;
 *   - ArrowDown/ArrowUp move through the options (ArrowDown also opens the list), Enter picks
 *     the highlighted option, Escape (or Alt+ArrowUp) closes the list, Tab leaves it;
 *   - a click or tap picks; picking fills the box and submits the search form;
 *   - a polite live region says how many suggestions there are, for screen readers.
 * Fetches /api/search/suggest/?q= (debounced, stale answers dropped). The list sits inside the
 * search form (which is position: relative); its looks are the .search-suggest classes in
 * site.css: no inline scripts or styles (the storefront's CSP forbids them).
 * Texts come from data attributes on the input, translated by the template:
 * data-suggest-label (the listbox's name), data-suggest-one / data-suggest-many (the count,
 * with {n}), data-suggest-none. The suggest URL can be overridden with data-suggest-url.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;
  var LIMIT = 8;

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  // Texts of the header's box serve any other suggest box (e.g. the one on the error pages).
  function text(input, name, fallback) {
    var header = document.getElementById("site-search-q");
    return input.getAttribute(name) || (header && header.getAttribute(name)) || fallback;
  }

  function attach(input, number) {
    var form = input.form;
    var container = form || input.parentNode;
    var url = input.getAttribute("data-suggest-url") || "/api/search/suggest/";
    var listId = (input.id || "search") + "-suggestions-" + number;
    var list = document.createElement("ul");
    var status = document.createElement("div");
    var timer = null;
    var lastAsked = "";
    var controller = null;
    var active = -1;
    var options = [];

    list.id = listId;
    list.className = "search-suggest";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", text(input, "data-suggest-label", "Search suggestions"));
    list.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    container.classList.add("has-suggest");
    container.appendChild(list);
    container.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");

    function announce(count) {
      var message = count === 0 ? "" : count === 1
        ? text(input, "data-suggest-one", "1 suggestion. Use the up and down arrows to choose.")
        : text(input, "data-suggest-many", "{n} suggestions. Use the up and down arrows to choose.");
      status.textContent = message.replace("{n}", String(count));
    }

    function close() {
      list.hidden = true;
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
      options.forEach(function (option, n) {
        option.setAttribute("aria-selected", n === index ? "true" : "false");
      });
      active = index;
      if (index >= 0) {
        input.setAttribute("aria-activedescendant", options[index].id);
        if (typeof options[index].scrollIntoView === "function") { options[index].scrollIntoView({ block: "nearest" }); }
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function pick(value) {
      input.value = value;
      close();
      if (form) {
        if (typeof form.requestSubmit === "function") { form.requestSubmit(); } else { form.submit(); }
      }
    }

    function show(suggestions) {
      list.textContent = "";
      options = suggestions.map(function (suggestion, n) {
        var option = document.createElement("li");
        option.id = listId + "-" + n;
        option.className = "search-suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = suggestion;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box until the pick
        });
        option.addEventListener("click", function () { pick(suggestion); });
        option.addEventListener("mousemove", function () { if (active !== n) { highlight(n); } });
        list.appendChild(option);
        return option;
      });
      announce(options.length);
      if (!options.length) { close(); return; }
      active = -1;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
      input.removeAttribute("aria-activedescendant");
    }

    function ask() {
      var q = input.value;
      if (q.trim().length < MIN_CHARS) { lastAsked = q; close(); return; }
      if (q === lastAsked && !list.hidden) { return; }
      lastAsked = q;
      if (controller) { controller.abort(); }
      controller = typeof AbortController === "function" ? new AbortController() : null;
      var address = url + "?" + new URLSearchParams({ q: q, limit: String(LIMIT) }).toString();
      fetch(address, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (response) { return response.ok ? response.json() : { q: q, suggestions: [] }; })
        .then(function (data) {
          if (input.value !== q) { return; } // typed on since: a newer answer is coming
          show(Array.isArray(data.suggestions) ? data.suggestions : []);
        })
        .catch(function () { /* aborted or offline: the plain search still works */ });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, DEBOUNCE_MS);
    });

    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        if (event.key === "ArrowDown" && input.value.trim().length >= MIN_CHARS) {
          event.preventDefault();
          lastAsked = "";
          ask();
        }
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(active + 1 >= options.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp" && event.altKey) {
        event.preventDefault();
        close();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        pick(options[active].textContent);
      } else if (event.key === "Escape") {
        event.preventDefault(); // a search input would also clear itself: closing is enough
        close();
      } else if (event.key === "Tab") {
        close();
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 150); });
  }

  ready(function () {
    var inputs = document.querySelectorAll("form.site-search input[name=q], input[name=q][data-suggest]");
    Array.prototype.forEach.call(inputs, attach);
  });
})();
