// What every HTTP answer and every WebSocket upgrade is checked against, besides links: the `Origin` of an
// upgrade (a page on another site must not read a board through its visitor's browser), the security
// headers every response carries, and how much `/healthz` tells whom.
import type { IncomingMessage } from 'node:http';
import { matchesAdminToken } from './links-api.js';

export interface WebSecurityOptions {
  /**
   * Origins allowed to open a WebSocket besides the relay's own (same host as the request), exactly as a
   * browser sends them (`https://napkin.example`); `*` allows any. NAPKIN_ALLOWED_ORIGINS, comma-separated.
   */
  readonly allowedOrigins?: readonly string[];
  /** CSP `frame-ancestors`: who may embed the app (e.g. a view link). Default `'none'`. NAPKIN_FRAME_ANCESTORS. */
  readonly frameAncestors?: string;
  /** Shows `/healthz` details to requests bearing it. */
  readonly adminToken?: string;
}

/**
 * An upgrade without `Origin` comes from a program, not a browser page (browsers always send it), and a
 * program could forge it anyway: links are what keep it out. A browser's must be this relay's own origin
 * (its host, as the request names it) or on the allow-list.
 */
export function originAllowed(request: IncomingMessage, allowed: readonly string[] = []): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes('*') || allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** Headers for every HTTP response. The app loads nothing from elsewhere, so `'self'` is the whole policy. */
export function securityHeaders(frameAncestors = "'none'"): Record<string, string> {
  const csp = [
    "default-src 'self'",
    // The Export menu rasterises PNGs with resvg's WebAssembly build: compiling wasm, not evaluating JS.
    "script-src 'self' 'wasm-unsafe-eval'",
    // React Flow positions nodes with style attributes.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    // Links travel in URL fragments, which are never sent; this keeps even the path to ourselves.
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** Whether a `/healthz` request may see the details (counts, storage issues, Redis state). */
export function healthDetailsAllowed(request: IncomingMessage, adminToken: string | undefined): boolean {
  const header = request.headers.authorization;
  const presented = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
  return matchesAdminToken(presented, adminToken);
}

/** `NAPKIN_ALLOWED_ORIGINS` → list. */
export function parseOriginList(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
}
