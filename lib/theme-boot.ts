// The one inline script of our own: applies a saved theme before the page paints, so the other theme
// never flashes. The Content-Security-Policy allows it by its hash (lib/server/csp.ts).
export const THEME_KEY = "ie-theme";

export const themeBootScript = `try{var t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
