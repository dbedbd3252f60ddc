/*
 * Search-as-you-type for the header search box (input[name=q] in form.site-search, or any
 * input[name=q][data-suggest]). Fetches /api/search/suggest/?q= (debounced, stale answers
 * dropped) and shows the completions in an ARIA listbox under the box:
 *   - ArrowDown/ArrowUp move through the list, Enter picks, Escape closes;
 *   - a click or tap picks; picking fills the box and submits the search form.
 * No inline scripts or styles: positioning is set through the CSSOM, looks come from the
 * classes .search-suggest, .search-suggest__option and .search-suggest__option[aria-selected=true].
 * The suggest URL can be overridden with data-suggest-url on the input.
 */
(function () {
  "use strict";

  var DEBOUNCE_MS = 150;
  var MIN_CHARS = 2;
  var LIMIT = 8;

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function attach(input, number) {
    var form = input.form;
    var url = input.getAttribute("data-suggest-url") || "/api/search/suggest/";
    var listId = "search-suggest-" + number;
    var list = document.createElement("ul");
    var timer = null;
    var lastAsked = "";
    var controller = null;
    var active = -1;
    var options = [];

    list.id = listId;
    list.className = "search-suggest";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    list.style.position = "absolute";
    list.style.zIndex = "1000";
    list.style.listStyle = "none";
    list.style.margin = "0";
    document.body.appendChild(list);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", listId);
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("autocomplete", "off");

    function place() {
      var box = input.getBoundingClientRect();
      list.style.left = (box.left + window.pageXOffset) + "px";
      list.style.top = (box.bottom + window.pageYOffset) + "px";
      list.style.minWidth = box.width + "px";
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
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function pick(text) {
      input.value = text;
      close();
      if (form) {
        if (typeof form.requestSubmit === "function") { form.requestSubmit(); } else { form.submit(); }
      }
    }

    function show(suggestions) {
      list.textContent = "";
      options = suggestions.map(function (text, n) {
        var option = document.createElement("li");
        option.id = listId + "-" + n;
        option.className = "search-suggest__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = text;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box until the pick
          pick(text);
        });
        list.appendChild(option);
        return option;
      });
      if (!options.length) { close(); return; }
      place();
      active = -1;
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
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
        if (event.key === "ArrowDown" && input.value.trim().length >= MIN_CHARS) { ask(); }
        return;
      }
      if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight(active + 1 >= options.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        pick(options[active].textContent);
      } else if (event.key === "Escape") {
        close();
      }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
    window.addEventListener("resize", function () { if (!list.hidden) { place(); } });
  }

  ready(function () {
    var inputs = document.querySelectorAll("form.site-search input[name=q], input[name=q][data-suggest]");
    Array.prototype.forEach.call(inputs, attach);
  });
})();
