// Draws the plan's milligrams a day per day with Chart.js, from the canvas's data attributes.
// The table on the page holds the same numbers; without JavaScript nothing is lost.
(function () {
  "use strict";
  function draw() {
    var canvas = document.getElementById("dose-chart");
    if (!canvas || typeof window.Chart === "undefined") {
      return;
    }
    var days = canvas.dataset.days ? canvas.dataset.days.split(",") : [];
    var mg = canvas.dataset.mg ? canvas.dataset.mg.split(",").map(Number) : [];
    new window.Chart(canvas, {
      type: "line",
      data: {
        labels: days.map(function (d) { return "Day " + d; }),
        datasets: [{ label: "mg a day", data: mg, stepped: true, borderColor: "#0b5394",
          backgroundColor: "#0b5394", pointRadius: 2 }]
      },
      options: {
        animation: false,
        responsive: true,
        scales: { y: { beginAtZero: true, title: { display: true, text: "mg a day" } } }
      }
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
