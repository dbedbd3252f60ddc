/*
 * Two gaps in Oscar 4's dashboard front end, filled once Oscar's scripts have loaded and before
 * the page's start-up code (templates/oscar/dashboard/base.html) runs:
 *
 * - TinyMCE 7 (Oscar's product description editor) runs in "evaluation mode" and says so in the
 *   editor unless told under which licence it is used: TinyMCE is GPL-licensed open source, and
 *   so is Oscar that ships it, so the licence key is "gpl" (https://www.tiny.cloud/license-key/).
 * - Oscar's order page calls oscar.dashboard.orders.initTable(), which its dashboard.js no longer
 *   defines (a TypeError that stops the rest of the start-up code). It was the "select every line"
 *   box of the lines table; it does that again where the table has line check boxes.
 */
(function () {
  "use strict";

  if (window.tinymce && typeof window.tinymce.overrideDefaults === "function") {
    window.tinymce.overrideDefaults({ license_key: "gpl" });
  }

  var orders = window.oscar && window.oscar.dashboard && window.oscar.dashboard.orders;
  if (orders && typeof orders.initTable !== "function") {
    orders.initTable = function () {
      var table = document.querySelector("#order_lines_form table");
      if (!table) { return; }
      var boxes = table.querySelectorAll("tbody td:first-child input[type=checkbox]");
      var header = table.querySelector("thead th");
      if (!boxes.length || !header) { return; }
      var all = document.createElement("input");
      all.type = "checkbox";
      all.setAttribute("aria-label", header.getAttribute("data-select-all-label") || "Select all");
      all.addEventListener("change", function () {
        boxes.forEach(function (box) { box.checked = all.checked; });
      });
      header.prepend(all);
    };
  }
})();
