// Annotations within GitHub's limits: 10 of each level per step (the rest are dropped
// silently by GitHub), so when there are more we keep the first ones and say what we cut.

export type Level = "error" | "warning" | "notice";

export interface Annotation {
  level: Level;
  title: string;
  message: string;
  file?: string;
  line?: number;
}

export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * Keeps at most `limit` annotations per level, in the order given (most important first).
 * When a level overflows, its last slot becomes one annotation that names what was cut.
 */
export function fitAnnotations(items: Annotation[], limit = ANNOTATIONS_PER_LEVEL): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ["error", "warning", "notice"] as const) {
    const mine = items.filter((a) => a.level === level);
    if (mine.length <= limit) {
      out.push(...mine);
      continue;
    }
    const kept = mine.slice(0, limit - 1);
    const cut = mine.slice(limit - 1);
    const titles = cut.slice(0, 20).map((a) => `- ${a.title}`);
    if (cut.length > 20) titles.push(`- … and ${cut.length - 20} more`);
    out.push(...kept, {
      level,
      title: `${cut.length} more ${level}s`,
      message: `GitHub shows ${limit} ${level}s per step; these are in the job summary and the JSON report:\n${titles.join("\n")}`,
    });
  }
  return out;
}
