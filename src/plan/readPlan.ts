// Plan text → Plan. Reads the genre by its stable landmarks (the "KẾ HOẠCH" title, numbered
// headings, the keywords "Số lượng", "Tiêu chuẩn/Tiêu chí", "Thời gian", "hồ sơ") rather than by
// any one file's layout, so unseen plans of the same kind read the same way.
import type { Deadline, Movement, Plan, PlanWarning } from '../core/types';
import type { ReadPlanOptions } from './index';
import { UserError } from '../core/errors';
import { PLAN_TEXT } from '../core/text/plan';
import { parseAllocationText, parseQuotaText } from '../core/quotaText';
import { findDeadlinePhrases, parseDeadline, resolveDeadline } from '../core/deadline';
import { isValidYmd } from '../core/dates';
import { buildTree, headRest, headTitle, headingChildren, listChildren, paragraphs, walk, type Node, type Para } from './sections';
import { readCriteria } from './criteria';
import { readGrades, readRubric } from './rubric';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

function dateIn(s: string): { y: number; m: number; d: number; index: number } | null {
  const re = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const d = +(m[1] ?? m[4]);
    const mo = +(m[2] ?? m[5]);
    const y = +(m[3] ?? m[6]);
    if (isValidYmd(y, mo, d)) return { y, m: mo, d, index: m.index };
  }
  return null;
}

function minusOne(y: number, m: number, d: number): string {
  const t = new Date(Date.UTC(y, m - 1, d - 1));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

// ---------------------------------------------------------------- title, issuer, year

const TITLE_STOP = /^(?:Căn cứ|Thực hiện|Thi hành|Theo|Trên cơ sở|Nhằm|Để|Ngày|[IVX]+\.\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|Điều\s+\d)/u;

function readTitle(lines: string[]): { title: string; at: number } {
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*KẾ\s+HOẠCH\b\s*(.*)$/u.exec(lines[i]);
    if (!m) continue;
    const parts: string[] = [];
    if (m[1].trim()) parts.push(m[1].trim());
    let j = i + 1;
    for (; j < lines.length && parts.length < 8; j++) {
      const s = lines[j].trim();
      if (!s) continue;
      if (TITLE_STOP.test(s) || /^-{2,}|^_{2,}/.test(s)) break;
      parts.push(s);
      if (/[.;]$/.test(s)) break;
    }
    return { title: parts.join(' ').replace(/\s+/g, ' ').replace(/[\s.;:]+$/, '').trim(), at: i };
  }
  // A web page's copy often starts with the title in running text: "Kế hoạch phát động phong trào …".
  for (let i = 0; i < Math.min(lines.length, 12); i++) {
    const s = lines[i].trim();
    if (/^[IVX]+\.\s/u.test(s)) break;
    const m = /^Kế\s+hoạch\s+(?!số\b|này\b|của\b)(\p{Ll}.{10,})$/u.exec(s);
    if (m) return { title: capFirst(m[1].replace(/\s+/g, ' ').replace(/[\s.;:]+$/, '').trim()), at: i };
  }
  return { title: '', at: -1 };
}

function capFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}

function titleCase(s: string): string {
  return s
    .toLocaleLowerCase('vi')
    .split(/(\s+|-)/)
    .map((w) => (/^\s+$|^-$/.test(w) ? w : capFirst(w)))
    .join('');
}

/** "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" → "Ủy ban nhân dân tỉnh Nghệ An". */
function orgCase(s: string): string {
  const m = /^(.*?)\s*\b(tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(.+)$/iu.exec(s);
  const head = m ? m[1] : s;
  let h = capFirst(head.toLocaleLowerCase('vi'));
  // "Công đoàn ngành Y tế", "Sở Y tế": the name proper starts with a capital, "ngành" does not.
  h = h.replace(/^(Sở|Ban|Bộ|Cục|Chi cục|Trung tâm|Bệnh viện|Trường|Công đoàn|Hội đồng)\s+(ngành\s+)?(\S)/u, (_, a: string, n: string | undefined, b: string) => `${a} ${n ?? ''}${b.toLocaleUpperCase('vi')}`);
  if (!m) return h;
  return `${h} ${m[2].toLocaleLowerCase('vi')} ${titleCase(m[3])}`.trim();
}

const dash = (s: string) => s.replace(/\s*[-–—]\s*/g, ' - ');

// Words that open an agency's name in the header block; "ỦY BAN" is the people's committee, not a Ban.
const AGENCY_LINE = /^(?:SỞ|BAN|CỤC|CHI CỤC|TRUNG TÂM|BỆNH VIỆN|TRƯỜNG|PHÒNG|CÔNG ĐOÀN|VIỆN|HỘI ĐỒNG|BỘ|VĂN PHÒNG)(?![\p{L}])/u;
const UPPER_PLACE = /(?:(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|UBND)\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+(.+?)(?=\s+(?:SỞ|BAN|CỤC|TRUNG TÂM|BỆNH VIỆN)(?![\p{L}])|$)|(?<![\p{L}])(TỈNH|THÀNH PHỐ)\s+(.+)$/u;
const HAS_PLACE = /(?<![\p{L}])(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+\p{Lu}/u;

/** "Sở Giáo dục và đào tạo" → "Sở Giáo dục và Đào tạo", "Hội đồng Thi đua - Khen thưởng": each part of the name starts with a capital. */
function partsCase(s: string): string {
  s = s.replace(/(?<![\p{L}])trung ương(?![\p{L}])/gu, 'Trung ương');
  if (!/^(?:Sở|Bộ|Ban|Hội đồng)\s/u.test(s)) return s;
  const cut = s.search(/\s(?:tỉnh|thành phố|huyện|quận)\s/u);
  const name = cut > 0 ? s.slice(0, cut) : s;
  const fixed = name.replace(/(\svà\s|,\s|\s-\s)(\p{Ll})/gu, (_, a: string, b: string) => a + b.toLocaleUpperCase('vi'));
  return fixed + (cut > 0 ? s.slice(cut) : '');
}

function readIssuer(lines: string[], titleAt: number, title: string, paras: Para[]): string {
  // 1. The header block above the title: "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN", "SỞ Y TẾ".
  const head: string[] = [];
  const end = titleAt >= 0 ? titleAt : Math.min(lines.length, 15);
  for (let i = 0; i < end; i++) {
    // Table residue from web copies ("SỞ Y TẾ |") is no part of the name.
    // A header laid out as a table ("UBND QUẬN X | CỘNG HÒA … |"): the agency is the first cell.
    const cells = lines[i].split('|').map((c) => c.trim()).filter(Boolean);
    const s = (cells.length > 1 ? cells[0] : lines[i].replace(/\|/g, ' ')).replace(/\s+/g, ' ').trim();
    if (titleAt < 0 && /^[IVX]+\.\s/u.test(s)) break;
    if (!s || /CỘNG HÒA|CỘNG HOÀ|Độc lập|Số\s*:|ngày|^[-_|]+$/u.test(s)) {
      if (head.length && /CỘNG HÒA|CỘNG HOÀ/u.test(s)) break;
      continue;
    }
    const letters = s.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters === letters.toUpperCase() && !/^KẾ\s+HOẠCH/u.test(s)) head.push(s);
    else if (head.length) break;
  }
  if (head.length) {
    // The issuing agency is the last one named ("UBND TỈNH X / SỞ Y TẾ" → the Sở; "SỞ Y TẾ TỈNH X /
    // BỆNH VIỆN …" → the hospital); the higher levels above it only give the place.
    let k = -1;
    head.forEach((l, i) => {
      if (AGENCY_LINE.test(l)) k = i;
    });
    if (k >= 0) {
      const agency = partsCase(orgCase(head.slice(k).join(' ')));
      if (HAS_PLACE.test(agency)) return dash(agency);
      const above = head.slice(0, k).join(' ');
      const up = UPPER_PLACE.exec(above);
      const place = up ? ` ${(up[1] ?? up[3]).toLocaleLowerCase('vi')} ${titleCase(up[2] ?? up[4])}` : '';
      return dash(agency + place);
    }
    const joined = head.join(' ');
    return dash(orgCase(joined.replace(/^UBND\b/u, 'ỦY BAN NHÂN DÂN')));
  }
  // 2. "<Cơ quan> xây dựng / ban hành / triển khai … kế hoạch".
  let org = '';
  for (const p of paras.slice(0, 40)) {
    const m = /(?:^|[;,.]\s)((?:Sở|Ủy ban nhân dân|UBND|Ban|Bộ|Cục|Công đoàn|Trung tâm|Bệnh viện|Trường|Hội đồng)(?![\p{L}])[^,;.]{0,60}?)\s+(?:xây dựng|ban hành|triển khai|phát động|tổ chức)(?![\p{L}])/u.exec(p.text);
    if (m && !/^Căn cứ|^Thực hiện/u.test(m[1])) {
      org = m[1].replace(/^UBND\b/u, 'Ủy ban nhân dân').trim();
      break;
    }
  }
  // "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm trực thuộc Sở Y tế tỉnh X (Trung tâm) xây dựng":
  // a name with commas, recognised by the short alias in brackets that follows it.
  if (!org) {
    for (const p of paras.slice(0, 40)) {
      const m = /(?:^|[;.]\s|,\s)((?:Sở|Ủy ban nhân dân|UBND|Ban|Bộ|Cục|Công đoàn|Trung tâm|Bệnh viện|Trường|Hội đồng)(?![\p{L}])[^;.()]{0,120}?)\s*\([^()]{1,30}\)\s*(?:xây dựng|ban hành|triển khai|phát động|tổ chức)(?![\p{L}])/u.exec(p.text);
      if (m && !/^Căn cứ|^Thực hiện/u.test(m[1])) {
        org = m[1].trim();
        break;
      }
    }
  }
  if (!org) return '';
  if (/\b(tỉnh|thành phố|huyện|quận|xã|phường)\s+\p{Lu}/u.test(org)) return dash(org);
  const place =
    /\b(tỉnh|thành phố)\s+((?:\p{Lu}[\p{L}]*)(?:\s*[-–]\s*\p{Lu}[\p{L}]*|\s+\p{Lu}[\p{L}]*)*)/u.exec(title) ??
    (() => {
      for (const l of lines.slice(0, Math.max(0, titleAt) + 3)) {
        const m = /^\s*\*?\s*((?:\p{Lu}[\p{L}]*)(?:\s+\p{Lu}[\p{L}]*)*)\s*,\s*ngày\b/u.exec(l);
        if (m) return [m[0], 'tỉnh', m[1]] as unknown as RegExpExecArray;
      }
      return null;
    })();
  return dash(place ? `${org} ${place[1]} ${place[2].trim()}` : org);
}

function readIssueDate(text: string): string | null {
  const m = /(?:^|\n)[^\n]{0,40}?,\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u.exec(text.replace(/\s*\n\s*(?=tháng)/g, ' '));
  if (m && isValidYmd(+m[3], +m[2], +m[1])) return iso(+m[3], +m[2], +m[1]);
  return null;
}

function readYear(title: string, text: string, issued: string | null): number | null {
  let m = /năm\s+(\d{4})(?!\s*[-–]\s*\d{4})/u.exec(title);
  if (m) return +m[1];
  m = /(?:giai đoạn|từ năm)\s+(\d{4})/iu.exec(title);
  if (m) return +m[1];
  if (issued) return +issued.slice(0, 4);
  m = /,\s*ngày[\s.…_]*tháng[\s\d.…_]*năm\s+(\d{4})/u.exec(text);
  if (m) return +m[1];
  return null;
}

// ---------------------------------------------------------------- period

const PERIOD_HEAD = /thời\s+gian\s+(?:tổ\s+chức\s+)?(?:thực\s+hiện|phát\s+động|triển\s+khai|thi\s+đua)|đợt\s+thi\s+đua\s+được|phong\s+trào\s+thi\s+đua\s+được/iu;

function readPeriod(paras: Para[], issued: string | null): { from: string | null; to: string | null; line: number | null } {
  let underPeriodHead = false;
  for (const p of paras) {
    // "II. THỜI GIAN THỰC HIỆN" alone, the dates on the next line.
    const headed = underPeriodHead;
    if (p.type !== 'prose' && p.type !== 'bullet' && p.type !== 'plus')
      underPeriodHead = (PERIOD_HEAD.test(p.text) || /^thời\s+gian\s*:?$/iu.test(p.body)) && p.text.length <= 80;
    if (/hồ\s+sơ/iu.test(p.text)) continue;
    const m = /(?:kể\s+)?từ\s+(ngày\s+ban\s+hành(?:\s+kế\s+hoạch)?|ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4})(.*?)\s+(?:đến|tới)\s+(.+)$/iu.exec(p.text);
    if (!m || !(PERIOD_HEAD.test(p.text) || headed || /ban\s+hành/iu.test(m[1]))) continue;
    let from: string | null = null;
    if (/ban\s+hành/iu.test(m[1])) from = issued;
    else {
      const d = dateIn(m[1]);
      if (d) from = iso(d.y, d.m, d.d);
    }
    let to: string | null = null;
    const rest = m[3];
    const d = dateIn(rest);
    if (d && d.index < 40) to = /^\s*trước/iu.test(rest) ? minusOne(d.y, d.m, d.d) : iso(d.y, d.m, d.d);
    else {
      const y = /^(?:hết|cuối)\s+năm\s+(\d{4})/iu.exec(rest);
      if (y) to = `${y[1]}-12-31`;
    }
    return { from, to, line: p.line };
  }
  return { from: null, to: null, line: null };
}

// ---------------------------------------------------------------- movements

const FIELD = /^(?:Số\s+lượng|Thời\s+điểm\s+xét|Thời\s+gian\s+xét|Cơ\s+quan\s+chủ\s+trì|Đơn\s+vị\s+chủ\s+trì|Bộ\s+phận\s+phụ\s+trách|Cơ\s+quan\s+phụ\s+trách|Nội\s+dung\s+thi\s+đua|Chỉ\s+tiêu)/iu;
const NOT_MOVEMENT = /^(?:Đối\s+tượng|Thời\s+gian|Hình\s+thức|Kinh\s+phí|Mục\s+đích|Yêu\s+cầu|Tiêu\s+chuẩn|Tiêu\s+chí|Số\s+lượng|Hồ\s+sơ|Tổ\s+chức\s+thực\s+hiện)/iu;

function hasField(n: Node): boolean {
  return n.children.some((c) => FIELD.test(c.para.body) && /:/.test(c.para.body));
}

function findMovementNodes(root: Node): Node[] | null {
  const marked: Node[] = [];
  for (const n of walk(root)) if (n.rank < 20 && n.para.type !== 'roman' && hasField(n)) marked.push(n);
  if (marked.length < 2) return null;
  const sections = new Set<Node>();
  for (const n of marked) {
    let s = n;
    while (s.parent && s.parent.parent) s = s.parent;
    sections.add(s);
  }
  const out: Node[] = [];
  const markedSet = new Set(marked);
  const inside = (n: Node) => {
    for (let p = n.parent; p; p = p.parent) if (markedSet.has(p)) return true;
    return false;
  };
  for (const s of sections) {
    for (const n of walk(s)) {
      if (n.para.type !== 'num' && n.para.type !== 'letter') continue;
      // A movement whose fields are numbered headings ("a) Tiêu chí:", "b) Số lượng:") is the
      // marked node itself; its fields are no movements.
      if (inside(n)) continue;
      if (markedSet.has(n) && (n.para.type === 'num' || n.para.type === 'letter')) {
        out.push(n);
        continue;
      }
      if (headingChildren(n).length) continue;
      if (NOT_MOVEMENT.test(n.para.body) || FIELD.test(n.para.body)) continue;
      out.push(n);
    }
  }
  return out.length >= 2 ? out : null;
}

const QUOTA_HEAD = /^(?:\d+(?:\.\d+)*\.?\s*)?(?:Số\s+lượng|Chỉ\s+tiêu|Phân\s+bổ\s+(?:chỉ\s+tiêu|số\s+lượng))(?:[^:]{0,50})(?::\s*(.*))?$/iu;

/** A quota table under the heading ("Tập thể ; 04 ; Giấy khen") read as "04 tập thể, 08 cá nhân". */
function tableQuota(n: Node): string | null {
  const rows = n.children.filter((c) => c.para.type === 'row').map((c) => c.para.body.split(/\s*;\s*/));
  if (rows.length < 2) return null;
  const header = rows.find((r) => r.some((c) => /số\s+lượng|chỉ\s+tiêu/iu.test(c)));
  const col = header ? header.findIndex((c) => /số\s+lượng|chỉ\s+tiêu/iu.test(c)) : -1;
  const parts: string[] = [];
  for (const r of rows) {
    const kind = r.find((c) => /^(?:tập\s+thể|cá\s+nhân)$/iu.test(c.trim()));
    if (!kind) continue;
    const cell = col >= 0 && r[col] !== undefined && /^\d{1,4}$/.test(r[col].trim()) ? r[col] : r.find((c) => /^\d{1,4}$/.test(c.trim()));
    if (cell) parts.push(`${cell.trim()} ${kind.trim().toLocaleLowerCase('vi')}`);
  }
  return parts.length ? parts.join(', ') : null;
}

interface QuotaHit {
  para: Para;
  content: string;
  node: Node | null;
}

function quotaHits(nodes: Iterable<Node>): QuotaHit[] {
  const out: QuotaHit[] = [];
  for (const n of nodes) {
    const m = QUOTA_HEAD.exec(n.para.body);
    if (!m) continue;
    if (/hình\s+thức/iu.test(n.para.body) && !m[1]) continue;
    let content = (m[1] ?? '').trim();
    if (!content) content = tableQuota(n) ?? n.children.map((c) => c.para.body).join('; ');
    if (!content) continue;
    out.push({ para: n.para, content, node: n });
  }
  return out;
}

// ---------------------------------------------------------------- deadlines

const DEADLINE_CONTEXT = /hồ\s+sơ|gửi|nộp|đề\s+nghị|báo\s+cáo|danh\s+sách|thời\s+điểm\s+xét|thời\s+gian\s+xét|hạn|xét\s+khen\s+thưởng|đăng\s+ký|tổng\s+kết/iu;
const DEADLINE_WORDS = /chậm\s+nhất|trước\s+ngày|hạn\s+chót|hạn\s+nộp|thời\s+hạn|thời\s+điểm\s+xét|thời\s+gian\s+(?:gửi|nộp)/iu;
const REFERENCE = /(?:số|Số)\s*\d+[^\s]*\/[A-ZĐ]|\/(?:KH|QĐ|CT|TB|NQ|HD|TT|NĐ)-/u;

function deadlinesIn(
  p: Para,
  year: number | null,
  opts: ReadPlanOptions,
  warnings: PlanWarning[],
): Deadline[] {
  if (!DEADLINE_CONTEXT.test(p.text) && p.type !== 'row') return [];
  if (/^(?:Căn cứ|Thực hiện|Thi hành)\b/u.test(p.text)) return [];
  const out: Deadline[] = [];
  const found = findDeadlinePhrases(p.text);
  for (const f of found) {
    const before = p.text.slice(Math.max(0, f.index - 40), f.index);
    if (REFERENCE.test(before) && !/trước|chậm nhất|hạn/iu.test(before.slice(-15))) continue;
    const parsed = parseDeadline(f.phrase, { year });
    if (!parsed.ok) {
      warnings.push({ line: p.line, message: PLAN_TEXT.unreadableDeadline(f.phrase, parsed.message) });
      continue;
    }
    const target = opts.year ?? parsed.spec.year ?? year;
    out.push(resolveDeadline(parsed.spec, target ?? null, { calendar: opts.calendar, shiftDaysOff: opts.shiftDaysOff }));
  }
  // "Thời điểm xét khen thưởng: Cuối năm 2021" — a field whose whole value is the deadline.
  const field = /^(?:Thời\s+điểm|Thời\s+gian\s+(?:xét|gửi|nộp|đề\s+nghị)|Thời\s+hạn|Hạn\s+(?:nộp|chót|gửi))[^:]{0,40}:\s*(.+?)[.;]?$/iu.exec(p.body);
  if (!found.length && field) {
    const content = field[1].trim();
    let parsed = parseDeadline(content, { year });
    const sub = /(?:cuối|trong|hết)\s+năm\s+\d{4}|(?:cuối\s+)?tháng\s+\d{1,2}\s*(?:\/|năm)\s*\d{4}|quý\s+[IV1-4]+\s*(?:\/|năm)\s*\d{4}/iu.exec(content);
    if (parsed.ok && parsed.spec.rule === 'relative' && sub) {
      const p2 = parseDeadline(sub[0], { year });
      if (p2.ok) parsed = { ok: true, spec: { ...p2.spec, text: content } };
    }
    if (parsed.ok) {
      const target = opts.year ?? parsed.spec.year ?? year;
      return [resolveDeadline(parsed.spec, target ?? null, { calendar: opts.calendar, shiftDaysOff: opts.shiftDaysOff })];
    }
    warnings.push({ line: p.line, message: PLAN_TEXT.unreadableDeadline(content, parsed.message) });
    return [];
  }
  if (!found.length && DEADLINE_WORDS.test(p.text)) {
    const m = /(?:thời\s+điểm\s+xét[^:]*:|chậm\s+nhất|trước\s+ngày|hạn\s+chót|hạn\s+nộp[^:]*:?|thời\s+hạn[^:]*:?)\s*([^.;]*)/iu.exec(p.text);
    warnings.push({ line: p.line, message: PLAN_TEXT.unreadableDeadline((m?.[0] ?? p.text).trim().slice(0, 120), '') });
  }
  return out;
}

// ---------------------------------------------------------------- plan

function looksLikePlan(text: string): boolean {
  return /thi\s+đua|khen\s+thưởng/iu.test(text);
}

export function readPlanTextImpl(input: string, opts: ReadPlanOptions): Plan {
  if (typeof input !== 'string' || !input.trim()) throw new UserError(PLAN_TEXT.notAPlan);
  const text = input.normalize('NFC').replace(/^\uFEFF/, '');
  const warnings: PlanWarning[] = [];
  const paras = paragraphs(text);
  const root = buildTree(paras);
  const rawLines = text.split(/\r\n|\r|\n/).map((l) => l.replace(/\*\*|__|<\/?[a-zA-Z][^>]*>/g, '').replace(/^\s*\*(?=\S)|(?<=\S)\*\s*$/g, '').normalize('NFC'));
  const { title, at } = readTitle(rawLines);
  const issued = readIssueDate(text);
  const year = readYear(title, text, issued);
  const issuer = readIssuer(rawLines, at, title, paras);
  const period = readPeriod(paras, issued);
  const periodLine = period.line;

  const movementNodes = findMovementNodes(root);
  const movements: Movement[] = [];
  const scopeOf = new Map<Node, Movement>();
  const blank = (id: string, name: string): Movement => ({
    id,
    name,
    quota: null,
    quotaNote: null,
    criteria: { collective: [], individual: [] },
    deadlines: [],
  });
  if (movementNodes) {
    for (const n of movementNodes) {
      const mv = blank(n.para.id, headTitle(n.para) || n.para.body);
      movements.push(mv);
      scopeOf.set(n, mv);
    }
  } else {
    movements.push(blank('1', title || PLAN_TEXT.defaultMovementName));
  }
  const movementOf = (n: Node): Movement | null => {
    for (let c: Node | null = n; c; c = c.parent) {
      const m = scopeOf.get(c);
      if (m) return m;
    }
    return null;
  };

  // Quotas and allocations.
  const allocations: Plan['allocations'] = [];
  const seenQuota = new Map<Movement, QuotaHit>();
  let anyQuota = false;
  for (const hit of quotaHits(walk(root))) {
    const mv = movementNodes ? movementOf(hit.node!) : movements[0];
    const lead = hit.content.split(/;\s*|\s+trong\s+đó\s*:?/u)[0];
    const allocs = parseAllocationText(hit.content);
    const leadAllocs = parseAllocationText(lead);
    allocations.push(...allocs);
    const q = leadAllocs.length ? null : parseQuotaText(lead) ?? parseQuotaText(hit.content);
    if (!mv) continue;
    if (!q && !allocs.length) {
      if (/\d/.test(hit.content)) warnings.push({ line: hit.para.line, message: PLAN_TEXT.quotaUnread(hit.content) });
      continue;
    }
    if (!q) continue;
    anyQuota = true;
    if (seenQuota.has(mv)) {
      warnings.push({ line: hit.para.line, message: PLAN_TEXT.twoQuotas(seenQuota.get(mv)!.content) });
      continue;
    }
    seenQuota.set(mv, hit);
    mv.quota = q.quota;
    mv.quotaNote = q.note;
  }

  // Criteria.
  const crit = readCriteria(root, warnings);
  let anyCriteria = false;
  for (const c of crit) {
    anyCriteria = anyCriteria || c.collective.length + c.individual.length > 0;
    const mv = movementNodes ? movementOf(c.node) : movements[0];
    const targets = mv ? [mv] : movements;
    for (const t of targets) {
      t.criteria.collective.push(...c.collective);
      t.criteria.individual.push(...c.individual);
    }
  }

  // Deadlines.
  const planDeadlines: Deadline[] = [];
  let anyDeadline = false;
  const add = (list: Deadline[], d: Deadline) => {
    if (!list.some((x) => x.text === d.text)) list.push(d);
  };
  const nodeOfPara = new Map<Para, Node>();
  for (const n of walk(root)) nodeOfPara.set(n.para, n);
  for (const p of paras) {
    if (p.line === periodLine) continue;
    if (at >= 0 && p.line <= at + 1) continue;
    if (/^Nơi\s+nhận/u.test(p.text)) break;
    const ds = deadlinesIn(p, year, opts, warnings);
    if (!ds.length) continue;
    anyDeadline = true;
    const n = nodeOfPara.get(p);
    const mv = movementNodes && n ? movementOf(n) : null;
    for (const d of ds) add(mv ? mv.deadlines : planDeadlines, d);
  }

  // Rubric, grades, the grade a nominee must reach.
  const rubric = readRubric(paras, root);
  const grades = readGrades(paras);
  for (const p of paras) {
    const m = /được\s+xếp\s+loại\s+(“|")?((?:hoàn\s+thành|không\s+hoàn\s+thành)(?:\s+(?:xuất\s+sắc|tốt))?)(?:\s+nhiệm\s+vụ)?/iu.exec(p.text);
    if (!m || !/khen\s+thưởng|đề\s+nghị|xét\s+chọn|điểm\s+từ\s+cao/iu.test(p.text)) continue;
    const g = grades.find((b) => b.name.toLocaleLowerCase('vi') === m[2].toLocaleLowerCase('vi').replace(/\s+/g, ' '));
    const name = g ? g.name : capFirst(m[2].toLocaleLowerCase('vi').replace(/\s+/g, ' '));
    const n = nodeOfPara.get(p);
    const mv = movementNodes && n ? movementOf(n) : null;
    for (const t of mv ? [mv] : movements) if (t.awardGrade == null) t.awardGrade = name;
  }
  for (const p of paras) {
    const m = /tỷ\s+lệ\s+(?:phiếu|đồng\s+ý)[^.;%]{0,60}?(?:từ|đạt|trên)\s+(\d{1,3}(?:[,.]\d+)?)\s*%/iu.exec(p.text);
    if (!m) continue;
    const n = nodeOfPara.get(p);
    const mv = movementNodes && n ? movementOf(n) : null;
    for (const t of mv ? [mv] : movements) if (t.minVote == null) t.minVote = Math.round(Number(m[1].replace(',', '.')) * 10) / 1000;
  }

  // "đạt từ 80 điểm trở lên mới được xét khen thưởng", "chỉ xét đơn vị có tổng điểm từ 90 điểm trở lên".
  for (const p of paras) {
    const m =
      /từ\s+(\d{1,3}(?:[,.]\d+)?)\s*điểm\s+trở\s+lên[^.;]{0,30}?(?:mới|thì)?\s*(?:được|đủ\s+điều\s+kiện)\s+(?:xét|đề\s+nghị|khen|bình\s+xét|xem\s+xét)/iu.exec(p.text) ??
      /(?:chỉ\s+)?(?:xét|đề\s+nghị)\s+(?:khen\s+thưởng\s+)?(?:đối\s+với|cho)?[^.;]{0,40}?(?:đạt|có\s+(?:tổng\s+)?(?:số\s+)?điểm)\s+từ\s+(\d{1,3}(?:[,.]\d+)?)\s*điểm\s+trở\s+lên/iu.exec(p.text) ??
      /điểm\s+tối\s+thiểu[^.;\d]{0,30}?(\d{1,3}(?:[,.]\d+)?)\s*điểm/iu.exec(p.text);
    if (!m) continue;
    if (/^(?:[-–+•]\s*)?(?:(?:Xếp\s+)?loại\s+)?[“"]?(?:Hoàn\s+thành|Không\s+hoàn\s+thành)/iu.test(p.body)) continue; // a grade band
    const n = nodeOfPara.get(p);
    const mv = movementNodes && n ? movementOf(n) : null;
    for (const t of mv ? [mv] : movements) if (t.minScore == null) t.minScore = Number(m[1].replace(',', '.'));
  }

  const recognised = at >= 0 || anyQuota || anyCriteria || anyDeadline || rubric !== null || allocations.length > 0;
  if (!recognised || !looksLikePlan(text)) throw new UserError(PLAN_TEXT.notAPlan);
  if (!title) warnings.push({ line: null, message: PLAN_TEXT.noTitle });
  if (year === null && opts.year == null) warnings.push({ line: null, message: PLAN_TEXT.noYear });

  const plan: Plan = {
    title,
    issuer,
    year,
    period: { from: period.from, to: period.to },
    movements,
    deadlines: planDeadlines,
    allocations,
    rubric,
    grades,
  };
  if (warnings.length) plan.warnings = warnings;
  void listChildren;
  void headRest;
  return plan;
}
