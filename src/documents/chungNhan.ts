// The certificates (Bằng khen, Giấy khen): one page per nominee. Their design is set nationally
// (domain.md: never invent one), so the built-in layout prints the fields only, plain and centred,
// for the office's pre-printed blanks; an office with its own template .docx gets the same fields
// merged into it (template.ts). One file per award form: each is printed on its own blanks.
import { CHUNG_NHAN, DOC_FILES } from '../core/text/documents';
import type { Awardee, Block, Doc, DocumentSpec, Run } from './model';
import { dateWords, documentNumber, Fields } from './fields';
import { para, run } from './layout';
import { formRun, type DocContext } from './context';
import { formSlug, formsOf } from './groups';
import { foldKey } from '../core/normalize';

/** The fields a certificate prints, each a value or a visible placeholder. */
export interface CertificateRecord {
  stt: string;
  name: string;
  position: string;
  unit: string;
  form: string;
  /** The form's own name ("GIẤY KHEN" of "Giấy khen của Giám đốc Sở Y tế"). */
  formTitle: string;
  achievement: string;
  decisionNumber: string;
  decisionDate: string;
  place: string;
  placeDate: string;
  power: string;
  signerTitle: string;
  signer: string;
  year: string;
  movement: string;
}

/** One file's worth: the form and the records of everybody awarded it, in list order. */
export interface CertificateSet {
  form: string | null;
  file: string;
  records: CertificateRecord[];
  missing: string[];
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

export function certificateSets(ctx: DocContext): CertificateSet[] {
  const forms = formsOf(ctx.groups);
  return forms.map((form) => {
    const f = new Fields(ctx.info, ctx.plan);
    const formText = formRun(f, form).text;
    const list = ctx.groups.filter((g) => (form === null ? g.form === null : g.form !== null && foldKey(g.form) === foldKey(form))).flatMap((g) => g.awardees);
    const d = f.date('qdDate');
    const date = d === null ? f.placeholder('qdDate').text : dateWords(d);
    const common = {
      form: formText,
      formTitle: formText.startsWith('[') ? formText : formText.split(/\s+của\s+/iu)[0].toLocaleUpperCase('vi'),
      achievement: upperFirst(f.text('achievement')),
      decisionNumber: f.text('qdNumber', documentNumber),
      decisionDate: date,
      place: f.text('place'),
      placeDate: `${f.text('place')}, ${date}`,
      power: f.text('qdPower'),
      signerTitle: [f.value('qdAuthority'), f.text('qdSignerTitle')]
        .filter((x): x is string => !!x)
        .map((x) => (x.startsWith('[') ? x : x.toLocaleUpperCase('vi')))
        .join('\n'),
      signer: f.text('qdSigner'),
      year: ctx.plan.year === null ? '' : String(ctx.plan.year),
    };
    const records = list.map((a: Awardee, i) => ({
      ...common,
      stt: String(i + 1),
      name: a.name,
      position: a.position ?? '',
      unit: a.unit && foldKey(a.unit) !== foldKey(a.name) ? a.unit : '',
      movement: a.movementName ?? '',
    }));
    const slug = forms.length > 1 && form !== null ? formSlug(form) : '';
    return { form, file: DOC_FILES.chungNhan(slug), records, missing: f.missing };
  });
}

const CERT_TEXT_CM = 29.7 - 2 * 2.0;

/** The built-in layout: the fields centred on an A4 landscape page, one page per record. */
export function certificateDoc(set: CertificateSet): Doc {
  const blocks: Block[] = [];
  const ph = (s: string, o: Partial<Run> = {}): Run => run(s, s.startsWith('[') ? { placeholder: true, ...o } : o);
  const caps = (s: string) => (s.startsWith('[') ? s : s.toLocaleUpperCase('vi'));
  // The same on every page: made once (upper-casing Vietnamese goes through ICU, which is slow).
  const first = set.records[0];
  const power = first ? ph(caps(first.power), { bold: true }) : null;
  const formTitle = first ? ph(first.formTitle, { bold: true }) : null;
  const achievement = first ? ph(first.achievement) : null;
  const titles = first ? first.signerTitle.split('\n').map((t) => ph(t, { bold: true })) : [];
  const signer = first ? ph(first.signer, { bold: true }) : null;
  set.records.forEach((r, i) => {
    blocks.push(para([power!], { align: 'center', size: 15, before: 48, after: 0, pageBreakBefore: i > 0 }));
    blocks.push(para([run(CHUNG_NHAN.give, { bold: true })], { align: 'center', size: 15, before: 18, after: 0 }));
    blocks.push(para([formTitle!], { align: 'center', size: 26, before: 14, after: 14 }));
    blocks.push(para([run(r.name, { bold: true })], { align: 'center', size: 22, after: 6 }));
    if (r.position) blocks.push(para(r.position, { align: 'center', size: 14, after: 0 }));
    if (r.unit) blocks.push(para(r.unit, { align: 'center', size: 14, after: 0 }));
    blocks.push(para([achievement!], { align: 'center', size: 14, before: 12, after: 0 }));
    const left = [para([run(CHUNG_NHAN.decision(r.decisionNumber, r.decisionDate), { italic: true })], { align: 'center', size: 13, after: 0 })];
    const right = [
      para([run(r.placeDate, { italic: true })], { align: 'center', size: 14, after: 0 }),
      ...titles.map((t) => para([t], { align: 'center', size: 14, after: 0 })),
      para('', { size: 14, after: 0 }),
      para('', { size: 14, after: 0 }),
      para('', { size: 14, after: 0 }),
      para([signer!], { align: 'center', size: 14, after: 0 }),
    ];
    blocks.push(para('', { size: 14, before: 12, after: 0 }));
    blocks.push({ type: 'table', widths: [CERT_TEXT_CM / 2, CERT_TEXT_CM / 2], borders: false, rows: [{ cells: [{ paras: left }, { paras: right }] }] });
  });
  return { blocks, size: 14, pageNumbers: false, landscape: true, margins: { top: 2, bottom: 2, left: 2, right: 2 } };
}

export function chungNhanSpecs(ctx: DocContext): { specs: DocumentSpec[]; sets: CertificateSet[]; missing: string[] } {
  const sets = certificateSets(ctx);
  const specs = sets.map((s) => ({ kind: 'chung-nhan' as const, file: s.file, rows: s.records.length, doc: certificateDoc(s) }));
  return { specs, sets, missing: [...new Set(sets.flatMap((s) => s.missing))] };
}
