// PMO Toolkit web app: optional enhancements only; every page works without this file.
(function () {
  "use strict";
  // Drag and drop a CV onto the upload field.
  var drop = document.getElementById("cv-drop");
  var input = document.getElementById("cv");
  if (drop && input && "DataTransfer" in window) {
    var hint = drop.querySelector(".drop-hint");
    if (hint) { hint.hidden = false; }
    drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("dragging"); });
    drop.addEventListener("dragleave", function () { drop.classList.remove("dragging"); });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("dragging");
      if (e.dataTransfer && e.dataTransfer.files.length > 0) {
        var dt = new DataTransfer();
        dt.items.add(e.dataTransfer.files[0]);
        input.files = dt.files;
      }
    });
  }
  // A word count and speaking time as the answer is typed.
  var answer = document.getElementById("answer");
  var live = document.getElementById("live-feedback");
  if (answer && live) {
    var update = function () {
      var words = answer.value.trim() === "" ? 0 : answer.value.trim().split(/\s+/).length;
      var seconds = Math.round(words / 2.5);
      live.hidden = false;
      live.textContent = words + (words === 1 ? " word" : " words") + ", about " + seconds + " s spoken";
    };
    answer.addEventListener("input", update);
  }
})();
