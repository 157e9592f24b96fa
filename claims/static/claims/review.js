// Keyboard shortcuts on a claim's admin page. A file, not inline script: the admin's CSP allows none.
//   v / u / c  choose verified / unverified / contradicted and move to the note
//   n          next unreviewed claim
//   Ctrl+Enter (or Cmd+Enter) save and stay, from anywhere in the form
"use strict";
document.addEventListener("keydown", function (event) {
  const form = document.getElementById("claim_form");
  if (!form) {
    return;
  }
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    const save = form.querySelector("input[name=_continue]");
    if (save) {
      event.preventDefault();
      save.click();
    }
    return;
  }
  const target = event.target;
  const typing = target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
  if (typing || event.ctrlKey || event.metaKey || event.altKey) {
    return;
  }
  const statuses = {v: "verified", u: "unverified", c: "contradicted"};
  const select = document.getElementById("id_new_status");
  if (statuses[event.key] && select) {
    event.preventDefault();
    select.value = statuses[event.key];
    select.dispatchEvent(new Event("change", {bubbles: true}));
    const note = document.getElementById("id_note");
    if (note) {
      note.focus();
    }
  } else if (event.key === "n") {
    const next = document.getElementById("next-unreviewed");
    if (next) {
      event.preventDefault();
      window.location.assign(next.href);
    }
  }
});

// A history table wider than a phone scrolls sideways: make it reachable with the keyboard.
window.addEventListener("load", function () {
  document.querySelectorAll(".inline-group").forEach(function (group) {
    if (group.scrollWidth > group.clientWidth) {
      group.tabIndex = 0;
    }
  });
});
