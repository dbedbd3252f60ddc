/*
 * OTOP PLUS storefront behaviour. No inline scripts are used anywhere, so the
 * pages work under a strict Content-Security-Policy: everything is wired here.
 *
 *  - [data-toggle-target]: a button that shows/hides another element (menu, filters)
 *  - select[data-autosubmit]: submits its form when the choice changes
 *  - [data-gallery-thumb]: swaps the product gallery's main image
 *  - [data-dismiss="alert"]: closes a flash message (Bootstrap's script is not loaded here)
 *  - Oscar's page scripts (basket, checkout gateway, ...) that Oscar normally
 *    starts from inline <script> blocks.
 */
(function () {
  "use strict";

  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function initToggles() {
    var buttons = document.querySelectorAll("[data-toggle-target]");
    Array.prototype.forEach.call(buttons, function (button) {
      var target = document.getElementById(button.getAttribute("data-toggle-target"));
      if (!target) { return; }
      button.setAttribute("aria-expanded", target.classList.contains("is-open") ? "true" : "false");
      button.addEventListener("click", function () {
        var open = !target.classList.contains("is-open");
        target.classList.toggle("is-open", open);
        button.setAttribute("aria-expanded", open ? "true" : "false");
        if (open && button.hasAttribute("data-toggle-focus")) {
          var first = target.querySelector("a, button, input, select");
          if (first) { first.focus(); }
        }
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") { return; }
      Array.prototype.forEach.call(buttons, function (button) {
        var target = document.getElementById(button.getAttribute("data-toggle-target"));
        if (target && target.classList.contains("is-open")) {
          target.classList.remove("is-open");
          button.setAttribute("aria-expanded", "false");
          button.focus();
        }
      });
    });
  }

  function initAutosubmit() {
    document.addEventListener("change", function (event) {
      var el = event.target;
      if (el && el.matches && el.matches("select[data-autosubmit], input[data-autosubmit]") && el.form) {
        if (typeof el.form.requestSubmit === "function") { el.form.requestSubmit(); } else { el.form.submit(); }
      }
    });
  }

  function initGallery() {
    var main = document.querySelector("[data-gallery-main]");
    if (!main) { return; }
    var thumbs = document.querySelectorAll("[data-gallery-thumb]");
    Array.prototype.forEach.call(thumbs, function (thumb) {
      thumb.addEventListener("click", function (event) {
        event.preventDefault();
        main.src = thumb.getAttribute("data-gallery-thumb");
        Array.prototype.forEach.call(thumbs, function (t) { t.setAttribute("aria-current", t === thumb ? "true" : "false"); });
      });
    });
  }

  function initOscar() {
    var oscar = window.oscar;
    if (!oscar || !window.jQuery) { return; }
    oscar.init();
    if (document.getElementById("basket_formset") || document.getElementById("saved_basket_formset")) {
      var basket = document.querySelector("[data-basket-url]");
      oscar.basket.init({ basketURL: basket ? basket.getAttribute("data-basket-url") : document.URL });
    }
    if (document.querySelector("form input[name=options]") && document.getElementById("id_password")) {
      oscar.checkout.gateway.init();
    }
    if (document.querySelector('a[data-behaviours~="archive"], a[data-behaviours~="delete"]')) {
      oscar.notifications.init();
    }
    if (document.querySelector(".clipboard-item")) {
      oscar.customer.wishlists.init();
    }
    var preview = document.getElementById("preview_box");
    if (preview && preview.contentWindow) {
      var doc = preview.contentWindow.document;
      doc.open();
      doc.write(preview.textContent);
      doc.close();
    }
  }

  function initDismiss() {
    document.addEventListener("click", function (event) {
      var close = event.target.closest && event.target.closest('[data-dismiss="alert"]');
      if (!close || window.jQuery && window.jQuery.fn && window.jQuery.fn.alert) { return; }
      var alert = close.closest(".alert");
      if (alert) {
        event.preventDefault();
        alert.remove();
      }
    });
  }

  function initBackLinks() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("[data-history-back]");
      if (link && window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  }

  ready(function () {
    initToggles();
    initAutosubmit();
    initGallery();
    initBackLinks();
    initDismiss();
    initOscar();
  });
})();
