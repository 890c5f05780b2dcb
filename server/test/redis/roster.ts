// Reading the presence roster the way the home page does, and polling for a condition without timing it.
export async function rosterOf(url: string, boardId: string): Promise<string[]> {
  const response = await fetch(`${url}/api/presence?boards=${boardId}`);
  const body = (await response.json()) as Record<string, { names: string[] } | undefined>;
  return [...(body[boardId]?.names ?? [])].sort();
}

export async function pollUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export async function healthOf(url: string): Promise<{ status: string; reason?: string; [key: string]: unknown }> {
  const response = await fetch(`${url}/healthz`);
  return (await response.json()) as { status: string; reason?: string };
}
