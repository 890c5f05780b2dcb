// Export from a board in real Chromium against the real relay: the Export menu's SVG holds one group per
// component with its name and badge figures and the panel's flow figures; its PNG matches Chromium's own
// rasterisation of that SVG; its PDF has the diagram page and the report pages, and its text holds the
// flow's p99 and availability; a selection exports only what is selected.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { insertBoardFile } from '@napkin/doc';
import type { Download, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

test.use({ viewport: { width: 1600, height: 1000 } });

const EXAMPLE = fileURLToPath(new URL('../../packages/analysis/examples/typical-request-path.json', import.meta.url));

async function exported(page: Page, testId: string): Promise<Buffer> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await download.path();
  return readFileSync(path);
}

/** Mean absolute difference per channel (0–255) between a PNG and the SVG rasterised by Chromium at the same size on white. */
async function differenceFromChromium(page: Page, svg: string, png: Buffer): Promise<{ width: number; height: number; difference: number; inked: number }> {
  return page.evaluate(
    async ({ svgText, pngBase64 }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = () => reject(new Error(`could not load ${src.slice(0, 40)}`));
          image.src = src;
        });
      const pixels = (image: HTMLImageElement, width: number, height: number) => {
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        const context = canvas.getContext('2d');
        if (context === null) throw new Error('no 2d context');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        context.drawImage(image, 0, 0, width, height);
        return context.getImageData(0, 0, width, height).data;
      };
      const ours = await load(`data:image/png;base64,${pngBase64}`);
      const chromium = await load(URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' })));
      const a = pixels(ours, ours.naturalWidth, ours.naturalHeight);
      const b = pixels(chromium, ours.naturalWidth, ours.naturalHeight);
      let sum = 0;
      let inked = 0;
      for (let i = 0; i < a.length; i += 4) {
        for (let c = 0; c < 3; c++) sum += Math.abs((a[i + c] ?? 0) - (b[i + c] ?? 0));
        if ((a[i] ?? 255) < 200 || (a[i + 1] ?? 255) < 200 || (a[i + 2] ?? 255) < 200) inked += 1;
      }
      return { width: ours.naturalWidth, height: ours.naturalHeight, difference: sum / ((a.length / 4) * 3), inked: inked / (a.length / 4) };
    },
    { svgText: svg, pngBase64: png.toString('base64') },
  );
}

test('exports SVG, PNG and PDF of a board, and a selection', async ({ alice, baseURL }) => {
  const path = await alice.createBoard();
  // The engine's own example board, a valid file (its tests parse it).
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Parameters<typeof insertBoardFile>[1];
  const writer = await joinAsDocParticipant(baseURL ?? '', path);
  try {
    insertBoardFile(writer.board, file);
  } finally {
    writer.close();
  }
  const page = alice.page;
  const panel = page.getByTestId('analysis-panel');
  await expect(alice.node('Postgres')).toBeVisible();
  await expect(panel.getByTestId('flow-availability')).not.toHaveText('');
  const p99 = (await panel.getByTestId('flow-p99').innerText()).trim();
  const availability = (await panel.getByTestId('flow-availability').innerText()).trim();

  await page.getByTestId('export').click();
  const svg = (await exported(page, 'export-svg')).toString('utf8');
  // The board got fresh ids when the file was inserted: groups are found by the name they carry.
  expect([...svg.matchAll(/<g id="napkin-component-/g)]).toHaveLength(file.components.length);
  for (const component of file.components) {
    const start = svg.search(new RegExp(`<g id="napkin-component-[^"]+" class="[^"]*" data-component="[^"]+" data-kind="${component.kind}" data-name="${component.name}"`));
    expect(start, component.name).toBeGreaterThan(0);
    const group = svg.slice(start, svg.indexOf('</g>', start));
    expect(group).toContain(`data-figure="name">${component.name}</text>`);
    if (component.entry === undefined) for (const role of ['utilisation', 'p99', 'availability']) expect(group, `${component.name} ${role}`).toContain(`data-figure="${role}">`);
  }
  expect(svg).toContain(`data-figure="flow-p99">${p99}</text>`);
  expect(svg).toContain(`data-figure="flow-availability">${availability}</text>`);

  await page.getByTestId('export-white').check();
  const png = await exported(page, 'export-png-1x');
  const whiteSvg = svg.replace(/(<svg [^>]*>)/, '$1<rect width="100%" height="100%" fill="#ffffff"/>');
  const size = /width="(\d+)" height="(\d+)"/.exec(svg);
  const compared = await differenceFromChromium(page, whiteSvg, png);
  expect([compared.width, compared.height]).toEqual([Number(size?.[1]), Number(size?.[2])]);
  // Not blank, and the same picture: antialiasing and hinting differ between resvg and Chromium, not shapes.
  expect(compared.inked).toBeGreaterThan(0.01);
  console.log(`PNG vs Chromium: mean difference ${compared.difference.toFixed(2)} / 255, ${(compared.inked * 100).toFixed(1)} % inked`);
  expect(compared.difference).toBeLessThan(8);

  const pdf = await exported(page, 'export-pdf-a4');
  const document = await getDocumentProxy(new Uint8Array(pdf));
  expect(document.numPages).toBeGreaterThanOrEqual(2);
  const { text } = await extractText(document, { mergePages: false });
  expect(text[0]).toContain('Flow summary');
  const report = text.slice(1).join(' ').replace(/\s+/g, ' ');
  expect(report).toContain(`p99 ${p99}`);
  expect(report).toContain(`Availability ${availability}`);
  expect(report).toContain('Hop by hop (critical path)');

  // Only Postgres selected: the selection's SVG draws it alone.
  await page.getByTestId('export').click();
  // On its kind line: the badges are buttons of their own ("why?").
  const grab = await alice.grabPoint('Postgres');
  await page.mouse.click(grab.x, grab.y);
  await page.getByTestId('export').click();
  await page.getByTestId('export-selection').check();
  const part = (await exported(page, 'export-svg')).toString('utf8');
  expect([...part.matchAll(/<g id="napkin-component-[^"]+"[^>]* data-name="([^"]+)"/g)].map((match) => match[1])).toEqual(['Postgres']);
});
