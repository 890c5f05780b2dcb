// The interviewer material and the rubric's verdicts, from the relay (server/src/interview/problems-route.ts
// and rubric-route.ts): the web app never bundles either, so they arrive only for links the relay allows (the
// interviewer's; a practice link once its time is up). Answers are parsed, not trusted.

export interface RubricPointView {
  readonly id: string;
  readonly title: string;
  readonly general: boolean;
  /** The board can judge it by itself. */
  readonly automatic: boolean;
  readonly section: string;
}

export interface RubricVerdict {
  readonly pointId: string;
  readonly status: 'met' | 'missing' | 'not-judgeable';
  readonly componentId: string | null;
  readonly figure: string | null;
}

export type Fetched<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

async function getJson(path: string, token: string): Promise<Fetched<Record<string, unknown>>> {
  try {
    const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) return { ok: false, error: typeof body.error === 'string' ? body.error : `HTTP ${response.status}` };
    return { ok: true, value: body };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export async function fetchRubricPoints(problemId: string, boardId: string, token: string): Promise<Fetched<RubricPointView[]>> {
  const answer = await getJson(`/api/problems/${encodeURIComponent(problemId)}/interviewer?board=${encodeURIComponent(boardId)}`, token);
  if (!answer.ok) return answer;
  const points = Array.isArray(answer.value.points) ? answer.value.points.flatMap(parsePoint) : [];
  return { ok: true, value: points };
}

export async function fetchRubricVerdicts(problemId: string, boardId: string, token: string): Promise<Fetched<RubricVerdict[]>> {
  const answer = await getJson(`/api/problems/${encodeURIComponent(problemId)}/rubric?board=${encodeURIComponent(boardId)}`, token);
  if (!answer.ok) return answer;
  const results = Array.isArray(answer.value.results) ? answer.value.results.flatMap(parseVerdict) : [];
  return { ok: true, value: results };
}

export function parsePoint(value: unknown): RubricPointView[] {
  if (typeof value !== 'object' || value === null) return [];
  const { id, title, general, check, section } = value as Record<string, unknown>;
  if (typeof id !== 'string' || typeof title !== 'string') return [];
  return [{ id, title, general: general === true, automatic: typeof check === 'object' && check !== null, section: typeof section === 'string' ? section : '' }];
}

export function parseVerdict(value: unknown): RubricVerdict[] {
  if (typeof value !== 'object' || value === null) return [];
  const { pointId, status, evidence } = value as Record<string, unknown>;
  if (typeof pointId !== 'string' || (status !== 'met' && status !== 'missing' && status !== 'not-judgeable')) return [];
  const { componentId, figure } = (typeof evidence === 'object' && evidence !== null ? evidence : {}) as Record<string, unknown>;
  return [{ pointId, status, componentId: typeof componentId === 'string' ? componentId : null, figure: typeof figure === 'string' ? figure : null }];
}
