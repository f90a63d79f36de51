import { describe, expect, it } from 'vitest';
import { isProvinceCode, isWardCode } from './administrative-units.js';

describe('official code formats', () => {
  it('accepts two-digit province codes with their leading zero', () => {
    expect(isProvinceCode('79')).toBe(true);
    expect(isProvinceCode('01')).toBe(true);
    expect(isProvinceCode('1')).toBe(false);
    expect(isProvinceCode('079')).toBe(false);
  });

  it('accepts five-digit ward codes only', () => {
    expect(isWardCode('26743')).toBe(true);
    expect(isWardCode('2673')).toBe(false);
    expect(isWardCode('2673a')).toBe(false);
  });
});
