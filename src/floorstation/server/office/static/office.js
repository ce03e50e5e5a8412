// The plant office's own script: refreshes the parts of a page marked data-refresh="URL" every data-every
// seconds (the server renders the fragment), ticks the clocks marked data-since="ISO time" (H:MM:SS), submits a
// language choice, and asks before a destructive form.
(function () {
  "use strict";

  function refresh(el) {
    var url = el.getAttribute("data-refresh");
    fetch(url, { credentials: "same-origin", headers: { "X-Office-Fragment": "1" }, cache: "no-store" })
      .then(function (answer) {
        if (answer.status === 401) { window.location.reload(); return null; }
        return answer.ok ? answer.text() : null;
      })
      .then(function (text) {
        if (text === null || text === undefined || el.innerHTML === text) { return; }
        el.innerHTML = text;
        if (el.id === "alarm-count") { el.classList.toggle("zero", text.trim() === "0"); }
      })
      .catch(function () { /* the server is unreachable for a moment: keep what is shown */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-refresh]").forEach(function (el) {
      var every = parseFloat(el.getAttribute("data-every") || "5") * 1000;
      window.setInterval(function () { if (!document.hidden) { refresh(el); } }, Math.max(every, 500));
    });
    document.querySelectorAll("[data-since]").forEach(function (el) {
      var start = Date.parse(el.getAttribute("data-since"));
      var pad = function (n) { return (n < 10 ? "0" : "") + n; };
      window.setInterval(function () {
        var s = Math.max(0, Math.floor((Date.now() - start) / 1000));
        el.textContent = Math.floor(s / 3600) + ":" + pad(Math.floor(s % 3600 / 60)) + ":" + pad(s % 60);
      }, 1000);
    });
    document.querySelectorAll("[data-submit-on-change]").forEach(function (el) {
      el.addEventListener("change", function () { el.form.submit(); });
    });
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { e.preventDefault(); }
      });
    });
  });
})();
