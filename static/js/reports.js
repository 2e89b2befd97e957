// Programme dashboards: draw each <canvas data-chart='{...}'> with the vendored Chart.js.
// The same numbers are in a table beside each chart, for screen readers and for print.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
  if (typeof Chart === "undefined") return;
  Chart.defaults.locale = document.documentElement.lang === "en" ? "en-GB" : "vi-VN";  // 1.000 vs 1,000
  const colours = ["#0d6efd", "#adb5bd", "#198754", "#fd7e14"];
  document.querySelectorAll("canvas[data-chart]").forEach((canvas) => {
    const spec = JSON.parse(canvas.dataset.chart);
    const scale = spec.scale || 1;
    new Chart(canvas, {
      type: spec.type,
      data: {
        labels: spec.labels,
        datasets: spec.series.map((s, i) => ({
          label: s.label,
          data: s.data.map((v) => Math.round((v / scale) * 10) / 10),
          backgroundColor: colours[i % colours.length],
        })),
      },
      options: {
        indexAxis: spec.horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
      },
    });
  });
});
