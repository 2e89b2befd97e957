// Sector picker on the enterprise form (combobox.js): type a code ("2394") or words ("xi mang");
// choosing an option adds its code to the sectors field. Without this script the codes are typed
// in that field.
document.addEventListener("DOMContentLoaded", () => {
  const picker = document.getElementById("sector-picker");
  if (!picker) return;
  const target = document.getElementById(picker.dataset.target);
  const input = document.getElementById("sector-search");
  const list = document.getElementById("sector-options");
  const status = document.getElementById("sector-status");
  if (!target || !input || !list) return;
  picker.hidden = false;

  const add = (choice) => {
    const codes = target.value.split(/[;,\n]+/).map((c) => c.trim()).filter(Boolean);
    if (!codes.includes(choice.value)) codes.push(choice.value);
    target.value = codes.join("; ");
    status.textContent = `${status.dataset.added}: ${choice.label}`;
    input.value = "";
  };

  window.combobox(input, list, {
    idPrefix: "sector-option",
    url: (text) => `${picker.dataset.sectorsUrl}?q=${encodeURIComponent(text.trim())}`,
    minChars: 1,
    choose: add,
    rendered: (count) => { status.textContent = count === 0 ? status.dataset.none : ""; },
    enterChooses: true,  // Enter picks here; it never submits the form half-filled
  });
});
