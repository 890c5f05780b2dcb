// Export from a board in real Chromium against the real relay: the Export menu's SVG holds one group per
// component with its name and badge figures and the panel's flow figures; its PNG matches Chromium's own
// rasterisation of that SVG; its PDF has the diagram page and the report pages, and its text holds the
// flow's p99 and availability; a selection exports only what is selected. The board's title names every
// export (file names, the SVG's and PDF's text, the Markdown's heading, the board file, Mermaid's front
// matter); PNG 2× on transparent, PDF in Letter, Markdown with the hop table, and "copy as image".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { insertBoardFile } from '@napkin/doc';
import type { Download, Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import type { BoardPage } from '../support/boardPage';
import { joinAsDocParticipant } from '../support/docParticipant';
import { expect, test } from '../support/fixtures';

test.use({ viewport: { width: 1600, height: 1000 } });

const EXAMPLE = fileURLToPath(new URL('../../packages/analysis/examples/typical-request-path.json', import.meta.url));

type ExampleFile = Parameters<typeof insertBoardFile>[1];

/**
 * A new board holding the engine's own example (a valid file: its tests parse it), written through the relay
 * by a second participant and shown on this person's page; gives the file (the board got fresh ids).
 */
async function boardWithExample(person: BoardPage, baseURL: string | undefined): Promise<ExampleFile> {
  const path = await person.createBoard();
  const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as ExampleFile;
  const writer = await joinAsDocParticipant(baseURL ?? '', path);
  try {
    insertBoardFile(writer.board, file);
  } finally {
    writer.close();
  }
  await expect(person.node('Postgres')).toBeVisible();
  return file;
}

/** Clicks an export button and reads the file it downloads, checking the file's name when one is given. */
async function exported(page: Page, testId: string, fileName?: string): Promise<Buffer> {
  // The first PNG and PDF load the rasteriser's wasm and the PDF writer: slow on a loaded machine.
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId(testId).click()]);
  if (fileName !== undefined) expect(download.suggestedFilename()).toBe(fileName);
  return readFileSync(await download.path());
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
  const file = await boardWithExample(alice, baseURL);
  const page = alice.page;
  const panel = page.getByTestId('analysis-panel');
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

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** Share of a PNG's pixels that are fully transparent, decoded by Chromium. */
async function transparentShare(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (data) => {
    const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    let clear = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] === 0) clear += 1;
    return clear / (pixels.length / 4);
  }, png.toString('base64'));
}

test('the title names every export; PNG 2× on transparent, PDF in Letter, Markdown with its hop table, board file, Mermaid, copy as image', async ({ alice, baseURL }) => {
  test.slow();
  const file = await boardWithExample(alice, baseURL);
  const page = alice.page;
  const title = page.getByTestId('board-title');
  await title.fill('Checkout read path');
  await title.press('Enter');
  await expect(page).toHaveTitle('Checkout read path · Napkin');
  const p99 = (await page.getByTestId('analysis-panel').getByTestId('flow-p99').innerText()).trim();

  await page.getByTestId('export').click();
  const save = (testId: string, fileName: string): Promise<Buffer> => exported(page, testId, fileName);
  const svg = (await save('export-svg', 'checkout-read-path.svg')).toString('utf8');
  expect(svg).toContain('<title>Checkout read path</title>');
  expect(svg).toContain('data-figure="title">Checkout read path</text>');
  const [width, height] = (/width="(\d+)" height="(\d+)"/.exec(svg) ?? []).slice(1).map(Number);

  // 2×: twice the SVG's size; transparent (the default): the margins let the page through, the drawing does not.
  const png = await save('export-png-2x', 'checkout-read-path@2x.png');
  expect(pngSize(png)).toEqual([2 * (width ?? 0), 2 * (height ?? 0)]);
  const clear = await transparentShare(page, png);
  expect(clear).toBeGreaterThan(0.2);
  expect(clear).toBeLessThan(0.99);

  const pdf = await getDocumentProxy(new Uint8Array(await save('export-pdf-letter', 'checkout-read-path-letter.pdf')));
  const report = await pdf.getPage(2);
  expect([report.getViewport({ scale: 1 }).width, report.getViewport({ scale: 1 }).height]).toEqual([612, 792]);
  const { text } = await extractText(pdf, { mergePages: true });
  expect(text).toContain('Checkout read path');

  const markdown = (await save('export-md', 'checkout-read-path.md')).toString('utf8');
  expect(markdown.startsWith('# Checkout read path\n')).toBe(true);
  expect(markdown).toContain('| Hop | Network | Own p50 | Own p99 | Visited by | Share of p99 budget | Availability |');
  expect(markdown).toContain(p99);
  expect(markdown).toContain('```mermaid');

  const boardFile = JSON.parse((await save('export-json', 'checkout-read-path.napkin.json')).toString('utf8')) as { format: string; title: string; components: unknown[] };
  expect(boardFile).toMatchObject({ format: 'napkin-board', title: 'Checkout read path' });
  expect(boardFile.components).toHaveLength(file.components.length);
  const mermaid = (await save('export-mermaid', 'checkout-read-path.mmd')).toString('utf8');
  expect(mermaid).toContain('title: "Checkout read path"');
  expect(mermaid).toMatch(/^flowchart LR$/m);

  // Copy as image: a 2× PNG on the clipboard, read back as another app would paste it.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(page.url()).origin });
  await page.getByTestId('export-copy-image').click();
  await expect(page.getByTestId('export-message')).toHaveText('Image copied to the clipboard');
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (item === undefined) return null;
    const bitmap = await createImageBitmap(await item.getType('image/png'));
    return { types: item.types, width: bitmap.width, height: bitmap.height };
  });
  expect(copied).toEqual({ types: ['image/png'], width: 2 * (width ?? 0), height: 2 * (height ?? 0) });
});
