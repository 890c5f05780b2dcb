// The PNG export: the SVG's size at 1× and twice it at 2×, not blank, the same picture at both scales
// (the 2× image averaged down matches the 1×), and white = transparent composited over white. The browser
// test (e2e/tests/export.spec.ts) compares it with Chromium's own rasterisation of the SVG.
import { decode } from 'fast-png';
import { describe, expect, it } from 'vitest';
import { exportBoard, svgOf } from '../src/index';
import { nodeWriters } from '../node/index';
import { analysed, exampleBoard } from './boards';

interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

function rgba(png: Uint8Array): Rgba {
  const image = decode(png);
  expect(image.channels).toBe(4);
  expect(image.depth).toBe(8);
  return { width: image.width, height: image.height, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
}

/** Mean absolute difference per channel, 0–255, after compositing both over white. */
function meanDifference(a: Rgba, b: Rgba): number {
  let sum = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    const alphaA = (a.data[i + 3] ?? 0) / 255;
    const alphaB = (b.data[i + 3] ?? 0) / 255;
    for (let c = 0; c < 3; c++) sum += Math.abs((a.data[i + c] ?? 0) * alphaA + 255 * (1 - alphaA) - ((b.data[i + c] ?? 0) * alphaB + 255 * (1 - alphaB)));
  }
  return sum / ((a.data.length / 4) * 3);
}

/** Box-filters a 2× image down to 1×. */
function halve(image: Rgba): Rgba {
  const width = Math.floor(image.width / 2);
  const height = Math.floor(image.height / 2);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) {
        let total = 0;
        for (const [dx, dy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) total += image.data[((2 * y + dy) * image.width + 2 * x + dx) * 4 + c] ?? 0;
        data[(y * width + x) * 4 + c] = Math.round(total / 4);
      }
    }
  }
  return { width, height, data };
}

describe('PNG export', () => {
  const { file, result } = analysed(exampleBoard('typical-request-path'));
  const assets = nodeWriters();
  const size = /width="(\d+)" height="(\d+)"/.exec(svgOf(file, result));
  const [width, height] = [Number(size?.[1]), Number(size?.[2])];

  it('is the SVG at 1× and 2×, not blank, the same picture at both scales', async () => {
    const one = rgba((await exportBoard(file, result, { format: 'png', scale: 1 }, assets)).body as Uint8Array);
    const two = rgba((await exportBoard(file, result, { format: 'png', scale: 2 }, assets)).body as Uint8Array);
    expect([one.width, one.height]).toEqual([width, height]);
    expect([two.width, two.height]).toEqual([2 * width, 2 * height]);
    let opaque = 0;
    const colours = new Set<number>();
    for (let i = 0; i < one.data.length; i += 4) {
      if ((one.data[i + 3] ?? 0) > 0) opaque += 1;
      colours.add(((one.data[i] ?? 0) << 16) | ((one.data[i + 1] ?? 0) << 8) | (one.data[i + 2] ?? 0));
    }
    // Boxes, frames, panel and text cover a good part of the picture, in many colours.
    expect(opaque / (one.width * one.height)).toBeGreaterThan(0.15);
    expect(colours.size).toBeGreaterThan(50);
    expect(meanDifference(halve(two), one)).toBeLessThan(6);
  });

  it('on white is the transparent picture composited over white', async () => {
    const clear = rgba((await exportBoard(file, result, { format: 'png', background: 'transparent' }, assets)).body as Uint8Array);
    const white = rgba((await exportBoard(file, result, { format: 'png', background: 'white' }, assets)).body as Uint8Array);
    expect(white.data.every((value, index) => index % 4 !== 3 || value === 255)).toBe(true);
    expect(clear.data.some((value, index) => index % 4 === 3 && value === 0)).toBe(true);
    expect(meanDifference(clear, white)).toBeLessThan(0.5);
  });
});
