// Suggestions as you type, for browsers with JavaScript; the page works the same without it.
// The search box becomes an ARIA combobox with a list of suggestions (the list autocomplete
// pattern): Down and Up move through the list, Enter chooses, Escape closes it. Choosing a
// document opens its page; choosing a concept or a keyword puts it in the box, to be searched.
(function () {
  "use strict";
  var input = document.getElementById("q");
  if (!input || !window.fetch) {
    return;
  }
  var list = document.createElement("ul");
  list.id = "q-suggestions";
  list.className = "suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", input.dataset.suggestionsLabel || "");
  list.hidden = true;
  input.insertAdjacentElement("afterend", list);
  // HTML allows the combobox role on a text box, not on type=search (the page without script
  // keeps that); the form is already a search landmark and enterkeyhint keeps the search key.
  input.type = "text";
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");

  var suggestions = [];
  var active = -1;
  var timer = null;
  var latest = 0;

  function kindLabel(kind) {
    var key = "kind" + kind.charAt(0).toUpperCase() + kind.slice(1);
    return input.dataset[key] || "";
  }

  function isPageOfThisSite(url) {
    return typeof url === "string" && url.charAt(0) === "/" && url.charAt(1) !== "/"
        && url.charAt(1) !== "\\";
  }

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    select(-1);
  }

  function open() {
    if (suggestions.length > 0) {
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  }

  function select(index) {
    active = index;
    Array.prototype.forEach.call(list.children, function (option, i) {
      option.setAttribute("aria-selected", i === index ? "true" : "false");
    });
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    var option = list.children[index];
    input.setAttribute("aria-activedescendant", option.id);
    option.scrollIntoView({ block: "nearest" });
  }

  function choose(index) {
    var suggestion = suggestions[index];
    close();
    if (suggestion.kind === "document" && isPageOfThisSite(suggestion.url)) {
      window.location.assign(suggestion.url);
      return;
    }
    input.value = suggestion.text;
  }

  function show(found) {
    suggestions = found;
    list.replaceChildren.apply(list, found.map(function (suggestion, i) {
      var option = document.createElement("li");
      option.id = "q-suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.kind = suggestion.kind;
      option.textContent = suggestion.text;
      // a title in the other language is read in its own (WCAG 3.1.2); the kind, in the page's
      var pageLang = document.documentElement.lang;
      if (suggestion.lang && suggestion.lang !== pageLang) {
        option.lang = suggestion.lang;
      }
      var kind = kindLabel(suggestion.kind);
      if (kind) {
        var label = document.createElement("span");
        label.className = "kind";
        if (option.lang) {
          label.lang = pageLang;
        }
        label.textContent = " · " + kind;
        option.appendChild(label);
      }
      // mousedown, not click: the box keeps its focus, so its blur does not close the list first
      option.addEventListener("mousedown", function (event) {
        event.preventDefault();
        choose(i);
      });
      return option;
    }));
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (found.length > 0) {
      open();
    } else {
      close();
    }
  }

  input.addEventListener("keydown", function (event) {
    var count = suggestions.length;
    if (event.key === "ArrowDown" && count > 0) {
      event.preventDefault();
      open();
      select(active + 1 < count ? active + 1 : 0);
    } else if (event.key === "ArrowUp" && count > 0) {
      event.preventDefault();
      open();
      select(active > 0 ? active - 1 : count - 1);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      // Enter on a suggestion chooses it; without one, it submits the search as always.
      event.preventDefault();
      choose(active);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener("blur", close);

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = input.value;
      var ticket = ++latest;
      if (typed.trim().length < 2) {
        show([]);
        return;
      }
      var url = "/api/suggest?q=" + encodeURIComponent(typed) + "&lang=" + (input.dataset.lang || "nl");
      fetch(url).then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      }).then(function (body) {
        if (ticket === latest && document.activeElement === input) {
          show(body.suggestions);
        }
      }).catch(function () { /* suggestions are optional */ });
    }, 150);
  });
})();
