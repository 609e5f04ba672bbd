// The `score --json` contract (shared/domain.md): keys exactly as documented, more keys welcome.
import type { NominationResult, SheetWarning, Summary, EngineResult } from '../core/types';

export interface ScoreJson {
  sheet: string;
  headerRow: number;
  nominations: NominationResult[];
  summary: Summary;
  warnings: SheetWarning[];
  /** What the award history did in the run; absent without one. */
  history?: HistoryJson;
}

/** The run's award history: where it was read, how many records, and what the append step wrote. */
export interface HistoryJson {
  /** Sheets read ("Lịch sử khen thưởng"), or "file › sheet" for a file given with --history. */
  sources: string[];
  records: number;
  /** The workbook's history sheet (written to by the append step), or null when it has none. */
  sheet: string | null;
  /** Records appended this run (null: the append step was not asked for). */
  appended: number | null;
  /** Awarded rows the history sheet already had for this year and form (not written again). */
  alreadyThere: number | null;
  /** Awarded rows with no form written (not recorded: a history record needs a form). */
  noForm: number | null;
}

export function toScoreJson(sheet: string, headerRow: number, result: EngineResult, warnings: SheetWarning[], history: HistoryJson | null = null): ScoreJson {
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
      // The nominee's records in the award history, by year ([] without a history).
      history: n.history ?? [],
      ...(n.highForm !== undefined ? { highForm: n.highForm } : {}),
    })),
    summary: result.summary,
    warnings,
    ...(history ? { history } : {}),
  };
}
