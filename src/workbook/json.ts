// The `score --json` contract (shared/domain.md): keys exactly as documented, more keys welcome.
import type { NominationResult, SheetWarning, Summary, EngineResult } from '../core/types';

export interface ScoreJson {
  sheet: string;
  headerRow: number;
  nominations: NominationResult[];
  summary: Summary;
  warnings: SheetWarning[];
}

export function toScoreJson(sheet: string, headerRow: number, result: EngineResult, warnings: SheetWarning[]): ScoreJson {
  return {
    sheet,
    headerRow,
    nominations: result.nominations.map((n) => ({
      row: n.row,
      name: n.name,
      unit: n.unit,
      kind: n.kind,
      movement: n.movement,
      received: n.received,
      lastOnTime: n.lastOnTime,
      daysLate: n.daysLate,
      late: n.late,
      criteriaMet: n.criteriaMet,
      criteriaTotal: n.criteriaTotal,
      score: n.score,
      eligible: n.eligible,
      vote: n.vote,
      rank: n.rank,
      status: n.status,
      duplicate: n.duplicate,
      group: n.group,
      grade: n.grade ?? null,
      reasons: [...n.reasons],
      ...(n.position !== undefined ? { position: n.position } : {}),
      form: n.form ?? null,
    })),
    summary: result.summary,
    warnings,
  };
}
