import { encodePng, type PixelFn } from "./png.writer.js";

/** Draws the Breach Radar mark: radar rings, a sweep and a red "breach" blip. */
type Rgba = readonly [number, number, number, number];
const NAVY: Rgba = [22, 48, 82, 255];
const MINT: Rgba = [120, 220, 190, 255];
const RED: Rgba = [230, 60, 60, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const mix = (a: Rgba, b: Rgba, t: number): Rgba => [0, 1, 2, 3].map((i) => Math.round(a[i]! * t + b[i]! * (1 - t))) as unknown as Rgba;

function radar(size: number, ink: Rgba, background: Rgba, blip: Rgba, sweep: boolean): PixelFn {
  const c = (size - 1) / 2;
  const ring = Math.max(1, size / 48);
  const radii = [0.42, 0.28, 0.14].map((f) => f * size);
  return (x, y) => {
    const dx = x - c;
    const dy = y - c;
    const r = Math.hypot(dx, dy);
    if (Math.hypot(x - c - 0.18 * size, y - c + 0.16 * size) < size * 0.06) return blip;
    if (radii.some((rr) => Math.abs(r - rr) < ring)) return ink;
    const angle = Math.atan2(dy, dx);
    if (sweep && r < radii[0]! && angle > -Math.PI / 2 && angle < -Math.PI / 4) return mix(ink, background, 0.35);
    if (Math.abs(dx) < ring / 2 && r < radii[0]!) return ink;
    return background;
  };
}

/** Teams colour icon: 192×192, full colour, opaque background. */
export const colorIcon = (): Buffer => encodePng(192, 192, radar(192, MINT, NAVY, RED, true));
/** Teams outline icon: 32×32, white on transparent only. */
export const outlineIcon = (): Buffer => encodePng(32, 32, radar(32, WHITE, CLEAR, WHITE, false));
