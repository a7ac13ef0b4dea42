/**
 * Colours a member can pick for their avatar, caret and highlights. Each one is dark enough
 * that white text on it (caret labels, avatar initials) meets WCAG AA, checked in the tests.
 * A member may also enter any #rrggbb that passes the same contrast rule.
 */
export const PROFILE_COLORS: readonly { value: string; label: string }[] = [
  { value: "#b3261e", label: "Red" },
  { value: "#b45309", label: "Amber" },
  { value: "#4d5b00", label: "Olive" },
  { value: "#1a6b3c", label: "Green" },
  { value: "#0f766e", label: "Teal" },
  { value: "#0e7490", label: "Cyan" },
  { value: "#1d4ed8", label: "Blue" },
  { value: "#5b21b6", label: "Purple" },
  { value: "#8a3ffc", label: "Violet" },
  { value: "#be185d", label: "Pink" },
];

/** WCAG AA for normal text. */
export const MIN_CONTRAST_ON_WHITE = 4.5;

export const HEX_COLOR = /^#[0-9a-f]{6}$/;

// sRGB channel to linear light, as WCAG 2 defines relative luminance.
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The contrast ratio (1 to 21) between a #rrggbb colour and white. */
export function contrastWithWhite(hex: string): number {
  const value = Number.parseInt(hex.slice(1), 16);
  const luminance = 0.2126 * linear((value >> 16) & 255) + 0.7152 * linear((value >> 8) & 255) + 0.0722 * linear(value & 255);
  return 1.05 / (luminance + 0.05);
}

export function isReadableOnWhite(hex: string): boolean {
  return HEX_COLOR.test(hex) && contrastWithWhite(hex) >= MIN_CONTRAST_ON_WHITE;
}
