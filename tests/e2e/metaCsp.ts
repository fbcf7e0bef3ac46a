/** A built page's Content-Security-Policy meta tag: the whole policy and each directive's sources. */
export function metaCsp(html: string): { policy: string; directives: Map<string, string[]> } {
  const policy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
  return { policy, directives };
}
