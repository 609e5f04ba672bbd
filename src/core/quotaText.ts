// Quota and allocation sentences of a Kế hoạch → numbers. Pure: the plan reader and the
// workbook's "Kế hoạch" sheet both call these, so a secretary's edited sentence reads the same
// way the original plan did.
import type { Allocation, Quota } from './types';
import { nfc } from './normalize';

// A count, with its number in words after it as documents often add: "01 (một) tập thể".
const NUM = String.raw`(\d{1,4})(?:\s*\([^()\d]{1,24}\))?`;
const KIND_TT = /^t[ậâ]p\s*th[ểe]$/i;

function clean(text: string): string {
  return nfc(text.replace(/<\/?[a-z][^>]*>/gi, ' ').replace(/[*_]{1,3}/g, ' '));
}

function kindOf(word: string): 'collective' | 'individual' {
  return KIND_TT.test(word.replace(/\s+/g, ' ')) ? 'collective' : 'individual';
}

/** "05 tập thể", "10 cá nhân" counts in order of appearance. */
function counts(s: string): { kind: 'collective' | 'individual'; n: number; index: number }[] {
  const out: { kind: 'collective' | 'individual'; n: number; index: number }[] = [];
  const re = new RegExp(NUM + String.raw`\s*(tập\s*thể|cá\s*nhân)(?![\p{L}])`, 'giu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ kind: kindOf(m[2]), n: Number(m[1]), index: m.index });
  return out;
}

// "02 trường hợp (tập thể hoặc cá nhân)", "03 suất (cá nhân hoặc tập thể)", "02 tập thể hoặc cá nhân".
const EITHER = new RegExp(
  NUM + String.raw`\s*(?:(?:trường\s*hợp|suất|đối\s*tượng|hồ\s*sơ)\s*\(?\s*)?(?:tập\s*thể\s*(?:hoặc|và\s*\/?\s*hoặc|\/)\s*cá\s*nhân|cá\s*nhân\s*(?:hoặc|và\s*\/?\s*hoặc|\/)\s*tập\s*thể)`,
  'iu',
);
const EITHER_PLAIN = new RegExp(NUM + String.raw`\s*(?:trường\s*hợp|suất)(?![\p{L}])`, 'iu');
// "10% tập thể", "10% số cá nhân", "15% trên tổng số cá nhân".
const PERCENT = /(\d{1,3}(?:[.,]\d+)?)\s*%\s*(?:(?:trên|của)\s*)?(?:tổng\s*)?(?:số\s*)?(tập\s*thể|cá\s*nhân)/giu;
const ALLOCATED_LATER =
  /(theo\s+số\s+lượng\s+(?:được\s+)?phân\s+bổ|(?:căn\s+cứ|theo)\s+(?:vào\s+)?chỉ\s+tiêu[^.;]*phân\s+bổ|theo\s+chỉ\s+tiêu\s+(?:được\s+)?(?:giao|phân\s+bổ)|do\s+[^.;]{0,60}phân\s+bổ|sẽ\s+(?:có\s+)?thông\s+báo\s+sau)/iu;

function trimNote(s: string): string {
  return s.replace(/^[\s,;:–-]+/, '').replace(/[\s.;:,]+$/, '').trim();
}

/**
 * Reads one quota sentence. Returns null when it holds no quota at all; `quota: null` with a note
 * when the plan says the numbers come later ("theo số lượng phân bổ"). A part the sentence does not
 * give is 0 when the other kind is given ("10 cá nhân" rewards individuals only).
 */
export function parseQuotaText(text: string): { quota: Quota | null; note: string | null } | null {
  const s = clean(text);
  if (!s) return null;
  const pct: { collective: number | null; individual: number | null } = { collective: null, individual: null };
  let anyPct = false;
  let m: RegExpExecArray | null;
  PERCENT.lastIndex = 0;
  while ((m = PERCENT.exec(s))) {
    const k = kindOf(m[2]);
    if (pct[k] === null) pct[k] = Number(m[1].replace(',', '.'));
    anyPct = true;
  }
  // "tỷ lệ không quá 10% tập thể, 5% cá nhân": the first percent may stand before a word that is
  // not the kind ("10% số tập thể") — handled by the optional "số" above.
  if (anyPct) {
    const note = /đối\s+tượng|tham\s+gia|trực\s+tiếp/iu.test(s) ? trimNote(s) : null;
    return { quota: { collective: null, individual: null, either: null, percent: pct }, note };
  }
  const either = EITHER.exec(s);
  const cs = counts(s.replace(EITHER, ' '));
  const mỗi = /(?:cho|đối\s+với|trong)\s+mỗi\s+[^.;]*/iu.exec(s);
  const note = mỗi ? trimNote(mỗi[0]) : null;
  if (either || cs.length) {
    const q: Quota = { collective: null, individual: null, either: null, percent: null };
    if (either) q.either = Number(either[1]);
    for (const c of cs) if (q[c.kind] === null) q[c.kind] = c.n;
    if (!either) {
      if (q.collective === null) q.collective = 0;
      if (q.individual === null) q.individual = 0;
    }
    return { quota: q, note };
  }
  const plain = EITHER_PLAIN.exec(s);
  if (plain && !ALLOCATED_LATER.test(s)) {
    return { quota: { collective: null, individual: null, either: Number(plain[1]), percent: null }, note };
  }
  if (ALLOCATED_LATER.test(s)) return { quota: null, note: trimNote(s) };
  return null;
}

// Words that stand between a group's name and its numbers.
const VERBS =
  /\s*(?:,?\s*(?:được\s+)?(?:đề\s+nghị|xét\s+chọn|xét|chọn|lựa\s+chọn|bình\s+chọn|giới\s+thiệu|phân\s+bổ|gồm|là|có|được))+\s*(?:tối\s+đa|không\s+quá|đến|ít\s+nhất)?\s*$|\s*(?:tối\s+đa|không\s+quá)\s*$/iu;

function groupName(s: string): string {
  let g = s.replace(/^[\s\-–+•*]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))?\s*/iu, '');
  for (let i = 0; i < 3; i++) g = g.replace(VERBS, '');
  return g.replace(/^(?:đối\s+với|riêng|với)\s+/iu, '').replace(/[\s:,;–-]+$/, '').trim();
}

// Words that join a clause to the one before ("…; trong đó mỗi phường …"): no names of units.
const CONNECTIVE = /^(?:trong\s+đó|cụ\s+thể|ngoài\s+ra|theo\s+đó|và|hoặc|riêng)$/iu;

/** Groups that are no group of units: a period, the movement's own total or its labelled quota. */
function notAGroup(group: string): boolean {
  // A "cho mỗi chương trình" note multiplies a movement's quota; it names no units.
  if (/^chương\s+trình/iu.test(group)) return true;
  // "mỗi năm khen thưởng không quá 03 tập thể": a period.
  if (/^(?:năm|quý|tháng|đợt|kỳ|lần)(?![\p{L}])/iu.test(group)) return true;
  // "Tổng số không quá 14 tập thể …": the movement's own total.
  if (/^(?:tổng\s+(?:số|cộng)|toàn\s+(?:bộ|ngành|tỉnh|thành\s+phố|huyện|quận))(?![\p{L}])/iu.test(group)) return true;
  // "Số lượng khen thưởng: 03 tập thể …", "Chỉ tiêu: …": the movement's own quota, labelled.
  return /^(?:số\s+lượng|chỉ\s+tiêu|cơ\s+cấu|phân\s+bổ|hình\s+thức|khen\s+thưởng|tỷ\s+lệ)(?![\p{L}])/iu.test(group);
}

/**
 * One allocation clause: "Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa 2 tập thể và 4 cá
 * nhân", "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân", "Ban bầu cử đại biểu Quốc hội: 01 cá
 * nhân/01 ban", "Đối với Ban Tổ chức Tỉnh ủy; Công an tỉnh; Sở Tài chính mỗi đơn vị đề nghị không quá
 * 01 tập thể, 03 cá nhân" (each body named), "Đoàn Kiểm tra …: Mỗi đoàn xét chọn 01 cá nhân".
 * Null when the clause names no group of units or holds no count.
 */
export function parseAllocationClause(raw: string): Allocation | null {
  const c = clean(raw).replace(/^[\s\-–+•]+/u, '').replace(/[.;]+$/, '').trim();
  const q = parseQuotaText(c);
  if (!q || !q.quota || q.quota.percent) return null;
  // The first count ("02 tập thể"), not a number in the group's name ("Cụm thi đua số 1: …").
  const firstNum = /\d{1,4}\s*(?:\(|tập\s*thể|cá\s*nhân|trường\s*hợp|suất|đối\s*tượng|hồ\s*sơ)/iu.exec(c) ?? /\d/.exec(c);
  if (!firstNum) return null;
  const head = c.slice(0, firstNum.index);
  let group = '';
  let each = false;
  // "01 cá nhân/01 ban", "02 tập thể/khối"
  const per = /\/\s*(?:0*1\s+|mỗi\s+)?([\p{L}][\p{L}\s,]*?)\s*$/u.exec(c);
  const mỗi = /(?:^|[\s,(:;])(?:mỗi|từng)\s+(.+)$/iu.exec(head);
  const colon = head.lastIndexOf(':');
  // What names the units before "mỗi …" or before a label's colon.
  const named = (s: string) => groupName(s.replace(/^(?:đối\s+với|riêng|với)\s+/iu, ''));
  if (mỗi) {
    each = true;
    const before = named(head.slice(0, mỗi.index).replace(/[:\s]+$/, ''));
    group = before && !notAGroup(before) && !CONNECTIVE.test(before) ? before : groupName(mỗi[1]);
  } else if (per && per.index > firstNum.index && colon > 0) {
    // "Cơ quan cấp tỉnh: 01 tập thể, 02 cá nhân/đơn vị": each unit of the named group.
    each = true;
    group = groupName(head.slice(0, colon));
  } else if (per && per.index > firstNum.index) {
    each = true;
    group = per[1].trim();
  } else if (colon > 0) {
    // "Phân bổ: Cơ quan Trung ương …: Xét tối đa …": the group is the last labelled part.
    group = groupName(head.slice(head.lastIndexOf(':', colon - 1) + 1, colon));
    each = /^(?:mỗi|từng)\s/iu.test(group);
    group = group.replace(/^(?:mỗi|từng)\s+/iu, '');
  } else {
    group = groupName(head);
  }
  group = group.replace(/^(?:đối\s+với|riêng|với)\s+/iu, '').trim();
  if (!group || notAGroup(group)) return null;
  const quota = q.quota;
  return {
    group,
    each,
    collective: quota.either !== null && quota.collective === null ? null : quota.collective,
    individual: quota.either !== null && quota.individual === null ? null : quota.individual,
    either: quota.either,
    text: raw.replace(/^[-–+•]\s*/, '').trim(),
  };
}

/**
 * Reads allocations per unit or group of units from one sentence or a short list:
 * "Cơ quan Trung ương trên địa bàn thành phố: Xét tối đa 2 tập thể và 4 cá nhân; các xã, phường:
 * tối đa 15 tập thể và 30 cá nhân", "mỗi đơn vị đề nghị không quá 01 tập thể, 03 cá nhân",
 * "01 cá nhân/01 ban". Clauses are cut at ";" (or a new "-" item) only where each part holds a
 * count, so a list of bodies ("Ban Tổ chức Tỉnh ủy; Công an tỉnh; … mỗi đơn vị …") stays whole.
 */
export function parseAllocationText(text: string): Allocation[] {
  const out: Allocation[] = [];
  for (const c of allocationClauses(text)) {
    const a = parseAllocationClause(c);
    if (a) out.push(a);
  }
  return out;
}

const COUNT = /\d{1,4}\s*(?:%|\(|tập\s*thể|cá\s*nhân|trường\s*hợp|suất)/iu;

/** The clauses of a quota sentence: parts cut at ";", a new item or a sentence end, merged back where a part holds no count. */
export function allocationClauses(text: string): string[] {
  const parts = clean(text.replace(/\r/g, ''))
    .split(/\s*;\s*|\s+(?=[-–+•]\s)|(?<!(?:^|\s)\d{1,2})\.\s+(?=\p{Lu})/u)
    .map((c) => c.trim())
    .filter(Boolean);
  const out: string[] = [];
  let pending = '';
  for (const p of parts) {
    const joined = pending ? `${pending}; ${p}` : p;
    if (COUNT.test(p)) {
      out.push(joined);
      pending = '';
    } else pending = joined;
  }
  return out;
}
