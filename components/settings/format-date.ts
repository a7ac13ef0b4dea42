const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

// UTC on both server and browser, so the server's render and hydration agree.
export function formatDate(iso: string, withTime = false): string {
  return (withTime ? DATE_TIME : DATE).format(new Date(iso)) + (withTime ? " UTC" : "");
}
