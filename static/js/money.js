// Amounts of money group their digits as they are typed: 1.234.000 (Vietnamese), 1,234,000
// (English). Fields marked data-money (directory/forms.py MoneyField); the server reads both.
(() => {
  const separator = document.documentElement.lang === "en" ? "," : ".";

  function group(digits) {
    return digits.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, separator);
  }

  function regroup(input) {
    const value = input.value;
    // Only digits and separators are regrouped; anything else is left for the server to refuse
    // with a message, rather than silently dropped.
    if (!/^[\d.,\s\u00a0]*$/.test(value)) return;
    const caret = input.selectionStart ?? value.length;
    const digitsBefore = value.slice(0, caret).replace(/\D/g, "").length;
    const grouped = group(value.replace(/\D/g, ""));
    if (grouped === value) return;
    input.value = grouped;
    let position = 0;
    for (let seen = 0; position < grouped.length && seen < digitsBefore; position += 1) {
      if (/\d/.test(grouped[position])) seen += 1;
    }
    input.setSelectionRange(position, position);
  }

  document.addEventListener("input", (event) => {
    if (event.target.matches && event.target.matches("input[data-money]")) regroup(event.target);
  });
})();
