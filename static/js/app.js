// Small behaviours that need no inline script (the CSP allows only 'self').
document.addEventListener("DOMContentLoaded", () => {
  // Buttons that ask for confirmation before a destructive POST: data-confirm="message".
  document.querySelectorAll("[data-confirm]").forEach((el) => {
    el.addEventListener("click", (event) => {
      if (!window.confirm(el.dataset.confirm)) event.preventDefault();
    });
  });
});
