/*
 * Oscar's dashboard image widget (templates/oscar/forms/widgets/image_input_widget.html):
 * once a chosen picture's preview loads, its "Upload Image" button is hidden; if the file
 * is not an image, the button comes back and the user is told. Oscar did this with inline
 * onload/onerror attributes, which the dashboard's Content-Security-Policy does not allow.
 * load and error do not bubble, so they are caught on the way down (capture).
 */
(function () {
  "use strict";

  function uploadButton(img) {
    return document.getElementById(img.getAttribute("data-upload-button"));
  }

  document.addEventListener("load", function (event) {
    var img = event.target;
    if (!img.hasAttribute || !img.hasAttribute("data-upload-button")) { return; }
    var button = uploadButton(img);
    if (button) { button.style.display = "none"; }
  }, true);

  document.addEventListener("error", function (event) {
    var img = event.target;
    if (!img.hasAttribute || !img.hasAttribute("data-upload-button") || !img.getAttribute("src")) { return; }
    var button = uploadButton(img);
    if (button) { button.style.display = ""; }
    window.alert(img.getAttribute("data-error-message"));
  }, true);
})();
