/**
 * The reader's display preferences, kept in this browser (localStorage): the colour scheme
 * ("system" follows the operating system) and the paper's text size. The inline script in the
 * root layout applies them before the first paint, so a dark page never flashes light.
 */
export const THEME_KEY = "disputatio-theme";
export const TEXT_SIZE_KEY = "disputatio-text-size";
export type ThemeChoice = "system" | "light" | "dark";
export const TEXT_SIZES = [0.85, 0.95, 1, 1.1, 1.25, 1.4] as const;

/** Runs in <head> before the body is painted: no React, no imports, never throws. */
export const PREFERENCES_SCRIPT = `try{var d=document.documentElement,t=localStorage.getItem("${THEME_KEY}");if(t==="light"||t==="dark")d.dataset.theme=t;var s=Number(localStorage.getItem("${TEXT_SIZE_KEY}"));if(s>=0.5&&s<=2)d.style.setProperty("--paper-scale",String(s))}catch(e){}`;

export function readTheme(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

export function applyTheme(choice: ThemeChoice) {
  const root = document.documentElement;
  if (choice === "system") delete root.dataset.theme;
  else root.dataset.theme = choice;
  try {
    if (choice === "system") localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}

export function readTextSize(): number {
  try {
    const value = Number(localStorage.getItem(TEXT_SIZE_KEY));
    return TEXT_SIZES.includes(value as (typeof TEXT_SIZES)[number]) ? value : 1;
  } catch {
    return 1;
  }
}

export function applyTextSize(size: number) {
  document.documentElement.style.setProperty("--paper-scale", String(size));
  try {
    localStorage.setItem(TEXT_SIZE_KEY, String(size));
  } catch {
    // As above.
  }
}
