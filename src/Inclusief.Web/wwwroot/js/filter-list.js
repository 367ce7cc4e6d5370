// Narrows a list while typing: items whose data-filter text does not contain what was typed are hidden.
// Without JavaScript the same box searches on the server when its form is sent.
(function () {
  var fold = function (text) { return text.toLowerCase().replace(/[\s-]/g, ""); };
  document.querySelectorAll("[data-filter-for]").forEach(function (input) {
    var list = document.getElementById(input.getAttribute("data-filter-for"));
    if (!list) return;
    input.addEventListener("input", function () {
      var typed = fold(input.value);
      list.querySelectorAll("[data-filter]").forEach(function (item) {
        item.hidden = typed !== "" && fold(item.getAttribute("data-filter")).indexOf(typed) < 0;
      });
    });
  });
})();
