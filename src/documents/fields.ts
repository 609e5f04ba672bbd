// The values a document prints, each from the first place that has it: what the secretary typed in
// "Thông tin văn bản", else a default derived from the plan or another field, else a visible
// placeholder "[Tên thông tin]" — never an empty gap — whose label is recorded as missing.
import type { Serial } from '../core/types';
import { fromIso, parseDate, serialToYmd } from '../core/dates';
import { DOC, INFO_FIELDS, INFO_PREFILL, QUYET_DINH, TO_TRINH, type InfoKey } from '../core/text/documents';
import type { PlanFacts, Run } from './model';
import type { InfoValues } from '../workbook/infoSheet';

export type { InfoValues };

const pad2 = (n: number) => (n < 10 ? '0' + n : String(n));

/** "ngày 05 tháng 02 năm 2026": a day under 10 and months 1–2 with a leading zero (Nghị định 30/2020). */
export function dateWords(s: Serial): string {
  const { y, m, d } = serialToYmd(s);
  return DOC.dateWords(pad2(d), m <= 2 ? pad2(m) : String(m), String(y));
}

/** "5/QĐ-SYT" → "05/QĐ-SYT": a number under 10 with a leading zero (Nghị định 30/2020). */
export function documentNumber(s: string): string {
  return s.replace(/^\s*(\d)(?!\d)/, '0$1').trim();
}

/** "GIÁM ĐỐC" → "Giám đốc" (a title inside a sentence). */
export function sentenceCase(s: string): string {
  const lower = s.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "Phát động phong trào thi đua … năm 2024" → "phong trào thi đua … năm 2024": the plan's topic inside a sentence. */
export function planTopic(title: string): string {
  const t = title.replace(/^\s*(kế hoạch|phát động|về việc|v\/v)\s*[:,-]?\s*/iu, '').replace(/^\s*(phát động)\s+/iu, '').trim();
  return t ? t.charAt(0).toLocaleLowerCase('vi') + t.slice(1) : '';
}

/** "92,5%": vote shares as Vietnamese documents write them (decimal comma, at most one decimal). */
export function votePercent(v: number | null): string {
  if (v === null || !Number.isFinite(v)) return DOC.noVote;
  const p = Math.round(v * 1000) / 10;
  return `${String(p).replace('.', ',')}%`;
}

/** Recipients, one per line, each "- …;" and the archive line last ("- Lưu: VT, VP."). */
export function recipientLines(lines: string[], archive: string): string[] {
  const out = lines
    .map((l) => l.trim().replace(/^[-–•+]\s*/, '').replace(/[.;,]+$/, ''))
    .filter(Boolean)
    .map((l) => (/^lưu\s*:/iu.test(l) ? `- ${l}.` : `- ${l};`));
  if (!out.some((l) => /^- lưu\s*:/iu.test(l))) out.push(archive);
  return out;
}

/**
 * Resolves fields for one document and remembers which ones it had to leave as placeholders. One
 * Fields per document, so each knows its own missing fields; `missing` of all of them is the union.
 */
export class Fields {
  readonly missing: string[] = [];

  constructor(
    private readonly info: InfoValues,
    readonly plan: PlanFacts,
  ) {}

  /** The typed value, else the default, else null. */
  value(key: InfoKey): string | null {
    const typed = this.info[key];
    if (typed !== undefined && typed.trim() !== '') return typed.trim();
    return this.defaultOf(key);
  }

  /** Lines of a multi-line field ("Thành viên có mặt", "Nơi nhận"), or [] when blank. */
  lines(key: InfoKey): string[] {
    return (this.value(key) ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
  }

  /** A date field as a serial, or null (blank or unreadable: the reader warned about the latter). */
  date(key: InfoKey): Serial | null {
    const v = this.value(key);
    if (v === null) return null;
    const r = parseDate(v);
    return r.ok ? r.serial : null;
  }

  /** Marks `key` as missing and returns its placeholder run. */
  placeholder(key: InfoKey, extra: Partial<Run> = {}): Run {
    const label = INFO_FIELDS[key].label;
    if (!this.missing.includes(label)) this.missing.push(label);
    return { ...extra, text: `[${label}]`, placeholder: true };
  }

  /** The field as a run: its value, or its placeholder. */
  run(key: InfoKey, extra: Partial<Run> = {}, transform: (s: string) => string = (s) => s): Run {
    const v = this.value(key);
    return v === null ? this.placeholder(key, extra) : { ...extra, text: transform(v) };
  }

  /** "ngày 05 tháng 12 năm 2024" from a date field, or its placeholder. */
  dateRun(key: InfoKey, extra: Partial<Run> = {}): Run {
    const s = this.date(key);
    return s === null ? this.placeholder(key, extra) : { ...extra, text: dateWords(s) };
  }

  /** A document number field with the leading zero rule applied, or its placeholder. */
  numberRun(key: InfoKey, extra: Partial<Run> = {}): Run {
    return this.run(key, extra, documentNumber);
  }

  /** The text of a field or its placeholder, for use inside a sentence. */
  text(key: InfoKey, transform?: (s: string) => string): string {
    return this.run(key, {}, transform).text;
  }

  private defaultOf(key: InfoKey): string | null {
    const p = this.plan;
    switch (key) {
      case 'issuer':
        return p.issuer ? p.issuer.toLocaleUpperCase('vi') : null;
      case 'planNumber':
        return p.number;
      case 'planDate': {
        const s = p.date ? fromIso(p.date) : null;
        if (s === null) return null;
        const { y, m, d } = serialToYmd(s);
        return `${pad2(d)}/${pad2(m)}/${y}`;
      }
      case 'achievement': {
        const topic = planTopic(p.title);
        return topic ? `đã có thành tích xuất sắc trong ${topic}` : null;
      }
      case 'ttRecipient': {
        const title = this.value('qdSignerTitle');
        const authority = this.info.qdAuthority?.trim();
        // Under "KT. GIÁM ĐỐC" the recipient is the head (Giám đốc), not the deputy who signs.
        const head = authority && /^(kt|tm|q|tl)\.\s*/iu.test(authority) ? authority.replace(/^(kt|tm|q|tl)\.\s*/iu, '') : title;
        return head && p.issuer ? `${sentenceCase(head)} ${p.issuer}` : null;
      }
      case 'qdPower': {
        const authority = this.info.qdAuthority?.trim();
        const head = authority && /^kt\.\s*/iu.test(authority) ? authority.replace(/^kt\.\s*/iu, '') : this.value('qdSignerTitle');
        const issuer = this.value('issuer');
        return head && issuer ? `${head.toLocaleUpperCase('vi')} ${issuer.toLocaleUpperCase('vi')}` : null;
      }
      case 'qdExecutors':
        return QUYET_DINH.defaultExecutors;
      case 'bbVoting':
        return INFO_PREFILL.bbVoting ?? null;
      case 'ttRecipients':
        return TO_TRINH.defaultRecipients;
      default:
        return null;
    }
  }
}
