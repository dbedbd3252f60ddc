/*
 * Thai address form: once a province is chosen, suggests its districts, then the
 * district's subdistricts, and fills in the postal code. The server checks every
 * field again (shop/address/forms.py); without JavaScript the form still works.
 * Reads data- attributes only (no inline script), for a strict Content-Security-Policy.
 */
(function () {
  "use strict";

  function ready(fn) {
    if (document.readyState !== "loading") { fn(); } else { document.addEventListener("DOMContentLoaded", fn); }
  }

  function normalise(name) {
    return (name || "").trim().toLowerCase()
      .replace(/^(กิ่งอำเภอ|อำเภอ|ตำบล|แขวง|เขต|อ\.|ต\.)/, "")
      .replace(/\b(amphoe|khet|tambon|khwaeng|district|subdistrict)\b/g, "")
      .replace(/[\s\-.]+/g, "");
  }

  function find(items, name) {
    var wanted = normalise(name);
    if (!wanted) { return null; }
    for (var i = 0; i < items.length; i++) {
      if (normalise(items[i].th) === wanted || normalise(items[i].en) === wanted) { return items[i]; }
    }
    return null;
  }

  function fill(datalist, items) {
    while (datalist.firstChild) { datalist.removeChild(datalist.firstChild); }
    items.forEach(function (item) {
      var option = document.createElement("option");
      option.value = item.th;
      if (item.en) { option.label = item.en; }
      datalist.appendChild(option);
    });
  }

  function init(form) {
    var url = form.getAttribute("data-options-url");
    var province = form.querySelector('[data-thai-address="province"]');
    var district = form.querySelector('[data-thai-address="district"]');
    var subdistrict = form.querySelector('[data-thai-address="subdistrict"]');
    var postcode = form.querySelector('[data-thai-address="postcode"]');
    var districtList = form.querySelector("#co-districts");
    var subdistrictList = form.querySelector("#co-subdistricts");
    if (!url || !province || !district || !subdistrict || !districtList || !subdistrictList) { return; }
    district.setAttribute("list", districtList.id);
    subdistrict.setAttribute("list", subdistrictList.id);
    var districts = [];

    function onDistrict() {
      var found = find(districts, district.value);
      fill(subdistrictList, found ? found.subdistricts : []);
      onSubdistrict();
    }

    function onSubdistrict() {
      var found = find(districts, district.value);
      var sub = found ? find(found.subdistricts, subdistrict.value) : null;
      if (sub && postcode && sub.postcodes.length && sub.postcodes.indexOf(postcode.value.trim()) === -1) {
        postcode.value = sub.postcodes[0];
        postcodeErrorClear();
      }
    }

    // The subdistrict's postal code now fills the field: the server's message about the one sent before
    // ("required", "99999 is not the postal code of …") no longer describes what the field shows.
    function postcodeErrorClear() {
      var field = postcode.closest(".co-field");
      var error = field && field.querySelector(".error-block");
      if (!error) { return; }
      error.parentNode.removeChild(error);
      field.classList.remove("has-error");
      postcode.removeAttribute("aria-invalid");
      postcode.removeAttribute("aria-describedby");
    }

    function load() {
      districts = [];
      fill(districtList, []);
      fill(subdistrictList, []);
      if (!province.value) { return; }
      fetch(url + "?province=" + encodeURIComponent(province.value), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { districts: [] }; })
        .then(function (data) {
          districts = data.districts || [];
          fill(districtList, districts);
          onDistrict();
        })
        .catch(function () { /* suggestions are a convenience; the server still checks */ });
    }

    province.addEventListener("change", load);
    district.addEventListener("change", onDistrict);
    district.addEventListener("input", onDistrict);
    subdistrict.addEventListener("change", onSubdistrict);
    subdistrict.addEventListener("input", onSubdistrict);
    load();
  }

  ready(function () {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-thai-address-form]"), init);
  });
})();
