// Quick exit: leave for a neutral page and replace this page in the history, so Back does not return here.
// Works as a plain link without JavaScript; Escape pressed twice also leaves.
(function () {
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var leave = function (event) {
    if (event) event.preventDefault();
    document.body.innerHTML = "";
    window.location.replace(link.href);
  };
  link.addEventListener("click", leave);
  var last = 0;
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - last < 800) leave();
    last = now;
  });
})();
