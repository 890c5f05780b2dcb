// An export as a download: the board's export route and the interview scorecard answer with the same
// headers (a named attachment, never cached: a board changes and a link can be revoked).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface ExportedFile {
  readonly mediaType: string;
  readonly fileName: string;
  readonly body: string | Uint8Array;
}

export function sendExported(request: IncomingMessage, response: ServerResponse, exported: ExportedFile): void {
  response.writeHead(200, {
    'Content-Type': exported.mediaType,
    'Content-Disposition': `attachment; filename="${exported.fileName}"`,
    'Cache-Control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : exported.body);
}
