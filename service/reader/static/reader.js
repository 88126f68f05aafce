// newsfacts reader: the speaker checkboxes filter the highlights at once (without script, the
// form reloads the page with the same filter applied by the server).
"use strict";

document.documentElement.classList.add("js");

function applyFilter(form) {
  const params = new URLSearchParams();
  let all = true;
  for (const box of form.querySelectorAll("input[name=speaker]")) {
    for (const mark of document.querySelectorAll(`#article mark.q[data-speaker="${box.value}"]`)) {
      mark.classList.toggle("off", !box.checked);
    }
    if (box.checked) {
      params.append("speaker", box.value);
    } else {
      all = false;
    }
  }
  params.set("filtered", "1");
  const query = all ? "" : `?${params}`;
  history.replaceState(null, "", `${location.pathname}${query}`);
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("speakers");
  if (form) {
    form.addEventListener("change", () => applyFilter(form));
  }
});
