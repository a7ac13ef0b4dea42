/** Smooth scrolling, unless the reader asked for less motion. */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/** Takes the reader to the first mention of a cited work in the paper, and flashes it. */
export function showCitation(key: string) {
  const first = window.document.querySelector<HTMLElement>(`.paper-column cite[data-citation="${CSS.escape(key)}"]`);
  first?.scrollIntoView({ behavior: scrollBehavior(), block: "center" });
  first?.classList.add("flash");
  window.setTimeout(() => first?.classList.remove("flash"), 1600);
}

export function excerpt(text: string, length = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}
