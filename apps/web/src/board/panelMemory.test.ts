import { describe, expect, it } from 'vitest';
import { storedPanelOpen, storePanelOpen } from './panelMemory';

describe('panel memory', () => {
  it('remembers a fold per panel and has no opinion before one', () => {
    const values = new Map<string, string>();
    const storage = { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value) };
    expect(storedPanelOpen(storage, 'palette')).toBeNull();
    storePanelOpen(storage, 'palette', false);
    storePanelOpen(storage, 'analysis', true);
    expect(storedPanelOpen(storage, 'palette')).toBe(false);
    expect(storedPanelOpen(storage, 'analysis')).toBe(true);
    expect(storedPanelOpen(storage, 'inspector')).toBeNull();
  });

  it('loses only the memory when storage throws', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('quota');
      },
    };
    expect(storedPanelOpen(broken, 'palette')).toBeNull();
    expect(() => storePanelOpen(broken, 'palette', true)).not.toThrow();
  });
});
