// Small behaviours that need no inline script (the CSP allows only 'self').
document.addEventListener("DOMContentLoaded", () => {
  // Buttons that ask for confirmation before a destructive POST: data-confirm="message".
  // A select that applies its form when changed (the sort order): data-submit-on-change. The
  // form's own button (.js-hidden) is for pages without script.
  document.querySelectorAll("select[data-submit-on-change]").forEach((select) => {
    select.addEventListener("change", () => select.form.requestSubmit());
    select.form.querySelectorAll(".js-hidden").forEach((el) => { el.hidden = true; });
  });
  document.querySelectorAll("[data-confirm]").forEach((el) => {
    el.addEventListener("click", (event) => {
      if (!window.confirm(el.dataset.confirm)) event.preventDefault();
    });
  });
});
