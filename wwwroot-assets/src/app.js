// Condor's page script (classic script, loaded after blazor.web.js on the interactive pages).
window.condor = {
  // The owner's light/dark choice: a cookie, so the next page and the next circuit open with it.
  setTheme(name) {
    document.cookie = `condor.theme=${name === "light" ? "light" : "dark"}; path=/; max-age=31536000; samesite=strict`;
  },
};
