// Deadlines, with what each one is for. A nomination deadline ("Hồ sơ đề nghị khen thưởng gửi về
// Sở … trước ngày 15/12/2024", "Thời điểm xét khen thưởng: Cuối năm 2021", a schedule table row
// "Gửi hồ sơ đề nghị khen thưởng | Chậm nhất ngày 10/12/2024") is what lateness is measured on;
// other dated steps (registration, reports, the closing ceremony, lists of violations sent to the
// council) are kept as the schedule. A period sentence ("từ ngày … đến ngày …") is neither.
// Every phrase form of domain.md is read by src/core/deadline.ts; this module finds them and
// decides what each is for from its sentence or its table row.
import type { Deadline } from '../../core/types';
import type { Block, DocModel, Node, Row, Table } from '../document';
import { findDeadlinePhrases, parseDeadline, resolveDeadline, type DeadlineSpec } from '../../core/deadline';
import type { ReadPlanOptions } from '../options';
import { DOUBTFUL, LIKELY, SURE, fact, rowSource, sourceOf, type Fact } from './fact';
import { workingDaysFrom } from './workingDays';
import { builtinCalendar } from '../../core/calendar';
import { bodyOffset, restOf, scopeNodes, titleOf } from './query';
import { COUNCIL_NAME, TIME_FIELD } from './vocab';
import { trimPunct } from '../document/chars';

export interface FoundDeadline {
  fact: Fact<Deadline>;
  node: Node;
}

export interface ScheduleFact {
  what: string;
  fact: Fact<Deadline>;
}

export interface Deadlines {
  nomination: FoundDeadline[];
  schedule: ScheduleFact[];
  /** Phrases that look like deadlines but do not resolve: line and phrase, and why. */
  unread: { line: number; phrase: string; why: string; node: Node }[];
}

const DOSSIER =
  /hồ\s+sơ|đề\s+nghị\s+(?:khen|xét|tặng|truy\s+tặng|công\s+nhận|cấp\s+trên)|danh\s+sách\s+(?:đề\s+nghị|khen|tập\s+thể|cá\s+nhân|đề\s+xuất|trích\s+ngang)|tờ\s+trình|thời\s+điểm\s+xét|xét\s+khen\s+thưởng|trình\s+khen\s+thưởng|báo\s+cáo\s+thành\s+tích|bình\s+xét|khen\s+thưởng\s+tổng\s+kết/iu;
const OTHER_STEP = /đăng\s+ký|báo\s+cáo|tổng\s+hợp|sơ\s+kết|tổng\s+kết|hội\s+nghị|(?<![\p{L}])lễ(?![\p{L}])|trao\s+thưởng|kiểm\s+tra|chấm\s+điểm|thẩm\s+định|công\s+bố|niêm\s+yết|lấy\s+ý\s+kiến/iu;
const REFERENCE = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Thực hiện\s+(?:Chỉ thị|Kế hoạch|Quyết định|Nghị quyết|Công văn|Hướng dẫn|Thông báo|Luật))/u;
const DEADLINE_WORDS = /chậm\s+nhất|trước\s+ngày|hạn\s+chót|hạn\s+nộp|thời\s+hạn|thời\s+điểm\s+xét|hạn\s+cuối/iu;
// "Khi tổng kết … cuối năm 2021": the dated part of a field that names an event.
const DATED_PART = /(?:cuối|trong|hết)\s+năm\s+\d{4}|(?:cuối\s+|trong\s+)?tháng\s+\d{1,2}\s*(?:\/|năm)\s*\d{4}|(?:cuối\s+)?quý\s+[IV1-4]+\s*(?:\/|năm)\s*\d{4}/iu;
const TIME_COLUMN = /thời\s*gian|thời\s*hạn|ngày|hạn|tiến\s*độ|thời\s*điểm/iu;

/** Council names do not make a sentence about dossiers ("gửi về Hội đồng Thi đua - Khen thưởng"). */
const purposeText = (s: string) => s.replace(new RegExp(COUNCIL_NAME.source, 'gu'), ' ').replace(/Phòng\s+Thi\s+đua[,\s-]+[Kk]hen\s+thưởng|Ban\s+Thi\s+đua[,\s-]+[Kk]hen\s+thưởng/gu, ' ');

/**
 * What a notice is about when all it does is set dates: consulting the public on nominees ("lấy ý
 * kiến nhân dân": the date for opinions is its deadline), or listing the steps of a round ("các mốc
 * thời gian", "lịch", "tiến độ": every dated step is a deadline the office tracks).
 */
export type NoticeSubject = 'consultation' | 'schedule' | null;

// Consulting the public: "lấy ý kiến", "xin ý kiến", "thăm dò dư luận" (the NGND/NGƯT rounds).
const CONSULTS = /(?:lấy|xin)\s+ý\s+kiến|thăm\s+dò\s+(?:dư\s+luận|ý\s+kiến)/iu;
// In a consultation, the list is posted for opinions: its posting window is the window for them.
const POSTED = /(?:đăng|niêm\s+yết|công\s+bố)\s+công\s+khai|niêm\s+yết/iu;
// A notice that posts a list or results publicly for the people's view consults them too.
const CONSULTATION = new RegExp(`${CONSULTS.source}|${POSTED.source}`, 'iu');
/** The opening sentence of a block, where a notice says what it does (a long one is cut). */
const openingSentence = (t: string) => t.slice(0, 800).split(/(?<=[.;])\s+(?=\p{Lu})/u)[0];
const OPINIONS = /ý\s+kiến|góp\s+ý|phản\s+ánh|thông\s+tin/iu;
const SCHEDULE_TITLE = /mốc\s+thời\s+gian|lịch\s+(?:trình|thời\s+gian|tổng\s+kết)|tiến\s+độ|thời\s+hạn\s+(?:gửi|nộp|thực\s+hiện)/iu;

/** The subject of a notice, from its title and opening lines. */
export function noticeSubject(doc: DocModel, title: string): NoticeSubject {
  const opening = doc.blocks.slice(0, 4).filter((b) => b.type === 'para').map((b) => b.text);
  if (SCHEDULE_TITLE.test(title)) return 'schedule';
  if (CONSULTATION.test(title) || opening.some((t) => CONSULTATION.test(openingSentence(t)))) return 'consultation';
  return null;
}

function purpose(sentence: string, field: boolean, subject: NoticeSubject): 'nomination' | 'schedule' | null {
  const t = purposeText(sentence);
  if (DOSSIER.test(t) || field) return 'nomination';
  if (subject === 'consultation' && (OPINIONS.test(t) || POSTED.test(t))) return 'nomination';
  if (OTHER_STEP.test(t)) return subject === 'schedule' ? 'nomination' : 'schedule';
  return null;
}

/**
 * Where sentences end in `text`: after ";" or after "." followed by a space — not "2." in a number,
 * but after a year that ends a sentence ("… đến hết ngày 28/6/2023. Ý kiến …").
 */
function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === ';') out.push(i);
    else if (c === '.' && (i + 1 >= text.length || /\s/.test(text[i + 1])) && (!/\d/.test(text[i - 1] ?? '') || /(?<!\d)\d{4}\.\s+\p{Lu}/u.test(text.slice(i - 5, i + 3)))) out.push(i);
  }
  return out;
}

/** The sentence around `at`: from the end before it to the end after it (a binary search: a paragraph may hold thousands of phrases). */
function sentenceAt(text: string, ends: number[], at: number): { from: number; to: number } {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  // A run-on "sentence" (a copy without punctuation) is read only near the phrase.
  const from = Math.max(lo > 0 ? ends[lo - 1] + 1 : 0, at - NEAR);
  const to = Math.min(lo < ends.length ? ends[lo] + 1 : text.length, at + NEAR);
  return { from, to };
}

const NEAR = 300;

class Reader {
  out: Deadlines = { nomination: [], schedule: [], unread: [] };

  constructor(
    private readonly year: number | null,
    private readonly opts: ReadPlanOptions,
    private readonly subject: NoticeSubject,
  ) {}

  resolve(spec: DeadlineSpec): Deadline {
    const target = this.opts.year ?? spec.year ?? this.year;
    return resolveDeadline(spec, target ?? null, { calendar: this.opts.calendar, shiftDaysOff: this.opts.shiftDaysOff });
  }

  parse(phrase: string): { ok: true; spec: DeadlineSpec } | { ok: false; message: string } {
    return parseDeadline(phrase, { year: this.year });
  }

  add(kind: 'nomination' | 'schedule', d: Deadline, src: ReturnType<typeof sourceOf>, conf: number, node: Node, what: string): void {
    if (kind === 'nomination') this.out.nomination.push({ fact: fact(d, src, conf), node });
    else this.out.schedule.push({ what: what.replace(/\s+/g, ' ').trim().slice(0, 160), fact: fact(d, src, conf) });
  }

  /** "Thời điểm xét khen thưởng: Cuối năm 2021": a field whose whole value is the deadline. */
  field(b: Block, node: Node): boolean {
    const t = titleOf(b);
    const rest = restOf(b).replace(/[.;]\s*$/u, '');
    if (!TIME_FIELD.test(t) || !rest) return false;
    let parsed = this.parse(rest);
    const sub = DATED_PART.exec(rest);
    if (parsed.ok && parsed.spec.rule === 'relative' && sub) {
      const p2 = this.parse(sub[0]);
      if (p2.ok) parsed = { ok: true, spec: { ...p2.spec, text: parsed.spec.text } };
    }
    if (!parsed.ok) {
      this.out.unread.push({ line: b.lines[0], phrase: rest, why: parsed.message, node });
      return true;
    }
    this.add('nomination', this.resolve(parsed.spec), sourceOf(b, bodyOffset(b)), SURE, node, t);
    return true;
  }

  paragraph(b: Block, node: Node, underTimeField: boolean): void {
    if (REFERENCE.test(b.text)) return;
    // Every deadline phrase holds a number; a field without one ("Thời điểm xét: Theo kế hoạch …") is read as a field.
    const found = /\d/.test(b.text) ? findDeadlinePhrases(b.text) : [];
    if (!found.length && this.counted(b, node, underTimeField)) return;
    if (!found.length) {
      if (this.field(b, node)) return;
      if (DEADLINE_WORDS.test(b.text) && /hồ\s+sơ|đề\s+nghị/iu.test(b.text)) {
        const m = /(?:chậm\s+nhất|trước\s+ngày|hạn\s+chót|hạn\s+nộp|thời\s+hạn|hạn\s+cuối)[^.;]*/iu.exec(b.text);
        this.out.unread.push({ line: b.lines[0], phrase: (m?.[0] ?? b.text).trim().slice(0, 120), why: '', node });
      }
      return;
    }
    const ends = sentenceEnds(b.text);
    const stops = sentenceEnds(b.text.replace(/;/g, ','));
    for (const found1 of found) {
      // "(kể từ ngày 26-9 đến hết ngày 5-10-2022)": the window's phrase starts inside the brackets; its closing one is no part of it.
      const f = { ...found1, phrase: found1.phrase.includes('(') ? found1.phrase : found1.phrase.replace(/\s*\)$/u, '') };
      const s = sentenceAt(b.text, ends, f.index);
      const sentence = b.text.slice(s.from, s.to);
      const field = underTimeField || TIME_FIELD.test(titleOf(b));
      // "Báo cáo tổng kết …; kết quả xếp loại …, trước ngày 15/7": a clause after ";" takes its purpose from its sentence.
      const whole = sentenceAt(b.text, stops, f.index);
      const kind = purpose(sentence, field, this.subject) ?? purpose(b.text.slice(whole.from, f.index), field, this.subject);
      if (!kind) continue;
      const parsed = this.parse(f.phrase);
      if (!parsed.ok) continue; // findDeadlinePhrases returns only phrases parseDeadline reads
      const what = trimPunct(sentence.replace(f.phrase, ''));
      this.add(kind, this.resolve(parsed.spec), sourceOf(b, s.from, s.to), kind === 'nomination' ? SURE : LIKELY, node, what);
    }
  }

  /** "trong vòng 10 ngày làm việc, kể từ ngày D": counted on the calendar, to confirm (whether D counts is not said). */
  counted(b: Block, node: Node, underTimeField: boolean): boolean {
    const c = workingDaysFrom(b.text, this.opts.calendar ?? builtinCalendar());
    if (!c) return false;
    const s = sentenceAt(b.text, sentenceEnds(b.text), c.index);
    const kind = purpose(b.text.slice(s.from, s.to), underTimeField || TIME_FIELD.test(titleOf(b)), this.subject);
    if (!kind) return false;
    this.add(kind, c.deadline, sourceOf(b, s.from, s.to), DOUBTFUL, node, trimPunct(b.text.slice(s.from, s.to).replace(c.phrase, '')));
    return true;
  }

  /** A schedule table: a row per step, a column of times. */
  table(t: Table, node: Node): void {
    const header = t.headerRows > 0 ? t.rows[t.headerRows - 1].cells : [];
    const timeCol = header.findIndex((c) => TIME_COLUMN.test(c));
    // "Thời điểm xét khen thưởng", "Thời hạn nộp hồ sơ": the column itself says what its dates are for.
    const forNomination = timeCol >= 0 && /xét|khen|hồ\s*sơ|nộp|gửi|đề\s*nghị/iu.test(header[timeCol]);
    for (const r of t.rows.slice(t.headerRows)) this.row(r, timeCol, node, forNomination);
  }

  row(r: Row, timeCol: number, node: Node, forNomination = false): void {
    const cells = r.cells;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (!cell) continue;
      const phrases = findDeadlinePhrases(cell).map((f) => f.phrase);
      // A cell in the time column may hold a bare date or month ("15/12/2024", "Tháng 12/2024").
      if (!phrases.length && i === timeCol && /\d/.test(cell)) phrases.push(cell.replace(/[.;]\s*$/u, ''));
      if (!phrases.length) continue;
      const context = cells.filter((_, k) => k !== i).join(' ; ');
      for (const phrase of phrases) {
        const kind = purpose(context + ' ; ' + cell, forNomination && i === timeCol, this.subject);
        if (!kind) continue;
        const parsed = this.parse(phrase);
        if (!parsed.ok) {
          if (kind === 'nomination') this.out.unread.push({ line: r.line, phrase, why: parsed.message, node });
          continue;
        }
        this.add(kind, this.resolve(parsed.spec), rowSource(r), kind === 'nomination' ? SURE : LIKELY, node, context);
      }
    }
  }
}

/** Deadlines in the plan's part of the document; `year` resolves phrases that give none. */
export function readDeadlines(doc: DocModel, year: number | null, opts: ReadPlanOptions, skip: Set<Block>, subject: NoticeSubject = null): Deadlines {
  const r = new Reader(year, opts, subject);
  for (const n of scopeNodes(doc)) {
    const b = n.block as Block;
    if (skip.has(b)) continue;
    if (b.table) {
      r.table(b.table, n);
      continue;
    }
    if (/^Nơi\s+nhận/iu.test(b.text)) continue;
    const underTimeField = !!n.parent?.block && (n.parent.heading || n.parent.style === 'label') && TIME_FIELD.test(titleOf(n.parent.block));
    r.paragraph(b, n, underTimeField);
  }
  return r.out;
}
