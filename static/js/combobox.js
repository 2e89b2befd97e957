// The WAI-ARIA combobox pattern (an input that controls a listbox), shared by the search box's
// typeahead, the sector picker and the multi-pickers (multipicker.js). Arrow keys move through
// the options, Enter or a click chooses one, Escape closes the list. Options are fetched as JSON
// {suggestions: [{label, ...}]}, or given by the page.
//   url(text)            where to fetch the options for the typed text
//   source(text)         instead of url: the options themselves ([{label, ...}])
//   minChars             fewer typed characters (trimmed) close the list instead; with 0, ArrowDown
//                        in the empty box lists every option
//   choose(suggestion)   what choosing an option does
//   decorate(li, s)      adds to an option after its label (text only, never HTML)
//   rendered(count)      hears how many options were shown
//   enterChooses         Enter always chooses (the active option, else the first) and never
//                        submits the form; otherwise Enter chooses only an active option
window.combobox = (input, list, { idPrefix, url, source, minChars, choose, decorate = () => {}, rendered = () => {},
  enterChooses = false }) => {
  let items = [];
  let active = -1;
  let timer = null;
  let controller = null;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };

  const pick = (suggestion) => {
    choose(suggestion);
    close();
  };

  const highlight = (index) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((el, i) => {
      el.setAttribute("aria-selected", String(i === index));
      el.classList.toggle("active", i === index);
    });
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", `${idPrefix}-${index}`);
      list.children[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const render = (suggestions) => {
    items = suggestions;
    list.replaceChildren(...suggestions.map((s, i) => {
      const li = document.createElement("li");
      li.id = `${idPrefix}-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "list-group-item list-group-item-action";
      li.textContent = s.label;  // text, never HTML
      decorate(li, s);
      li.addEventListener("mousedown", (event) => { event.preventDefault(); pick(s); });
      return li;
    }));
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
    rendered(suggestions.length);
    active = -1;
  };

  const fetchSuggestions = () => {
    if (controller) controller.abort();
    const text = input.value;
    if (text.trim().length < minChars) { close(); return; }
    if (source) { render(source(text)); return; }
    controller = new AbortController();
    fetch(url(text), { signal: controller.signal, headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : { suggestions: [] }))
      .then((data) => render(data.suggestions))
      .catch(() => {});
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && enterChooses) {
      event.preventDefault();
      if (!list.hidden && items.length) pick(items[active >= 0 ? active : 0]);
      return;
    }
    if (list.hidden && event.key !== "ArrowDown") return;
    if (event.key === "ArrowDown") {
      event.preventDefault();
      if (list.hidden) { fetchSuggestions(); return; }
      highlight((active + 1) % items.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      highlight(active <= 0 ? items.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      pick(items[active]);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
};
