/*
 * The pay page. Card: Stripe.js (or, without Stripe keys, the local server's stand-in)
 * turns the card entered into a payment method; our server confirms the PaymentIntent
 * for the amount it computed; 3-D Secure, when asked for, is finished by Stripe.js.
 * PromptPay: polls the order's status until Stripe's webhook has confirmed the payment.
 * Everything is read from data- attributes: no inline script, for a strict CSP.
 */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function initCard(form) {
    if (typeof window.Stripe !== "function") { return; }
    var local = form.getAttribute("data-local") === "true";
    var stripe = window.Stripe(form.getAttribute("data-publishable-key"));
    var card = stripe.elements().create("card", { hidePostalCode: true });
    card.mount("#card-element");
    var button = form.querySelector("#pay-button");
    var errors = form.querySelector("#card-errors");
    var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
    var buttonLabel = button.innerHTML;

    function fail(message) {
      errors.textContent = message || form.getAttribute("data-message-failed");
      button.disabled = false;
      button.innerHTML = buttonLabel;
    }

    function paymentMethodId() {
      if (local) {
        // The local stand-in has no createPaymentMethod; a token's card id plays that part.
        if (!card.value || !card.value.card || !card.value.card.number) {
          return Promise.reject(new Error(form.getAttribute("data-message-incomplete")));
        }
        return stripe.createToken(card).then(function (result) {
          if (result.error || !result.token) { throw new Error((result.error && result.error.message) || ""); }
          return result.token.card.id;
        });
      }
      return stripe.createPaymentMethod({ type: "card", card: card }).then(function (result) {
        if (result.error) { throw new Error(result.error.message); }
        return result.paymentMethod.id;
      });
    }

    function confirm(id) {
      return fetch(form.getAttribute("data-confirm-url"), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf ? csrf.value : "" },
        body: JSON.stringify({ payment_method_id: id })
      }).then(function (response) { return response.json(); });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      errors.textContent = "";
      button.disabled = true;
      button.textContent = form.getAttribute("data-message-working");
      paymentMethodId()
        .then(confirm)
        .then(function (answer) {
          if (answer.status === "requires_action" && answer.client_secret) {
            // The server confirmed the PaymentIntent, so Stripe.js only finishes its next action
            // (3-D Secure): handleNextAction, as Stripe documents for confirming on the server.
            // The local stand-in has only confirmCardPayment, which does the same for it.
            var nextAction = typeof stripe.handleNextAction === "function"
              ? stripe.handleNextAction({ clientSecret: answer.client_secret })
              : stripe.confirmCardPayment(answer.client_secret);
            return nextAction.then(function (result) {
              if (result && result.error) {
                fail(result.error.message);
                return;
              }
              window.location.assign(answer.redirect || form.getAttribute("data-return-url"));
            });
          }
          if (answer.status === "succeeded" || answer.status === "processing") {
            window.location.assign(answer.redirect || form.getAttribute("data-return-url"));
            return null;
          }
          fail(answer.message);
          return null;
        })
        .catch(function (error) { fail(error && error.message); });
    });
  }

  function initPromptPay(box) {
    var url = box.getAttribute("data-status-url");
    var started = Date.now();
    function poll() {
      if (Date.now() - started > 30 * 60 * 1000) { return; }
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (status) {
          if (status && (status.paid || status.failed)) {
            window.location.assign(status.redirect);
          } else {
            window.setTimeout(poll, 3000);
          }
        })
        .catch(function () { window.setTimeout(poll, 6000); });
    }
    window.setTimeout(poll, 3000);
  }

  ready(function () {
    var form = document.querySelector("form[data-card-payment]");
    if (form) { initCard(form); }
    var box = document.querySelector("[data-promptpay-payment]");
    if (box) { initPromptPay(box); }
  });
})();
