// The organisation picker's search field as a combobox (WAI-ARIA 1.2, list autocomplete): typing asks the
// server for the best matches, the arrow keys move through them, Enter takes one, Escape closes the list.
// A taken organisation becomes a checked radio button or checkbox of the form, just as the search
// button's round trip without this script offers them.
(function () {
  "use strict";

  var DELAY = 150;

  function format(text, values) {
    return text.replace(/\{(\d)\}/g, function (all, i) { return values[i]; });
  }

  function init(picker) {
    if (picker.dataset.ready) {
      return;
    }
    picker.dataset.ready = "true";
    var field = picker.dataset.field;
    var multiple = picker.dataset.multiple === "true";
    var input = picker.querySelector("[data-query]");
    var listbox = picker.querySelector("[data-listbox]");
    var status = picker.querySelector("[data-status]");
    var chosen = picker.querySelector("[data-chosen]");
    var button = picker.querySelector("[data-search]");
    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    function label(item) {
      return item.city ? format(picker.dataset.textPlace, [item.name, item.city]) : item.name;
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function show(found) {
      items = found;
      active = -1;
      listbox.textContent = "";
      found.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = field + "-option-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = label(item);
        // keeps the focus in the field, so a click does not close the list before it counts
        option.addEventListener("mousedown", function (event) { event.preventDefault(); });
        option.addEventListener("click", function () { choose(item); });
        listbox.appendChild(option);
      });
      listbox.hidden = found.length === 0;
      input.setAttribute("aria-expanded", found.length === 0 ? "false" : "true");
      input.removeAttribute("aria-activedescendant");
      status.textContent = found.length === 0 ? picker.dataset.textNone
        : found.length === 1 ? picker.dataset.textOne
        : format(found.length >= 20 ? picker.dataset.textMore : picker.dataset.textMany, [found.length]);
    }

    function search() {
      var query = input.value.trim();
      var ask = ++asked;
      if (query === "") {
        close();
        status.textContent = "";
        return;
      }
      fetch(picker.dataset.organisationPicker + "?q=" + encodeURIComponent(query),
        { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (found) {
          if (ask === asked) {
            show(found);
          }
        });
    }

    function move(step) {
      if (items.length === 0) {
        return;
      }
      var options = listbox.querySelectorAll("[role=option]");
      if (active >= 0) {
        options[active].setAttribute("aria-selected", "false");
      }
      active = (active + step + items.length) % items.length;
      options[active].setAttribute("aria-selected", "true");
      options[active].scrollIntoView({ block: "nearest" });
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    function choose(item) {
      var id = field + "-" + item.id;
      if (!multiple) {
        chosen.querySelectorAll("input").forEach(function (other) {
          if (other.value !== "") {
            other.closest(".checkbox").remove();
          }
        });
      }
      var box = document.getElementById(id);
      if (!box || !chosen.contains(box)) {
        if (box) {
          box.closest(".checkbox").remove();
        }
        var row = document.createElement("div");
        row.className = "checkbox";
        box = document.createElement("input");
        box.type = multiple ? "checkbox" : "radio";
        box.id = id;
        box.name = field;
        box.value = item.id;
        var text = document.createElement("label");
        text.htmlFor = id;
        text.textContent = label(item);
        row.appendChild(box);
        row.appendChild(text);
        chosen.appendChild(row);
      }
      box.checked = true;
      input.value = "";
      close();
      status.textContent = format(picker.dataset.textChosen, [label(item)]);
    }

    // the button searches here and now; as a submit button it would be the one that Enter in any other
    // field of the form presses, and the form would come back instead of being saved
    button.type = "button";
    button.removeAttribute("name");
    button.addEventListener("click", function () {
      search();
      input.focus();
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      var open = !listbox.hidden;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (open) {
          move(event.key === "ArrowDown" ? 1 : -1);
        }
        else {
          search();
        }
      }
      else if (event.key === "Enter") {
        // Enter in this field searches or takes an option; it never sends the form
        event.preventDefault();
        if (open && active >= 0) {
          choose(items[active]);
        }
        else {
          clearTimeout(timer);
          search();
        }
      }
      else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          close();
        }
        else if (input.value !== "") {
          event.preventDefault();
          input.value = "";
        }
      }
    });
    input.addEventListener("blur", close);
  }

  function initAll(root) {
    root.querySelectorAll("[data-organisation-picker]").forEach(init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { initAll(document); });
  }
  else {
    initAll(document);
  }
  document.addEventListener("htmx:load", function (event) { initAll(event.detail.elt.parentNode || document); });
})();
