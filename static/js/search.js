// Typeahead for the search box (combobox.js): an option opens its page.
document.addEventListener("DOMContentLoaded", () => {
  const input = document.querySelector("input[role=combobox][data-suggest-url]");
  if (!input) return;
  const list = document.getElementById(input.getAttribute("aria-controls"));
  window.combobox(input, list, {
    idPrefix: "q-option",
    url: (text) => `${input.dataset.suggestUrl}?q=${encodeURIComponent(text)}`,
    minChars: 2,
    choose: (s) => { window.location.href = s.url; },
    decorate: (li, s) => {
      const kind = document.createElement("span");
      kind.className = "small text-body-secondary ms-2";
      kind.textContent = list.dataset[`label${s.target[0].toUpperCase()}${s.target.slice(1)}`] || "";
      li.append(kind);
    },
  });
});
