import { describe, expect, it } from 'vitest';
import { roundTicks } from './forecast-chart';

describe('roundTicks', () => {
  it("encloses the household scheme's range on round steps", () => {
    // Ho Chi Minh City's 2026 household health insurance: 1,285,716 in January to a 1,343,545 high.
    expect(roundTicks(1_285_716, 1_343_545)).toEqual([1_280_000, 1_300_000, 1_320_000, 1_340_000, 1_360_000]);
  });

  it('uses steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(roundTicks(20_328, 24_272)).toEqual([20_000, 21_000, 22_000, 23_000, 24_000, 25_000]);
    expect(roundTicks(0, 15_000)).toEqual([0, 5_000, 10_000, 15_000]);
    expect(roundTicks(3, 7)).toEqual([3, 4, 5, 6, 7]);
  });

  it('gives a range even when every value is the same', () => {
    const ticks = roundTicks(900, 900);
    expect(ticks[0]).toBeLessThanOrEqual(900);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(900);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
  });
});
