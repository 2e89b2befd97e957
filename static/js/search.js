// Typeahead for the search box: the WAI-ARIA combobox pattern (input + listbox).
// Arrow keys move through suggestions, Enter opens one, Escape closes the list.
document.addEventListener("DOMContentLoaded", () => {
  const input = document.querySelector("input[role=combobox][data-suggest-url]");
  if (!input) return;
  const list = document.getElementById(input.getAttribute("aria-controls"));
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

  const highlight = (index) => {
    active = index;
    list.querySelectorAll("[role=option]").forEach((el, i) => {
      el.setAttribute("aria-selected", String(i === index));
      el.classList.toggle("active", i === index);
    });
    if (index >= 0) input.setAttribute("aria-activedescendant", `q-option-${index}`);
    else input.removeAttribute("aria-activedescendant");
  };

  const render = (suggestions) => {
    items = suggestions;
    list.replaceChildren(...suggestions.map((s, i) => {
      const li = document.createElement("li");
      li.id = `q-option-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "list-group-item list-group-item-action";
      li.textContent = s.label;  // text, never HTML
      const kind = document.createElement("span");
      kind.className = "small text-body-secondary ms-2";
      kind.textContent = list.dataset[`label${s.target[0].toUpperCase()}${s.target.slice(1)}`] || "";
      li.append(kind);
      li.addEventListener("mousedown", (event) => { event.preventDefault(); window.location.href = s.url; });
      return li;
    }));
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
    active = -1;
  };

  const fetchSuggestions = () => {
    if (controller) controller.abort();
    const text = input.value;
    if (text.trim().length < 2) { close(); return; }
    controller = new AbortController();
    const url = `${input.dataset.suggestUrl}?q=${encodeURIComponent(text)}`;
    fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : { suggestions: [] }))
      .then((data) => render(data.suggestions))
      .catch(() => {});
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });
  input.addEventListener("keydown", (event) => {
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
      window.location.href = items[active].url;
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
});
