import { describe, expect, it } from 'vitest';
import { contrastRatio, hslToRgb } from '../../src/lib/contrast.js';
import { heat } from '../../src/render/team-html.js';

describe('colour contrast', () => {
  it('converts HSL and measures contrast as WCAG does', () => {
    expect(hslToRgb(0, 1, 0.5)).toEqual([255, 0, 0]);
    expect(hslToRgb(120, 1, 0.25)).toEqual([0, 128, 0]);
    expect(hslToRgb(240, 1, 0.5)).toEqual([0, 0, 255]);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 5);
    expect(contrastRatio([255, 255, 255], [255, 255, 255])).toBe(1);
    // The heat map's old yellow-green under white text: below AA.
    expect(contrastRatio(hslToRgb(72, 0.65, 0.42), [255, 255, 255])).toBeLessThan(3);
  });

  it('gives every heat-map cell at least 4.5:1 for its white text', () => {
    for (let n = 0; n <= 100; n++) {
      const [, r, g, b] = /rgb\((\d+) (\d+) (\d+)\)/.exec(heat(n / 100))!.map(Number);
      expect(contrastRatio([r!, g!, b!], [255, 255, 255])).toBeGreaterThanOrEqual(4.5);
    }
  });
});
