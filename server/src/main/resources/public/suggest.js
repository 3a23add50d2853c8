// Suggestions as you type, for browsers with JavaScript; the page works the same without it.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var latest = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = input.value;
      if (typed.trim().length < 2) {
        list.replaceChildren();
        return;
      }
      var ticket = ++latest;
      var url = "/api/suggest?q=" + encodeURIComponent(typed) + "&lang=" + (input.dataset.lang || "nl");
      fetch(url).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (body) {
        if (ticket !== latest) {
          return;
        }
        list.replaceChildren.apply(list, body.suggestions.map(function (s) {
          var option = document.createElement("option");
          option.value = s.text;
          return option;
        }));
      }).catch(function () { /* suggestions are optional */ });
    }, 150);
  });
})();
