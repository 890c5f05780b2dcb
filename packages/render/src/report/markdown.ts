// The report as Markdown, ready to paste into a design doc or a pull request: GitHub tables, the diagram
// as an image reference to the SVG written beside it or carried inline, or as a Mermaid block, or left out
// with a note.
import type { Block, Report } from './model';

export type MarkdownDiagram =
  | { readonly kind: 'svg-file'; readonly path: string }
  /** The SVG itself as a data URL, so one file carries the drawing (the interview scorecard's download). */
  | { readonly kind: 'svg-inline'; readonly svg: string }
  | { readonly kind: 'mermaid'; readonly text: string }
  | { readonly kind: 'none'; readonly note: string };

/** Characters that would end a table cell or start markup mid-line. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ').replace(/^ +/, (spaces) => '&nbsp;'.repeat(spaces.length));
}

function inline(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/([*_`[\]<>])/g, '\\$1');
}

function block(item: Block, diagram: MarkdownDiagram, alt: string): string {
  switch (item.kind) {
    case 'heading':
      return `${'#'.repeat(item.level)} ${inline(item.text)}`;
    case 'paragraph':
      return inline(item.text);
    case 'list':
      return item.items.map((line) => `- ${inline(line)}`).join('\n');
    case 'table': {
      const rule = item.align.map((align) => (align === 'right' ? '---:' : '---'));
      return [item.header, rule, ...item.rows].map((row, index) => `| ${(index === 1 ? row : row.map(cell)).join(' | ')} |`).join('\n');
    }
    case 'formula':
      return `**${inline(item.label)}** = ${inline(item.value)}\n\n\`\`\`text\n${item.formula}\n${item.inputs}\n\`\`\``;
    case 'diagram':
      if (diagram.kind === 'svg-file') return `![${inline(alt)}](${encodeURI(diagram.path)})`;
      // encodeURIComponent leaves parentheses, which would end the link early.
      if (diagram.kind === 'svg-inline') return `![${inline(alt)}](data:image/svg+xml;charset=utf-8,${encodeURIComponent(diagram.svg).replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
      if (diagram.kind === 'mermaid') return `\`\`\`mermaid\n${diagram.text.trimEnd()}\n\`\`\``;
      return `_${inline(diagram.note)}_`;
  }
}

export function writeMarkdown(report: Report, diagram: MarkdownDiagram): string {
  return `${report.blocks.map((item) => block(item, diagram, report.title)).join('\n\n')}\n`;
}
