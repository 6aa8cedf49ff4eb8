// Maps on the search and offer pages. Without JavaScript the list is the whole page; with
// it, a map appears, and tiles from another server load only after the visitor agrees.
(function () {
  "use strict";
  var leafletLoading = null;

  function loadLeaflet() {
    if (window.L) return Promise.resolve(window.L);
    if (leafletLoading) return leafletLoading;
    var base = document.querySelector('script[src$="directory/js/map.js"]').src.replace(/directory\/js\/map\.js.*$/, "vendor/leaflet/");
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = base + "leaflet.css";
    document.head.appendChild(css);
    leafletLoading = new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = base + "leaflet.js";
      script.onload = function () { resolve(window.L); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return leafletLoading;
  }

  function pointsFromMarkup(block) {
    return Array.prototype.map.call(block.querySelectorAll("[data-point]"), function (el) {
      return { lat: parseFloat(el.dataset.lat), lon: parseFloat(el.dataset.lon), title: el.dataset.title, url: null };
    });
  }

  function pointsFromUrl(url) {
    return fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        return data.features.map(function (f) {
          return { lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0], title: f.properties.title, url: f.properties.url };
        });
      });
  }

  function draw(block) {
    var container = block.querySelector(".map");
    var points = block.dataset.points ? pointsFromUrl(block.dataset.points) : Promise.resolve(pointsFromMarkup(block));
    Promise.all([loadLeaflet(), points]).then(function (loaded) {
      var L = loaded[0], items = loaded[1];
      container.classList.add("map--active");
      container.textContent = "";
      var map = L.map(container, { scrollWheelZoom: false });
      L.tileLayer(block.dataset.tiles, { attribution: block.dataset.attribution, maxZoom: 18 }).addTo(map);
      var bounds = [];
      items.forEach(function (item) {
        var marker = L.marker([item.lat, item.lon], { title: item.title, alt: item.title }).addTo(map);
        var label = document.createElement(item.url ? "a" : "span");
        label.textContent = item.title;
        if (item.url) label.href = item.url;
        marker.bindPopup(label);
        bounds.push([item.lat, item.lon]);
      });
      if (bounds.length) map.fitBounds(bounds, { maxZoom: 15, padding: [20, 20] });
      else map.setView([51.6, 7.2], 10);
      var consent = block.querySelector(".map-consent");
      if (consent) consent.remove();
    });
  }

  function setUp(root) {
    Array.prototype.forEach.call(root.querySelectorAll(".map-block"), function (block) {
      if (block.dataset.ready) return;
      block.dataset.ready = "1";
      block.hidden = false;
      var button = block.querySelector("[data-load-map]");
      if (block.dataset.consent === "1" && button && !sessionStorage.getItem("treffpunkt-map-consent")) {
        button.addEventListener("click", function () {
          sessionStorage.setItem("treffpunkt-map-consent", "1");
          draw(block);
        });
      } else {
        draw(block);
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  document.addEventListener("htmx:afterSettle", function (event) { setUp(event.target); });
})();
