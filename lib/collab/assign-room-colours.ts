/**
 * Colours for the people in one room (a group's papers): each person gets a colour no one else
 * in the room has, their own chosen colour when it is free, the same on every client and every
 * instance (a pure function of the ordered member list), and always readable: white caret-label
 * text on it passes WCAG AA (4.5:1), which also keeps the caret line visible on the light paper.
 */

/** Twelve well-separated hues, each with white text at ≥ 4.5:1 (checked by the unit tests). */
export const ROOM_PALETTE = [
  "#b3261e", // red
  "#1d4ed8", // blue
  "#1a6b3c", // green
  "#8a3ffc", // violet
  "#b45309", // amber
  "#0e7490", // cyan
  "#be185d", // pink
  "#4d5b00", // olive
  "#5b21b6", // indigo
  "#0f766e", // teal
  "#713f12", // brown
  "#475569", // slate
] as const;

/** Colours closer than this (CIE76 ΔE) are hard to tell apart on a caret or a dot. */
const TOO_CLOSE = 18;
const MIN_CONTRAST_WITH_WHITE = 4.5;

export interface RoomMember {
  /** Stable person id (user id). */
  id: string;
  /** The colour the person chose (or was given at sign-up); invalid or missing is fine. */
  preferred?: string | null;
}

type Rgb = [number, number, number];

export function parseHex(value: string | null | undefined): Rgb | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(value?.trim() ?? "");
  if (!match) return null;
  const n = Number.parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.max(0, Math.min(255, c))).toString(16).padStart(2, "0")).join("")}`;
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(rgb: Rgb): number {
  return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
}

/** WCAG contrast ratio between two hex colours (1..21); 1 when either is not a colour. */
export function contrastRatio(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return 1;
  const [hi, lo] = [relativeLuminance(x), relativeLuminance(y)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colour darkened (same hue, towards black) until white text on it reaches 4.5:1. A pale
 * chosen colour (a custom yellow) would make an unreadable caret label and a faint caret.
 */
export function readableColour(value: string): string | null {
  const rgb = parseHex(value);
  if (!rgb) return null;
  let current: Rgb = rgb;
  for (let step = 0; step < 40 && contrastRatio("#ffffff", toHex(current)) < MIN_CONTRAST_WITH_WHITE; step++) {
    current = [current[0] * 0.93, current[1] * 0.93, current[2] * 0.93];
  }
  return toHex(current).toLowerCase();
}

function lab(rgb: Rgb): Rgb {
  const [r, g, b] = rgb.map(linear);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** Perceptual distance (CIE76 ΔE) between two hex colours. */
export function colourDistance(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  if (!x || !y) return Infinity;
  const [l1, a1, b1] = lab(x);
  const [l2, a2, b2] = lab(y);
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2);
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619) >>> 0;
  return h;
}

function hsl(hue: number, saturation: number, lightness: number): string {
  const s = saturation / 100;
  const l = lightness / 100;
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return toHex([f(0) * 255, f(8) * 255, f(4) * 255]);
}

/** Colours past the palette (rooms larger than twelve): golden-angle hues, made readable. */
function* extraColours(seed: number): Generator<string> {
  for (let k = 0; ; k++) {
    const hue = (seed % 360) + k * 137.508;
    yield readableColour(hsl(hue % 360, k % 2 ? 55 : 75, 38))!;
  }
}

/**
 * Assigns every member a distinct colour. Members come in priority order (the caller decides:
 * the group's membership by join date): when two prefer the same (or a too-similar) colour,
 * the earlier keeps it. Everyone else gets the first free palette colour counted from a place
 * derived from their id, so a person's fallback colour tends to be the same in every room.
 */
export function assignRoomColours(members: readonly RoomMember[]): Map<string, string> {
  const result = new Map<string, string>();
  const taken: string[] = [];
  const isFree = (colour: string, threshold = TOO_CLOSE) => !taken.some((other) => other === colour || colourDistance(other, colour) < threshold);
  const unique = members.filter((member, index) => members.findIndex((other) => other.id === member.id) === index);

  for (const member of unique) {
    const preferred = member.preferred ? readableColour(member.preferred) : null;
    if (preferred && isFree(preferred)) {
      result.set(member.id, preferred);
      taken.push(preferred);
    }
  }
  for (const member of unique) {
    if (result.has(member.id)) continue;
    const start = hash(member.id) % ROOM_PALETTE.length;
    let colour: string | undefined;
    for (let i = 0; i < ROOM_PALETTE.length && !colour; i++) {
      const candidate = ROOM_PALETTE[(start + i) % ROOM_PALETTE.length];
      if (isFree(candidate)) colour = candidate;
    }
    if (!colour) {
      // A large room: take generated hues, relaxing "too close" step by step, and in the end
      // settle for any colour that is at least not exactly someone else's.
      const extras = extraColours(hash(member.id));
      for (let tries = 0; !colour; tries++) {
        const candidate = extras.next().value as string;
        const threshold = tries < 200 ? TOO_CLOSE / 2 : tries < 400 ? 3 : 0;
        if (isFree(candidate, threshold)) colour = candidate;
      }
    }
    result.set(member.id, colour);
    taken.push(colour);
  }
  return result;
}
