// The catalogue of award forms (danh hiệu thi đua, hình thức khen thưởng) is data: each form's
// names, the kinds it is for, its place in the order of forms, and the conditions a history can
// tell, each with the legal text it comes from and how sure that text is (docs/law-sources.md).
import type { Kind } from '../types';

/**
 * How sure a legal text is (shared/domain.md, "The law around it"): the primary text or an official
 * answer quoting it; a law-news article or another project quoting it; nothing better than hearsay.
 */
export type RuleStatus = 'confirmed' | 'secondary' | 'not-confirmed';

/** Where a text applies: the whole country (a Luật, a Nghị định) or one province's Quy định. */
export type RuleScope = 'national' | 'province';

/** One legal text as it was read, with where it was read. */
export interface LegalSource {
  id: string;
  /** The document: "Luật Thi đua, khen thưởng số 06/2022/QH15". */
  document: string;
  /** Its place: "Điều 74 khoản 1 điểm d". */
  article: string;
  /** The words as read (a cut is marked with …). */
  quote: string;
  /** Where the words were read: an address, or a file of shared/plans with its lines. */
  seenAt: string[];
  status: RuleStatus;
  scope: RuleScope;
  /** What else is known: an older text that says the same, a doubt, a reading chosen. */
  note?: string;
}

/**
 * A condition on a nominee's record. `yearsInRow` counts consecutive years with one of `forms`
 * ("02 lần liên tục", "03 năm liên tục"), the run reaching the review year or the year before;
 * `initiatives` asks that many recognised initiatives in those years ("trong thời gian đó có 02
 * sáng kiến"). `recentTimes`: at least `count` awards of `forms`, the latest in the review year or
 * the year before, for titles given once per several years, whose "lần liên tục" a run of years
 * cannot tell (the reason names the years; the council judges the cycle). `sameYear`: one of `forms` in the review year. `notAwardedThisYear`: the form itself
 * not already given for the review year. `other`: a standard the history cannot tell (an
 * alternative of an `any` the council weighs). `any` / `all` combine.
 */
export type Condition =
  | { type: 'yearsInRow'; forms: string[]; count: number; initiatives?: number }
  | { type: 'recentTimes'; forms: string[]; count: number }
  | { type: 'sameYear'; forms: string[] }
  | { type: 'notAwardedThisYear' }
  | { type: 'other'; text: string }
  | { type: 'any'; of: Condition[] }
  | { type: 'all'; of: Condition[] };

/** A condition the secretary can turn on or off, with its source. */
export interface FormRule {
  /** Stable id for settings: "bang-khen-tinh.d74-1d". */
  id: string;
  /** What the rule asks, in Vietnamese, for the settings list. */
  label: string;
  /** The kinds the rule is for (a form for both kinds may have a rule per kind). */
  kinds: Kind[];
  condition: Condition;
  /** Id of its LegalSource. */
  source: string;
}

/** A minimum share of the council's votes for a form, and what the share is counted over. */
export interface VoteRule {
  id: string;
  label: string;
  /** 0–1. */
  min: number;
  /** Of the council's whole membership, or of the members present and voting. */
  basis: 'members' | 'present';
  source: string;
}

export interface AwardForm {
  id: string;
  /** The name as a decision writes it. */
  name: string;
  /** The short name the reasons use ("CSTĐCS"). */
  short: string;
  /** Other ways sheets write it (matched after NFC, case- and diacritics-insensitive). */
  aliases: string[];
  kinds: Kind[];
  /**
   * Order of forms: a higher number is a higher form ("đạt khen cao" when a nominee is proposed for
   * a higher form than another). Levels: 0 records that are no award (a yearly rating, an
   * initiative), 10 cơ sở titles, 20 Giấy khen, 30 cơ sở titles that need another first, 40 Bằng
   * khen of a ministry or province, 50 their titles, 60 the Government's, 70 national titles.
   */
  rank: number;
  /** A record that is not an award: the yearly rating or a recognised initiative. */
  record?: 'rating' | 'initiative';
  rules: FormRule[];
  votes: VoteRule[];
  /** The form's standards as written, shown beside it, never checked (the plan's criteria are). */
  standards: { text: string; source: string }[];
}
