// Live pages: show when the connection is lost (htmx reconnects by itself and the server
// sends the current state again), and empty text fields once their message is sent.
(function () {
  "use strict";
  function banner(hidden) {
    var element = document.querySelector("[data-live-connection]");
    if (element) element.hidden = hidden;
  }
  document.addEventListener("htmx:wsOpen", function () { banner(true); });
  document.addEventListener("htmx:wsClose", function () { banner(false); });
  document.addEventListener("htmx:wsAfterSend", function (event) {
    var form = event.target.closest && event.target.closest("form[data-clear-after-send]");
    if (form) form.querySelectorAll("input[type=text], input:not([type]), textarea").forEach(function (field) { field.value = ""; });
  });
})();
