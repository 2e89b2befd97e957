// The review pages: "select all on this page" in the queue, keyboard shortcuts on a record.
// Without JavaScript both pages work as they are: each box ticked by hand, the buttons pressed.
(function () {
  "use strict";

  // Queue: one box selects or clears every item of this page.
  document.querySelectorAll("[data-select-all]").forEach(function (all) {
    var form = all.closest("form");
    var boxes = form.querySelectorAll('input[type="checkbox"][name="' + all.dataset.selectAll + '"]');
    var wrapper = all.closest(".select-all");
    wrapper.hidden = false;
    var fallback = wrapper.parentElement.querySelector(".select-all-fallback");
    if (fallback) fallback.hidden = true;
    function sync() {
      var ticked = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
      all.checked = ticked === boxes.length && ticked > 0;
      all.indeterminate = ticked > 0 && ticked < boxes.length;
    }
    all.addEventListener("change", function () {
      boxes.forEach(function (b) { b.checked = all.checked; });
      sync();
    });
    boxes.forEach(function (b) { b.addEventListener("change", sync); });
    sync();
  });

  // Record: single-key shortcuts (WCAG 2.1.4: they can be switched off, and the choice is kept).
  var form = document.getElementById("decision-form");
  var panel = document.querySelector(".review-shortcuts");
  if (!form || !panel) return;
  var toggle = document.getElementById("shortcuts-on");
  var KEY = "review-shortcuts";
  try { toggle.checked = localStorage.getItem(KEY) !== "off"; } catch (e) { /* storage refused: on */ }
  toggle.addEventListener("change", function () {
    try { localStorage.setItem(KEY, toggle.checked ? "on" : "off"); } catch (e) { /* not kept */ }
  });
  panel.hidden = false;

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }
  function reasonGiven() {
    var text = form.querySelector("textarea[name='reason']");
    return form.querySelector("input[name='reasons']:checked") !== null || (text && text.value.trim() !== "");
  }
  function focusReasons() {
    var first = form.querySelector("input[name='reasons'], textarea[name='reason']");
    if (first) first.focus();
  }

  document.addEventListener("keydown", function (event) {
    if (!toggle.checked || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    var key = event.key.toLowerCase();
    if (key === "a") {
      var approve = form.querySelector("[data-shortcut='approve']");
      if (!approve) return;
      event.preventDefault();
      var confirm = form.querySelector("input[name='confirm_unapproved_owner']");
      if (confirm && !confirm.checked) { confirm.focus(); return; }  // the enterprise is not approved yet
      approve.click();
    } else if (key === "r") {
      var reject = form.querySelector("[data-shortcut='reject']");
      if (!reject) return;
      event.preventDefault();
      if (!reasonGiven()) { focusReasons(); return; }
      reject.click();
    } else if (key === "l") {
      event.preventDefault();
      focusReasons();
    } else if (key === "n") {
      var next = form.querySelector("[data-shortcut='next']");
      if (!next) return;
      event.preventDefault();
      next.click();
    }
  });
})();
