// The plan's year and the period of the movement ("Thời gian thực hiện: từ ngày 01/01/2025 đến ngày
// 30/11/2025", "từ ngày ban hành Kế hoạch đến hết năm 2027", "từ tháng 10 năm 2025 đến hết tháng 3
// năm 2026", "… đến khi tổ chức thành công Đại hội" — an end the plan does not date).
import type { Block, DocModel } from '../document';
import { daysInMonth, isValidYmd } from '../../core/dates';
import { DOUBTFUL, LIKELY, SURE, fact, sourceOf, type Fact } from './fact';
import { forCopy } from '../document/fold';
import { bodyOffset, scopeNodes } from './query';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The year a title names: "năm 2025", the first year of "giai đoạn 2023 - 2030" or "năm học 2024 - 2025". */
function yearInTitle(title: string, folded: boolean): number | null {
  let m = forCopy(folded, /năm\s+(?:học\s+)?(\d{4})(?!\s*[-–]\s*\d{4})/iu).exec(title);
  if (m) return +m[1];
  m = forCopy(folded, /(?:giai\s+đoạn|từ\s+năm|năm\s+học|niên\s+khóa)\s+(\d{4})/iu).exec(title);
  return m ? +m[1] : null;
}

export interface YearClues {
  title: Fact<string> | null;
  /** The header's own title, when the plan's title is an attached document's. */
  headerTitle: Fact<string> | null;
  date: Fact<string> | null;
  /** The year of a date whose day is left blank. */
  partialYear: number | null;
  number: Fact<string> | null;
}

const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/g;
// "ngày 07/4/2022", "ngày 31 tháng 7 năm 2017", "07/10/2021": a full date in the text.
const FULL_DATE = /(?<!\d)\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]|tháng\s*\d{1,2}\s*năm)\s*(\d{4})(?!\d)/gu;

function latestIn(text: string, re: RegExp, group: number): number | null {
  let best: number | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) best = Math.max(best ?? 0, +m[group]);
  return best;
}

/**
 * The plan's year, from the surest clue the copy keeps: the year its title names; the document's
 * date (or the year of a date left blank); the year in its số/ký hiệu ("57/2020/TT-BQP"); the last
 * year its title names (an anniversary "(11/6/1948 - 11/6/2023)"); the latest full date it writes
 * (a reply follows the letter it answers, a notice's dates follow its own); the one year the text
 * writes. The last three are guesses to confirm.
 */
export function readPlanYear(doc: DocModel, c: YearClues): Fact<number> | null {
  const folded = doc.layout.folded;
  for (const t of [c.title, c.headerTitle]) {
    const y = t ? yearInTitle(t.value, folded) : null;
    if (y !== null) return fact(y, t?.source ?? null, SURE);
  }
  if (c.date) return fact(+c.date.value.slice(0, 4), c.date.source, SURE);
  if (c.partialYear !== null) return fact(c.partialYear, null, LIKELY);
  const n = c.number ? /^[^/]*\/(\d{4})\//u.exec(c.number.value) : null;
  if (n) return fact(+n[1], c.number?.source ?? null, LIKELY);
  const last = c.title ? latestIn(c.title.value, YEAR, 1) : null;
  if (last !== null) return fact(last, c.title?.source ?? null, DOUBTFUL);
  // A news item tells last year's results and this year's launch: the year of what it launches.
  const launched = launchedYear(doc);
  if (launched) return launched;
  // A notice postdates the documents it cites and dates its own steps after them: the latest year of a full date.
  let best: { y: number; b: Block } | null = null;
  for (const b of doc.blocks.slice(0, 60)) {
    const y = b.type === 'para' ? latestIn(b.text, forCopy(folded, FULL_DATE), 1) : null;
    if (y !== null && (!best || y > best.y)) best = { y, b };
  }
  if (best) return fact(best.y, sourceOf(best.b), DOUBTFUL);
  return onlyYear(doc);
}

/** The one year a text writes, however many times ("Quyết định 575/QĐ-TTCP năm 2019"): a guess, to confirm. */
function onlyYear(doc: DocModel): Fact<number> | null {
  let only: { y: number; b: Block } | null = null;
  for (const b of doc.blocks.slice(0, 60)) {
    for (const m of b.text.matchAll(YEAR)) {
      if (only && only.y !== +m[1]) return null;
      only ??= { y: +m[1], b };
    }
  }
  return only ? fact(only.y, sourceOf(only.b), DOUBTFUL) : null;
}

// The end a title states: "giai đoạn 2021 - 2025", "trong 02 năm 2024-2025", "đến năm 2030"; and
// for a movement of one year ("phát động thi đua năm 2020"), the year's end — read, not stated, so
// to be confirmed.
const TITLE_RANGE = /(?:giai\s+đoạn|trong\s+\d{1,2}\s+năm|từ\s+năm|niên\s+độ)\s+\d{4}\s*[-–]\s*(\d{4})|(?:^|\s)đến\s+năm\s+(\d{4})/iu;
const TITLE_YEAR = /(?<![\p{L}])năm\s+(\d{4})(?!\s*[-–]\s*\d)/iu;
// A title that launches a movement ("Phát động phong trào thi đua … năm 2024", "Thi đua … năm 2025")
// or pledges a year's thi đua ("Lễ ký kết giao ước thi đua khối … - Năm 2019"), not a guide to reviewing one.
const MOVEMENT = /phong\s+trào|phát\s+động|đợt\s+thi\s+đua|^thi\s+đua|(?:giao\s+ước|cam\s+kết)\s+thi\s+đua/iu;

// A province's or a body's annual plan of its thi đua – khen thưởng work ("Thực hiện công tác thi
// đua, khen thưởng tỉnh Hòa Bình năm 2024"): its period is the year it names. Not a guide to
// reviewing or scoring a year's work ("Hướng dẫn tổng kết công tác thi đua năm 2019").
const ANNUAL_WORK = /công\s+tác\s+(?:thi\s+đua|khen\s+thưởng)/iu;
const REVIEW = /hướng\s+dẫn|tổng\s+kết|sơ\s+kết|đánh\s+giá|bình\s+xét|xét\s+(?:tặng|khen|công\s+nhận)|chấm\s+điểm|báo\s+cáo/iu;

export interface TitlePeriod {
  from: Fact<string> | null;
  to: Fact<string>;
}

/** The period as the title gives it, when the text states no period: its end, and for an annual plan its whole year. */
export function periodOfTitle(title: string, source: Fact<string>['source'], folded: boolean): TitlePeriod | null {
  const r = forCopy(folded, TITLE_RANGE).exec(title);
  if (r) return { from: null, to: fact(`${r[1] ?? r[2]}-12-31`, source, LIKELY) };
  const y = forCopy(folded, TITLE_YEAR).exec(title);
  if (!y) return null;
  if (forCopy(folded, ANNUAL_WORK).test(title) && !forCopy(folded, REVIEW).test(title)) {
    return { from: fact(`${y[1]}-01-01`, source, DOUBTFUL), to: fact(`${y[1]}-12-31`, source, DOUBTFUL) };
  }
  if (forCopy(folded, MOVEMENT).test(title)) return { from: null, to: fact(`${y[1]}-12-31`, source, DOUBTFUL) };
  return null;
}

// A year's thi đua launched, pledged or reviewed in a sentence: "phát động thi đua năm 2026",
// "Phát động phong trào thi đua năm 2025, …", "ký cam kết thi đua năm 2025", "phong trào thi đua
// quyết thắng năm 2024", "phong trào thi đua “… kế hoạch năm 2023”".
const LAUNCH = /(?:phát\s+động|cam\s+kết|giao\s+ước)\s+(?:phong\s+trào\s+|đợt\s+)?thi\s+đua\s+(?:"[^"]{0,80}?\s)?năm\s+(\d{4})(?!\s*[-–]\s*\d)/iu;
const MOVEMENT_OF_YEAR = /phong\s+trào\s+thi\s+đua\s+(?:"[^"]{0,80}?\s|[\p{L}\s]{0,30}?\s)?năm\s+(\d{4})(?!\s*[-–]\s*\d)/iu;

/**
 * The year of the thi đua a text launches (else reviews) in its sentences, when its title names
 * none: read, not stated, so to confirm. A text that launches two years' thi đua names none.
 */
export function launchedYear(doc: DocModel): Fact<number> | null {
  const folded = doc.layout.folded;
  for (const re of [LAUNCH, MOVEMENT_OF_YEAR].map((r) => new RegExp(forCopy(folded, r).source, 'giu'))) {
    let hit: { y: number; b: Block; at: number; len: number } | null = null;
    for (const b of doc.blocks.slice(0, 60)) {
      if (b.type !== 'para' || /^Căn\s+cứ\s/iu.test(b.text)) continue;
      for (const m of b.text.matchAll(re)) {
        if (hit && hit.y !== +m[1]) return null;
        hit ??= { y: +m[1], b, at: m.index as number, len: m[0].length };
      }
    }
    if (hit) return fact(hit.y, sourceOf(hit.b, hit.at, hit.at + hit.len), DOUBTFUL);
  }
  return null;
}

const PERIOD_LABEL =
  /thời\s+gian\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|phát\s+động|triển\s+khai|thi\s+đua|tổ\s+chức|áp\s+dụng)|(?:đợt|phong\s+trào)(?:\s+thi\s+đua)?(?:\s+cao\s+điểm)?\s+(?:được\s+)?(?:diễn\s+ra|triển\s+khai|phát\s+động|tổ\s+chức|thực\s+hiện)|thời\s+gian\s+diễn\s+ra|^thời\s+gian$|^thời\s+gian\s+thực\s+hiện/iu;
const DAY = String.raw`(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;
const RANGE = /(?:kể\s+)?từ\s+(.{4,60}?)\s+(?:đến|tới)\s+(.{4,120})$/iu;
// A window that the sentence goes on after ("Đợt thi đua diễn ra từ ngày 9/10 đến 22/12/2019 với chủ
// đề: …"): it ends at the clause that follows its last date.
const RANGE_LEAD = /(?:kể\s+)?từ\s+(.{4,60}?)\s+(?:đến|tới)\s+((?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})(?!\d)/iu;
const rangeIn = (s: string): RegExpExecArray | null => RANGE.exec(s) ?? RANGE_LEAD.exec(s);

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function dayIn(s: string): Ymd | null {
  const m = new RegExp(DAY, 'iu').exec(s);
  if (!m) return null;
  const d = +(m[1] ?? m[4]);
  const mo = +(m[2] ?? m[5]);
  const y = +(m[3] ?? m[6]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

function startOf(s: string, issued: string | null, end: string | null): string | null {
  if (/ban\s+hành/iu.test(s)) return issued;
  const d = dayIn(s);
  if (d && /^\s*(?:ngày\s+)?\d/iu.test(s)) return iso(d.y, d.m, d.d);
  const short = /^\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*$/iu.exec(s);
  if (short && end) return dayBefore(+short[1], +short[2], end);
  const mo = /^tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu.exec(s.trim());
  if (mo && +mo[1] >= 1 && +mo[1] <= 12) return iso(+mo[2], +mo[1], 1);
  const y = /^(?:đầu\s+)?năm\s+(\d{4})/iu.exec(s.trim());
  if (y) return iso(+y[1], 1, 1);
  return null;
}

/** "từ ngày 9/10 đến 22/12/2019": the first day takes the end's year, or the year before when it would fall after the end. */
function dayBefore(d: number, m: number, end: string): string | null {
  const y = +end.slice(0, 4);
  const same = iso(y, m, d);
  const year = same > end ? y - 1 : y;
  return isValidYmd(year, m, d) ? iso(year, m, d) : null;
}

function endOf(s: string): string | null {
  const t = s.trim();
  if (/^(?:khi|lúc|sau\s+khi)\s/iu.test(t)) return null; // an event the plan does not date
  const d = dayIn(t);
  if (d && /^(?:trước\s+|hết\s+|hết\s+ngày\s+)?(?:ngày\s+)?\d/iu.test(t)) {
    if (/^trước/iu.test(t)) {
      const x = new Date(Date.UTC(d.y, d.m - 1, d.d - 1));
      return iso(x.getUTCFullYear(), x.getUTCMonth() + 1, x.getUTCDate());
    }
    return iso(d.y, d.m, d.d);
  }
  const mo = /^(?:hết\s+|cuối\s+)?tháng\s+(\d{1,2})\s*(?:\/|năm)\s*(\d{4})/iu.exec(t);
  if (mo && +mo[1] >= 1 && +mo[1] <= 12) return iso(+mo[2], +mo[1], daysInMonth(+mo[2], +mo[1]));
  const y = /^(?:hết\s+|cuối\s+)?năm\s+(\d{4})/iu.exec(t);
  if (y) return `${y[1]}-12-31`;
  return null;
}

export interface Period {
  from: Fact<string | null>;
  to: Fact<string | null>;
  block: Block;
}

/** The period, from the sentence under a "Thời gian thực hiện" label or heading. */
export function readPeriod(doc: DocModel, issued: string | null): Period | null {
  let underHeading = false;
  for (const n of scopeNodes(doc)) {
    const b = n.block as Block;
    if (b.type !== 'para') continue;
    const heading = n.heading || n.style === 'label';
    const labelled = PERIOD_LABEL.test(b.body);
    if (heading && !/từ\s/iu.test(b.body) && !(labelled && /:\s*(?:trong\s+)?năm\s+\d{4}/iu.test(b.body))) {
      underHeading = labelled && b.body.length <= 80;
      continue;
    }
    if (/hồ\s+sơ|đề\s+nghị\s+khen/iu.test(b.text)) continue;
    const off = bodyOffset(b);
    // "Thời gian thực hiện: năm 2025" — the whole year.
    const whole = labelled || underHeading ? /(?:^|:\s*)(?:trong\s+)?năm\s+(\d{4})\s*\.?$/iu.exec(b.body) : null;
    if (whole) {
      const src = sourceOf(b, off);
      return { from: fact(`${whole[1]}-01-01`, src, SURE), to: fact(`${whole[1]}-12-31`, src, SURE), block: b };
    }
    const sentence = b.body.split(/(?<=[.;])\s+(?=\p{Lu})/u).find((s) => rangeIn(s) !== null);
    if (!sentence || !(labelled || underHeading || /từ\s+ngày\s+ban\s+hành/iu.test(sentence))) continue;
    const m = rangeIn(sentence) as RegExpExecArray;
    const to = endOf(m[2].replace(/[.;]\s*$/u, ''));
    const from = startOf(m[1], issued, to);
    if (from === null && to === null && !/^(?:khi|lúc|sau\s+khi)\s/iu.test(m[2].trim())) continue;
    const at = off + b.body.indexOf(sentence);
    const src = sourceOf(b, at, at + sentence.length);
    const conf = labelled || underHeading ? SURE : LIKELY;
    return { from: fact(from, src, from === null && !/ban\s+hành/iu.test(m[1]) ? LIKELY : conf), to: fact(to, src, conf), block: b };
  }
  return null;
}
