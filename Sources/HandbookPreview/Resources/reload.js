// Served by `handbook serve` only: reloads the page when the handbook is rebuilt.
(function () {
  "use strict";
  var script = document.currentScript;
  var build = script ? script.getAttribute("data-build") || "" : "";
  var events = new EventSource("/_handbook/events?build=" + encodeURIComponent(build));
  events.addEventListener("reload", function () {
    events.close();
    window.location.reload();
  });
})();
