// Multi-pickers (combobox.js) in place of <select multiple> fields (macros/forms.html multi_picker):
// type part of a name, with or without accents ("hai phong"), arrows to move, Enter to add; the
// chosen ones are listed as buttons that remove them (Backspace in the empty box removes the
// last). The select stays the form's value. Without this script the select is used as it is.
document.addEventListener("DOMContentLoaded", () => {
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

  document.querySelectorAll("[data-multi-picker]").forEach((box) => {
    const select = box.querySelector("select[multiple]");
    const ui = box.querySelector(".multi-picker");
    if (!select || !ui) return;
    const input = ui.querySelector("[role=combobox]");
    const list = ui.querySelector("[role=listbox]");
    const chosen = ui.querySelector(".multi-picker-chosen");
    const status = ui.querySelector("[role=status]");
    const options = [...select.options];
    const say = (text) => { status.textContent = text; };

    const show = () => {
      chosen.replaceChildren(...options.filter((o) => o.selected).map((option) => {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "btn btn-sm btn-outline-secondary";
        button.textContent = `${option.text} ×`;
        button.setAttribute("aria-label", `${ui.dataset.remove} ${option.text}`);
        button.addEventListener("click", () => {
          option.selected = false;
          show();
          say(`${ui.dataset.removed}: ${option.text}`);
          input.focus();
        });
        item.append(button);
        return item;
      }));
      chosen.hidden = chosen.children.length === 0;
    };

    window.combobox(input, list, {
      idPrefix: `${select.id}-option`,
      minChars: 0,
      source: (text) => {
        const wanted = fold(text.trim());
        return options.filter((o) => !o.selected && !o.disabled && fold(o.text).includes(wanted))
          .map((option) => ({ label: option.text, option }));
      },
      choose: ({ label, option }) => {
        option.selected = true;
        input.value = "";
        show();
        say(`${ui.dataset.added}: ${label}`);
      },
      rendered: (count) => { if (count === 0) say(ui.dataset.none); },
      enterChooses: true,  // Enter adds; it never submits the form half-filled
    });
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Backspace" || input.value) return;
      const last = options.filter((o) => o.selected).pop();
      if (!last) return;
      last.selected = false;
      show();
      say(`${ui.dataset.removed}: ${last.text}`);
    });

    // The field's label and hints now belong to the box one types in.
    const label = box.querySelector(`label[for="${select.id}"]`);
    if (label) label.htmlFor = input.id;
    const described = [select.getAttribute("aria-describedby"), input.getAttribute("aria-describedby")];
    input.setAttribute("aria-describedby", described.filter(Boolean).join(" "));
    box.querySelectorAll(".multi-picker-plain").forEach((el) => { el.hidden = true; });
    select.hidden = true;
    ui.hidden = false;
    show();
  });
});
