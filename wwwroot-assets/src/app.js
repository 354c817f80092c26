// Condor live updates: the page is complete HTML; this script only subscribes to the engine hub and
// marks the connection state. It survives a phone's sleep by reconnecting with growing delays.
const status = document.querySelector("[data-live-status]");

function show(state) {
  if (!status) return;
  status.textContent = state;
  status.dataset.state = state;
}

async function start() {
  if (!window.signalR) {
    show("offline");
    return;
  }
  const connection = new window.signalR.HubConnectionBuilder()
    .withUrl("/hubs/engine")
    .withAutomaticReconnect([0, 2000, 5000, 10000, 30000])
    .build();
  connection.onreconnecting(() => show("reconnecting"));
  connection.onreconnected(() => show("live"));
  connection.onclose(() => {
    show("offline");
    setTimeout(start, 15000);
  });
  document.dispatchEvent(new CustomEvent("condor:connection", { detail: connection }));
  try {
    await connection.start();
    show("live");
  } catch {
    show("offline");
    setTimeout(start, 15000);
  }
}

start();
