import { describe, expect, it } from 'vitest';
import { createTheme, type Role } from '../../src/ui/theme';

const ROLES: Role[] = ['text', 'muted', 'title', 'accent', 'key', 'selected', 'good', 'bad', 'warn', 'violation', 'debtor', 'you', 'coach', 'border', 'locked'];

describe('the theme', () => {
  it('passes no colour at all without colour, and still marks selection and violations', () => {
    const plain = createTheme({ color: false });
    for (const role of ROLES) expect(plain.style(role).color).toBeUndefined();
    expect(plain.style('selected')).toMatchObject({ bold: true, inverse: true });
    expect(plain.style('violation')).toMatchObject({ bold: true, inverse: true });
  });

  it('has no dim or grey text in high contrast (projectors), and larger sizes', () => {
    const projector = createTheme({ color: true, contrast: 'high', size: 'large' });
    for (const role of ROLES) {
      expect(projector.style(role).dimColor).toBeUndefined();
      expect(projector.style(role).color).not.toBe('gray');
      // Nor white (SGR 37, light grey on most terminals, lost on a light background).
      expect(projector.style(role).color).not.toBe('white');
    }
    expect(projector.style('border').color).toBeUndefined();
    expect(projector.style('bad').color).toBe('red');
    expect(projector.sizes.bar).toBeGreaterThan(createTheme({ color: true }).sizes.bar);
    expect(createTheme({ color: false, contrast: 'high' }).style('muted')).toEqual({});
  });
});
