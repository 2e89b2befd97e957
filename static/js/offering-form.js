// The offering form's details (templates/workspace/offering_form.html). Without this script
// everything works: the specification table has a few blank rows (clear a row to drop it), and
// both the province and the country selects show, only the one fitting the origin being kept.
document.addEventListener("DOMContentLoaded", () => {
  // Origin: show the place that fits the chosen origin (province for made or assembled in
  // Vietnam, country for imported), none while the origin is not given.
  const origin = document.querySelector("[data-origin]");
  if (origin) {
    const places = origin.querySelectorAll("[data-origin-place]");
    const update = () => {
      const chosen = origin.querySelector("input[type=radio]:checked");
      const value = chosen ? chosen.value : "";
      places.forEach((place) => { place.hidden = !place.dataset.originPlace.split(" ").includes(value); });
    };
    origin.addEventListener("change", update);
    update();
  }

  // Specifications: a remove button on each row, an add button under them (up to data-max rows).
  const specs = document.querySelector("[data-specs]");
  if (!specs) return;
  const rows = specs.querySelector(".spec-rows");
  const max = Number(specs.dataset.max) || 20;
  let next = rows.querySelectorAll(".spec-row").length;

  const addRemoveButton = (row) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "btn btn-sm btn-link spec-remove";
    button.textContent = specs.dataset.removeLabel;
    button.addEventListener("click", () => {
      if (rows.children.length === 1) {  // the last row is kept as the pattern for new ones: emptied
        row.querySelectorAll("input").forEach((input) => { input.value = ""; });
        row.querySelector("input").focus();
        return;
      }
      const focusTarget = row.nextElementSibling || row.previousElementSibling;
      row.remove();  // its fields are no longer sent: FieldList reads the rows that come
      addButton.disabled = rows.children.length >= max;
      const input = focusTarget && focusTarget.querySelector("input");
      (input || addButton).focus();
    });
    const cell = document.createElement("div");
    cell.className = "col-12 col-sm-auto";
    cell.appendChild(button);
    row.appendChild(cell);
  };

  const addButton = document.createElement("button");
  addButton.type = "button";
  addButton.className = "btn btn-sm btn-outline-secondary";
  addButton.textContent = specs.dataset.addLabel;
  addButton.addEventListener("click", () => {
    const template = rows.querySelector(".spec-row");
    if (!template || rows.children.length >= max) return;
    const row = template.cloneNode(true);
    row.querySelectorAll(".spec-remove").forEach((b) => b.parentElement.remove());
    const index = next++;
    row.querySelectorAll("input, label").forEach((element) => {
      for (const attribute of ["id", "name", "for"]) {
        const value = element.getAttribute(attribute);
        if (value) element.setAttribute(attribute, value.replace(/^specs-\d+-/, `specs-${index}-`));
      }
      if (element.tagName === "INPUT") element.value = "";
      if (element.tagName === "LABEL") element.textContent = element.textContent.replace(/\d+$/, String(rows.children.length + 1));
    });
    addRemoveButton(row);
    rows.appendChild(row);
    addButton.disabled = rows.children.length >= max;
    row.querySelector("input").focus();
  });

  rows.querySelectorAll(".spec-row").forEach(addRemoveButton);
  specs.appendChild(addButton);
  addButton.disabled = rows.children.length >= max;
});
