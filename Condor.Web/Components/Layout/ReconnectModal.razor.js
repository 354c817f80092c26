// Condor's reconnection UI for a phone that sleeps. blazor.web.js reports the circuit's state on the dialog;
// this script shows or hides it, marks the document (the "Live / Not live" status in the app bar reads it),
// retries when the tab is visible again, resumes a circuit the server paused or evicted
// (Blazor.resumeCircuit), and reloads to a fresh circuit when the old one is gone.
const modal = document.getElementById("components-reconnect-modal");

function mark(state) {
  document.documentElement.dataset.circuit = state;
}

function onStateChanged(event) {
  const state = event.detail.state;
  if (state === "show") {
    mark("down");
    if (!modal.open) modal.showModal();
  } else if (state === "hide") {
    mark("up");
    modal.close();
  } else if (state === "failed") {
    mark("down");
    document.addEventListener("visibilitychange", retryWhenVisible);
  } else if (state === "rejected") {
    // The server no longer has this circuit: a fresh page builds a new one from the engine's state.
    mark("down");
    location.reload();
  } else {
    mark("down");
  }
}

async function retry() {
  document.removeEventListener("visibilitychange", retryWhenVisible);
  try {
    if (await Blazor.reconnect()) return;
    if (await Blazor.resumeCircuit()) {
      mark("up");
      modal.close();
      return;
    }
    location.reload();
  } catch {
    document.addEventListener("visibilitychange", retryWhenVisible);
  }
}

async function resume() {
  try {
    if (await Blazor.resumeCircuit()) {
      mark("up");
      modal.close();
      return;
    }
  } catch {
    // fall through to a fresh page
  }
  location.reload();
}

async function retryWhenVisible() {
  if (document.visibilityState === "visible") await retry();
}

modal.addEventListener("components-reconnect-state-changed", onStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("condor-reload-button").addEventListener("click", () => location.reload());
