// Recordings on event pages. Without JavaScript the button is a plain link to the video
// platform. With it, the button shows the video here, and only after that click does the
// browser connect to the provider: nothing is loaded from there before.
(function () {
  "use strict";

  function show(block) {
    var frame = document.createElement("iframe");
    frame.className = "recording__frame";
    frame.src = block.dataset.embed;
    frame.title = block.dataset.title;
    frame.allow = "encrypted-media; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    // Video platforms refuse to play embeds that do not say which site embeds them.
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    var notice = block.querySelector("[data-recording-notice]");
    notice.replaceWith(frame);
    frame.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-recording][data-embed]"), function (block) {
    var link = block.querySelector("[data-show-recording]");
    if (!link) return;
    // It now acts on this page: a button, not a link away.
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.textContent = link.textContent;
    button.dataset.showRecording = "";
    button.addEventListener("click", function () { show(block); });
    link.replaceWith(button);
  });
})();
