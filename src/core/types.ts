// The data types at the centre of Bình Xét. Every other module (core rules, plan reader,
// workbook model, adapters) speaks in these. JSON-facing shapes follow the contract in
// shared/domain.md exactly; internal helpers may add keys but never rename these.

/** A calendar day as an Excel serial number (days since 1899-12-30). Integer. */
export type Serial = number;

export type Kind = 'collective' | 'individual';

// ---------------------------------------------------------------- deadlines

export type DeadlineRule =
  | 'before'
  | 'by'
  | 'annual'
  | 'quarterly'
  | 'monthly'
  | 'month'
  | 'quarter'
  | 'year'
  | 'relative'
  | 'external';

/** One resolved occurrence: dates as "YYYY-MM-DD". */
export interface DeadlineDate {
  due: string;
  lastOnTime: string;
}

/** A deadline phrase resolved for one year (the JSON contract). */
export interface Deadline {
  text: string;
  rule: DeadlineRule;
  inclusive: boolean;
  from: string | null;
  dates: DeadlineDate[];
  /** Vietnamese notes: day off on the last on-time day, working-day mismatch, relative/external. */
  notes?: string[];
}

// ---------------------------------------------------------------- plan

export interface Quota {
  collective: number | null;
  individual: number | null;
  /** A pool for both kinds ranked together: "02 trường hợp (tập thể hoặc cá nhân)". */
  either: number | null;
  /** Percentages 0–100 of the participants: "tỷ lệ không quá 10% tập thể, 5% cá nhân". */
  percent: { collective: number | null; individual: number | null } | null;
}

export interface Allocation {
  /** The text naming the units or group ("Cơ quan Trung ương trên địa bàn thành phố", "xã, phường"). */
  group: string;
  /** True when the numbers apply to each unit of the group ("mỗi đơn vị"). */
  each: boolean;
  collective: number | null;
  individual: number | null;
  either: number | null;
  /** The sentence the allocation was read from. */
  text: string;
  /**
   * The award form the numbers are for ("Bằng khen của Chủ tịch UBND tỉnh: … mỗi xã, phường chọn
   * 02 trường hợp"): the allocation then applies to rows proposed for that form only. Absent or
   * null: it applies within each form.
   */
  form?: string | null;
}

/**
 * A movement's quota for one award form (hình thức khen thưởng / danh hiệu): "Bằng khen của Chủ
 * tịch UBND tỉnh: 05 tập thể, 10 cá nhân". With form quotas, a movement's rows that name a form are
 * ranked and cut per (movement, form, kind) at that form's quota; see core/engine/forms.ts.
 */
export interface FormQuota {
  /** The form as the plan (or the secretary, on the "Kế hoạch" sheet) names it. */
  form: string;
  /** As a movement's quota: null = not known ("theo thẩm quyền"). */
  quota: Quota | null;
  quotaNote: string | null;
}

export interface RubricItem {
  id: string;
  text: string;
  maxPoints: number;
}

export interface Rubric {
  items: RubricItem[];
  bonusMax: number | null;
  penaltyMax: number | null;
  total: number | null;
}

export interface GradeBand {
  name: string;
  minScore: number;
  noZeroCriterion: boolean;
}

/** A list of criteria for one group of subjects, as the plan divides them (kept as data). */
export interface CriteriaGroup {
  kind: 'collective' | 'individual' | 'household' | 'both';
  /** The subjects named ("xã, phường thuộc tỉnh"), or null. */
  group: string | null;
  /** The award form the list is for, or null. */
  form: string | null;
  /** "đạt một trong các tiêu chuẩn sau": any one item suffices. */
  anyOf: boolean;
  items: string[];
}

export interface Movement {
  id: string;
  name: string;
  quota: Quota | null;
  quotaNote: string | null;
  /** `household` (hộ gia đình) only where the plan writes it; the engine uses the other two. */
  criteria: { collective: string[]; individual: string[]; household?: string[] };
  /** The criteria as the plan groups them, when it divides them by subject or form. */
  criteriaGroups?: CriteriaGroup[];
  deadlines: Deadline[];
  /** Grade a nominee must reach to be eligible when the plan has grade bands (default: the best band). */
  awardGrade?: string | null;
  /** Minimum score (points) for eligibility, when the plan states one. */
  minScore?: number | null;
  /** Minimum vote share 0–1, when the plan states one. */
  minVote?: number | null;
  /** Quotas per award form, when the plan gives them (absent: the movement's quota for every row). */
  formQuotas?: FormQuota[];
}

export interface PlanWarning {
  /** 1-based line number in the plan text, or null. */
  line: number | null;
  message: string;
}

/** Kinds of document of the genre (JSON `kind`). */
export type PlanKind = 'ke-hoach' | 'quyet-dinh' | 'quy-dinh' | 'huong-dan' | 'cong-van' | 'thong-bao';

/** Where a fact was read: 1-based input lines and the quoted text. */
export interface FactSource {
  lines: [number, number];
  text: string;
}

/** An award form the plan names (Giấy khen, Bằng khen…), with the criteria it gives for it. */
export interface AwardForm {
  name: string;
  /** The kinds it is for, when the plan or the form's name says. */
  kinds: ('collective' | 'individual' | 'household')[];
  criteria: CriteriaGroup[];
}

/** The council or steering body that reviews nominations, as the plan names it. */
export interface Council {
  name: string;
  /** Members as listed ("Chủ tịch Hội đồng là Chủ tịch Ủy ban nhân dân tỉnh"), when listed. */
  members: string[];
}

/** A dated step that is no nomination deadline (registration, reports, the closing ceremony). */
export interface ScheduleStep {
  what: string;
  deadline: Deadline;
}

export interface Plan {
  title: string;
  issuer: string;
  /** Số/ký hiệu ("2579/QĐ-UBND"), null when the copy leaves it blank. */
  number?: string | null;
  /** The document's date ("YYYY-MM-DD"). */
  date?: string | null;
  kind?: PlanKind | null;
  year: number | null;
  period: { from: string | null; to: string | null };
  movements: Movement[];
  /** Deadlines not tied to one movement. */
  deadlines: Deadline[];
  allocations: Allocation[];
  rubric: Rubric | null;
  grades: GradeBand[];
  /** Award forms named by the plan. */
  forms?: AwardForm[];
  council?: Council | null;
  /** Dated steps other than nomination deadlines. */
  schedule?: ScheduleStep[];
  /** A Quyết định's attached document ("Quy định … ban hành kèm theo"), whose facts these are. */
  attachment?: { kind: PlanKind | null; title: string } | null;
  warnings?: PlanWarning[];
  /** Where each fact was read, by field path ("issuer", "movements.0.quota"). */
  sources?: Record<string, FactSource>;
  /** Field paths of facts the secretary should confirm. */
  unsure?: string[];
}

// ---------------------------------------------------------------- settings

/** One day off or one swapped working day in the editable calendar. */
export interface CalendarEntry {
  date: string; // YYYY-MM-DD
  name: string;
  /** 'off' = public holiday / day off; 'work' = a weekend day made a working day. */
  type: 'off' | 'work';
}

export interface Settings {
  /** Year the deadlines are resolved for (the --year, else the plan's year, else the received date's). */
  year: number | null;
  /** Overrides or supplies the submission deadline for every movement (--deadline). */
  deadlineOverride: string | null;
  /** Điều 148 BLDS 2015: a deadline on a day off moves to the next working day. Off by default. */
  shiftDaysOff: boolean;
  /** Extra calendar entries (user edits) on top of the built-in table. */
  calendar: CalendarEntry[];
  /** Participants per kind for percentage quotas (--participants TT=120,CN=3400). */
  participants: { collective: number | null; individual: number | null };
  /** A minimum vote share 0–1 chosen by the user (with its source shown), or null. */
  minVote: number | null;
  /**
   * The secretary's choice per rule of the forms catalogue (rule id → on/off, core/forms/rules.ts);
   * a rule not named keeps its default (on only for a confirmed national text).
   */
  formRules?: Record<string, boolean>;
  /** Units renamed or merged (2025): history under `from` counts as `to`'s (core/history). */
  unitAliases?: UnitAlias[];
}

/** One renamed or merged unit: its old name and the name it has now. */
export interface UnitAlias {
  from: string;
  to: string;
}

export const DEFAULT_SETTINGS: Settings = {
  year: null,
  deadlineOverride: null,
  shiftDaysOff: false,
  calendar: [],
  participants: { collective: null, individual: null },
  minVote: null,
};

// ---------------------------------------------------------------- nominations

export type MarkValue = 'met' | 'unmet' | 'unreadable';

/** One criterion cell of a nominee row, as read from the sheet. */
export interface MarkCell {
  value: MarkValue;
  /** A1 reference of the cell, e.g. "F12", for messages. */
  cell: string;
  raw: string;
}

/** One points cell (rubric item, bonus or penalty). */
export interface PointsCell {
  /** null when blank; NaN never appears (unreadable → problem instead). */
  value: number | null;
  cell: string;
  raw: string;
}

/** A problem found while reading one row; puts the row under review. */
export interface RowProblem {
  column: string; // A1 column letters, e.g. "F"
  message: string; // Vietnamese
  /** The field the cell is for, when the problem is the row's only word on it (a kind cell: the engine then says no more of the kind). */
  field?: 'kind';
}

/** One nominee row as the workbook layer hands it to the engine. Host-free, already parsed. */
export interface NominationInput {
  /** Worksheet row, 1-based, as the user sees it. */
  row: number;
  name: string | null;
  unit: string | null;
  position: string | null;
  kind: Kind | null;
  /** The movement cell as written (id "2.4" or part of the name); null when the sheet has none. */
  movement: string | null;
  group: string | null;
  received: Serial | null;
  /** True when a received-date cell had text that could not be read as a date. */
  receivedUnreadable?: boolean;
  /**
   * True when the sheet has no received-date column at all (a points sheet units fill in): lateness
   * cannot be measured, which is said on the row, but it is no fault of the row (not a review).
   */
  noReceivedColumn?: boolean;
  /** Criteria marks, in column order (column N = N-th criterion of the nominee's kind). */
  marks: MarkCell[];
  /** Points per rubric item, in column order; empty when the sheet has no points columns. */
  points: PointsCell[];
  bonus: PointsCell | null;
  penalty: PointsCell | null;
  /** A total points column written by the unit (Điểm, Tổng điểm). */
  givenScore: number | null;
  /** Vote share 0–1. */
  vote: number | null;
  problems: RowProblem[];
  /**
   * The award form the row is proposed for, as written (hình thức / danh hiệu đề nghị). Undefined
   * when the list has no form column (a row with null has the column, blank).
   */
  form?: string | null;
}

export type Status = 'selected' | 'over_quota' | 'tie' | 'ineligible' | 'late' | 'review';

/** One nominee's result (the JSON contract's nominations[] item). */
export interface NominationResult {
  row: number;
  name: string | null;
  unit: string | null;
  kind: Kind | null;
  /** The movement id matched in the plan, or null. */
  movement: string | null;
  received: string | null;
  lastOnTime: string | null;
  daysLate: number | null;
  late: boolean;
  criteriaMet: number;
  criteriaTotal: number;
  score: number | null;
  eligible: boolean;
  vote: number | null;
  rank: number | null;
  status: Status;
  duplicate: boolean;
  group: string | null;
  grade: string | null;
  reasons: string[];
  position?: string | null;
  /** The award form proposed, as written, or null; undefined when the list names no form. */
  form?: string | null;
  /** The form it was ranked under: the plan's name of the matched form, else as written; null without one. */
  formName?: string | null;
  /**
   * The nominee's records in the award history ("Lịch sử khen thưởng"), by year; undefined when the
   * run had no history.
   */
  history?: HistoryEntry[];
  /**
   * "Đạt khen cao": proposed ("Đề nghị khen thưởng") for a form above every award the history holds
   * for the nominee (the catalogue's order of forms, core/forms/catalogue.ts); undefined without a
   * history.
   */
  highForm?: boolean;
}

/** One record of a nominee's award history as the JSON shows it. */
export interface HistoryEntry {
  year: number;
  /** The form as the history writes it. */
  form: string;
  decision: string | null;
}

/** Counts per movement × kind (kind "either" for a pooled quota). */
export interface SummaryRow {
  movement: string;
  movementName: string;
  kind: Kind | 'either';
  nominated: number;
  eligible: number;
  late: number;
  ineligible: number;
  review: number;
  tie: number;
  proposed: number;
  /** null when unknown. */
  quota: number | null;
  /** quota − proposed, or null when the quota is unknown. */
  placesLeft: number | null;
  note: string | null;
}

export interface UnitSummaryRow {
  unit: string;
  nominated: number;
  proposed: number;
  late: number;
  ineligible: number;
  review: number;
}

export interface GroupSummaryRow {
  group: string;
  nominated: number;
  proposed: number;
  quota: number | null;
}

/**
 * Counts per movement × award form × kind (kind "either" for a pooled form quota). `form` is the
 * plan's name of the form when the row's text matched one, else the text as first written, null
 * for rows that name none.
 */
export interface FormSummaryRow extends SummaryRow {
  form: string | null;
  /**
   * "Đạt khen cao": rows proposed for this form ("Đề nghị khen thưởng") whose history holds awards,
   * all of them below this form in the catalogue's order; null when the run had no history.
   */
  highForm: number | null;
}

export interface Summary {
  byMovement: SummaryRow[];
  /** Per movement × form × kind; empty when the list names no form. */
  forms: FormSummaryRow[];
  byUnit: UnitSummaryRow[];
  byGroup: GroupSummaryRow[];
  /** Grade name → count; empty without grade bands. */
  grades: Record<string, number>;
  totals: { nominated: number; selected: number; over_quota: number; tie: number; ineligible: number; late: number; review: number };
}

export interface EngineResult {
  nominations: NominationResult[];
  summary: Summary;
}

/** A warning with its place, for the JSON contract and the task pane. */
export interface SheetWarning {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}
