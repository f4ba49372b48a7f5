// Draws the diary's charts with Chart.js from the canvases' data attributes: mg taken per day
// against the plan's mg a day, and the spasticity scores over time. The page's tables and text
// hold the same numbers; without JavaScript nothing is lost.
(function () {
  "use strict";
  function list(canvas, name) {
    var text = canvas.dataset[name];
    return text ? text.split(",") : [];
  }
  function numbers(canvas, name) {
    return list(canvas, name).map(function (v) { return v === "" ? null : Number(v); });
  }
  function draw() {
    if (typeof window.Chart === "undefined") {
      return;
    }
    var doses = document.getElementById("diary-dose-chart");
    if (doses) {
      new window.Chart(doses, {
        data: {
          labels: list(doses, "days"),
          datasets: [
            { type: "bar", label: "mg taken", data: numbers(doses, "taken"), backgroundColor: "#0b5394" },
            { type: "line", label: "plan, mg a day", data: numbers(doses, "plan"), stepped: true,
              borderColor: "#b45309", backgroundColor: "#b45309", pointRadius: 2 }
          ]
        },
        options: { animation: false, responsive: true,
          scales: { y: { beginAtZero: true, title: { display: true, text: "mg a day" } } } }
      });
    }
    var scores = document.getElementById("score-chart");
    if (scores) {
      new window.Chart(scores, {
        type: "line",
        data: {
          labels: list(scores, "days"),
          datasets: [
            { label: "numeric rating (0-10)", data: numbers(scores, "nrs"), borderColor: "#0b5394",
              backgroundColor: "#0b5394" },
            { label: "Penn (0-4)", data: numbers(scores, "penn"), borderColor: "#b45309",
              backgroundColor: "#b45309" }
          ]
        },
        options: { animation: false, responsive: true, scales: { y: { beginAtZero: true, max: 10 } } }
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", draw);
  } else {
    draw();
  }
})();
