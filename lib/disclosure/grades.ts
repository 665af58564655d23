/**
 * 绩效自评 grade bands. A template names its bands; lower bounds are inclusive (90.00 → 优,
 * 89.99 → 良). The default is the national one of 财预〔2020〕10号: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 < 60.
 */
export interface GradeBand {
  grade: string;
  /** Lowest score of the band, in hundredths of a point. */
  min: number;
}

export const NATIONAL_BANDS: readonly GradeBand[] = [
  { grade: "优", min: 9000 },
  { grade: "良", min: 8000 },
  { grade: "中", min: 6000 },
  { grade: "差", min: 0 },
];

export function gradeFor(scoreHundredths: number | null, bands: readonly GradeBand[] = NATIONAL_BANDS): string | null {
  if (scoreHundredths === null) return null;
  // The highest band whose lower bound the score reaches (bands may be listed in any order).
  let best: GradeBand | null = null;
  for (const b of bands) if (scoreHundredths >= b.min && (best === null || b.min > best.min)) best = b;
  return best?.grade ?? null;
}

/** "98" for 9800, "98.5" for 9850, "71.25" for 7125. */
export function formatPoints(hundredths: number): string {
  const sign = hundredths < 0 ? "-" : "";
  const whole = Math.trunc(Math.abs(hundredths) / 100);
  const frac = Math.abs(hundredths) % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

/** “优≥90，良≥80，合格≥60，不合格<60” (bands best first, as templates list them). */
export function describeBands(bands: readonly GradeBand[]): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted
    .map((b, i) =>
      b.min === 0 && i > 0 ? `${b.grade}<${formatPoints(sorted[i - 1]!.min)}` : `${b.grade}≥${formatPoints(b.min)}`,
    )
    .join("，");
}
