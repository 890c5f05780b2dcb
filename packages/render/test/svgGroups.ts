// Reading an exported SVG the way a person's tools would: the texts inside one element's group. The
// renderer's groups hold only shapes and text (groups nest only inside the summary panel), so a component's
// group runs from its opening tag to the first closing </g>.
export function groupOf(svg: string, id: string): string | null {
  const start = svg.indexOf(`<g id="napkin-${id}"`);
  if (start < 0) return null;
  const end = svg.indexOf('</g>', start);
  return end < 0 ? null : svg.slice(start, end);
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The texts of a fragment, by `data-figure` role (decoded). */
export function textsOf(fragment: string): { role: string | null; text: string }[] {
  return [...fragment.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map((match) => ({
    role: /data-figure="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? null,
    text: (match[2] ?? '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity),
  }));
}

export function textWithRole(fragment: string, role: string): string | undefined {
  return textsOf(fragment).find((text) => text.role === role)?.text;
}

export function componentGroupIds(svg: string): string[] {
  return [...svg.matchAll(/<g id="napkin-component-([^"]+)"/g)].map((match) => match[1] ?? '');
}
