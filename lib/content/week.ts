// Week numbering for the term of the week, shared by the server and the browser.

/** Weeks since Monday 5 January 2026 (UTC). */
export const weekIndex = (date: Date) => Math.floor((date.getTime() - Date.UTC(2026, 0, 5)) / (7 * 86_400_000));
