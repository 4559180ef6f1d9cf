// The governors' list: marks each review date before the reader's own today as overdue. The page
// is the same whatever day it was built; without this script it lists the reviews soonest first.
(function () {
  "use strict";
  var script = document.currentScript;
  var word = (script && script.getAttribute("data-overdue")) || "overdue";
  var now = new Date();
  var pad = function (n) { return (n < 10 ? "0" : "") + n; };
  var today = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  document.querySelectorAll("time[data-review-by]").forEach(function (time) {
    if (time.getAttribute("datetime") >= today) { return; }
    var mark = document.createElement("strong");
    mark.className = "overdue";
    mark.textContent = word;
    time.after(" ", mark);
  });
  document.querySelectorAll(".review-note").forEach(function (note) { note.hidden = false; });
})();
