// The design-doc report as a PDF, A4 or Letter: the diagram on page 1 (the scene painted as vectors and
// text, turned landscape when it is wider than tall), then the report's blocks flowed onto portrait pages.
// Fonts are the DejaVu faces the host hands over, embedded as subsets.
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument } from 'pdf-lib';
import type { Report } from '../report/model';
import type { Scene } from '../scene/types';
import { paintItems } from './canvas';
import { PageWriter } from './pages';

export type PageSize = 'a4' | 'letter';

/** Portrait width and height in points. */
export const PAGE_SIZES: Readonly<Record<PageSize, readonly [number, number]>> = { a4: [595.28, 841.89], letter: [612, 792] };

export interface PdfFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

const MARGIN = 36;

export async function renderPdf(scene: Scene, report: Report, fonts: PdfFonts, pageSize: PageSize = 'a4'): Promise<Uint8Array> {
  // No creation date: the same board exports to the same bytes.
  const document = await PDFDocument.create({ updateMetadata: false });
  document.registerFontkit(fontkit);
  const embedded = {
    regular: await document.embedFont(fonts.regular, { subset: true }),
    bold: await document.embedFont(fonts.bold, { subset: true }),
  };
  document.setTitle(report.title);
  document.setProducer('Napkin');
  const [short, long] = PAGE_SIZES[pageSize];
  const landscape = scene.width > scene.height;
  const [width, height] = landscape ? [long, short] : [short, long];
  const first = document.addPage([width, height]);
  const scale = Math.min((width - 2 * MARGIN) / scene.width, (height - 2 * MARGIN) / scene.height);
  paintItems(first, scene.items, embedded, { left: (width - scene.width * scale) / 2, top: height - MARGIN, scale });

  const writer = new PageWriter(document, PAGE_SIZES[pageSize], embedded);
  for (const block of report.blocks) {
    // Page 1 already carries the diagram and its title.
    if (block.kind === 'diagram' || (block.kind === 'heading' && block.level === 1)) continue;
    writer.write(block);
  }
  return document.save();
}
