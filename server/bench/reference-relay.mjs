// The reference relay for the benchmark: @y/websocket-server 0.1.1's own connection handler in the
// smallest http + ws server, as its README sets it up (no persistence, its default).
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';

const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('reference relay');
});
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (conn, request) => {
  // Same URL shape as ours (/ws/<boardId>): the document name is the last path segment.
  const docName = (request.url ?? '').split('?')[0].split('/').pop();
  setupWSConnection(conn, request, { docName });
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(0, '127.0.0.1', () => {
  console.log(`Reference listening on http://localhost:${server.address().port}`);
});
process.on('SIGTERM', () => process.exit(0));
