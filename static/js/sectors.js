// Sector picker on the enterprise form: the WAI-ARIA combobox pattern (input + listbox).
// Type a code ("2394") or words ("xi mang"); arrow keys move, Enter or a click adds the code to
// the sectors field, Escape closes the list. Without this script the codes are typed in that field.
document.addEventListener("DOMContentLoaded", () => {
  const picker = document.getElementById("sector-picker");
  if (!picker) return;
  const target = document.getElementById(picker.dataset.target);
  const input = document.getElementById("sector-search");
  const list = document.getElementById("sector-options");
  const status = document.getElementById("sector-status");
  if (!target || !input || !list) return;
  picker.hidden = false;
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
    if (index >= 0) {
      input.setAttribute("aria-activedescendant", `sector-option-${index}`);
      list.children[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  };

  const add = (choice) => {
    const codes = target.value.split(/[;,\n]+/).map((c) => c.trim()).filter(Boolean);
    if (!codes.includes(choice.value)) codes.push(choice.value);
    target.value = codes.join("; ");
    status.textContent = `${status.dataset.added}: ${choice.label}`;
    input.value = "";
    close();
  };

  const render = (suggestions) => {
    items = suggestions;
    list.replaceChildren(...suggestions.map((s, i) => {
      const li = document.createElement("li");
      li.id = `sector-option-${i}`;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.className = "list-group-item list-group-item-action";
      li.textContent = s.label;  // text, never HTML
      li.addEventListener("mousedown", (event) => { event.preventDefault(); add(s); });
      return li;
    }));
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(suggestions.length > 0));
    status.textContent = suggestions.length === 0 ? status.dataset.none : "";
    active = -1;
  };

  const fetchSuggestions = () => {
    if (controller) controller.abort();
    const text = input.value.trim();
    if (text.length < 1) { close(); return; }
    controller = new AbortController();
    fetch(`${picker.dataset.sectorsUrl}?q=${encodeURIComponent(text)}`,
      { signal: controller.signal, headers: { Accept: "application/json" } })
      .then((response) => (response.ok ? response.json() : { suggestions: [] }))
      .then((data) => render(data.suggestions))
      .catch(() => {});
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, 120);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      event.preventDefault();  // Enter picks here; it never submits the form half-filled
      if (!list.hidden && items.length) add(items[active >= 0 ? active : 0]);
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
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", close);
});
