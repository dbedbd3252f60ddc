/*
 * The wishlist heart (form[data-wishlist-heart], see oscar/customer/wishlists/partials/heart.html).
 * Without this script the form posts and the page comes back. With it, a signed-in shopper's
 * heart is sent with fetch (the same form, CSRF token included) and every heart of the same
 * product on the page follows: aria-pressed, the next action, and a polite announcement.
 * Signed-out shoppers' hearts post normally: they go to the log-in page and come back.
 */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function liveRegion() {
    var region = document.getElementById("wishlist-status");
    if (!region) {
      region = document.createElement("div");
      region.id = "wishlist-status";
      region.className = "visually-hidden";
      region.setAttribute("role", "status");
      document.body.appendChild(region);
    }
    return region;
  }

  function show(productId, wished) {
    var forms = document.querySelectorAll('form[data-wishlist-heart="' + productId + '"]');
    Array.prototype.forEach.call(forms, function (form) {
      form.querySelector("button").setAttribute("aria-pressed", wished ? "true" : "false");
      form.querySelector("input[name=action]").value = wished ? "remove" : "add";
    });
  }

  ready(function () {
    var region = liveRegion();
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!form.matches || !form.matches("form[data-wishlist-heart][data-signed-in]")) { return; }
      if (typeof fetch !== "function" || typeof FormData !== "function") { return; }
      event.preventDefault();
      var button = form.querySelector("button");
      if (button.getAttribute("aria-busy") === "true") { return; }
      button.setAttribute("aria-busy", "true");
      // getAttribute: the form's own input named "action" hides the form.action property.
      fetch(form.getAttribute("action"), {
        method: "POST", body: new FormData(form), credentials: "same-origin",
        headers: { Accept: "application/json" }
      })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.json();
        })
        .then(function (data) {
          show(data.product, data.wished);
          region.textContent = data.message;
        })
        .catch(function () { form.submit(); }) // the plain form still works
        .then(function () { button.removeAttribute("aria-busy"); });
    });
  });
})();
