// The interviewer material and the scorecard, from the relay (server/src/interview/problems-route.ts and
// scorecard-route.ts): the web app never bundles the rubric, so it arrives only for links the relay allows (the
// interviewer's; a practice link once its time is up), and only the interviewer's link downloads the scorecard.
// Answers are parsed, not trusted.
import type { RubricPoint } from '@napkin/problems/rubric';
import { parseRubricPoints } from '@napkin/problems/rubric';

export type Fetched<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const authorised = (token: string): RequestInit => ({ headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });

/** The relay's reason for a refusal, else its HTTP status. */
async function refusal(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  return typeof body.error === 'string' ? body.error : `HTTP ${response.status}`;
}

const failed = (error: unknown): { ok: false; error: string } => ({ ok: false, error: error instanceof Error ? error.message : String(error) });

export async function fetchRubricPoints(problemId: string, boardId: string, token: string): Promise<Fetched<RubricPoint[]>> {
  try {
    const response = await fetch(`/api/problems/${encodeURIComponent(problemId)}/interviewer?board=${encodeURIComponent(boardId)}`, authorised(token));
    if (!response.ok) return { ok: false, error: await refusal(response) };
    const body = (await response.json()) as Record<string, unknown>;
    return { ok: true, value: parseRubricPoints(body.points) };
  } catch (error) {
    return failed(error);
  }
}

export type ScorecardFormat = 'md' | 'pdf';

/** The scorecard's bytes and the file name the relay gave it. */
export async function fetchScorecard(boardId: string, token: string, format: ScorecardFormat): Promise<Fetched<{ blob: Blob; fileName: string }>> {
  try {
    const response = await fetch(`/api/interviews/${encodeURIComponent(boardId)}/scorecard?format=${format}`, authorised(token));
    if (!response.ok) return { ok: false, error: await refusal(response) };
    const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
    return { ok: true, value: { blob: await response.blob(), fileName: named?.[1] ?? `scorecard.${format}` } };
  } catch (error) {
    return failed(error);
  }
}
