// The Quyết định khen thưởng (a draft for signature): the authority, the căn cứ (italic, one per
// line), "QUYẾT ĐỊNH:", the articles, the signature with "Nơi nhận", and the Danh sách kèm theo as
// Phụ lục, one per form and kind, each with its total.
import { DOC, DOC_FILES, QUYET_DINH } from '../core/text/documents';
import type { Block, DocumentSpec, Run } from './model';
import { dateWords, documentNumber, Fields } from './fields';
import { appendixHead, body, gap, listTable, masthead, para, run, signature, SIZE, titleBlock } from './layout';
import { countsText, decreeBasis, formRun, placeDate, planBasis, recipients, singleForm, unitInSentence, type DocContext } from './context';
import { roman } from './groups';

export function quyetDinh(ctx: DocContext): { spec: DocumentSpec; missing: string[] } {
  const f = new Fields(ctx.info, ctx.plan);
  const blocks: Block[] = [];
  blocks.push(masthead({ parent: f.value('parent'), issuer: f.run('issuer'), number: [f.numberRun('qdNumber')], placeDate: placeDate(f, 'qdDate') }));
  const form = singleForm(f, ctx);
  blocks.push(...titleBlock(QUYET_DINH.type, form ? [run(QUYET_DINH.subjectPrefix), form, run(QUYET_DINH.subjectTail)] : [run(QUYET_DINH.subjectPlain)]));
  blocks.push(para([{ ...f.run('qdPower'), bold: true }], { align: 'center', size: SIZE.type, before: 12, after: 12, keepNext: true }));

  for (const line of bases(f, ctx)) blocks.push(body([run(line, { italic: true })]));
  blocks.push(para([run(QUYET_DINH.decide, { bold: true })], { align: 'center', size: SIZE.type, before: 12, after: 12, keepNext: true }));

  const achievement = f.text('achievement');
  let article = 1;
  if (form) {
    blocks.push(body([run(QUYET_DINH.article(article++), { bold: true }), run(QUYET_DINH.award(form.text, countsText(ctx.awardees), achievement))]));
  } else {
    blocks.push(body([run(QUYET_DINH.article(article++), { bold: true }), run(QUYET_DINH.awardMany)]));
    const forms = new Map<string, { form: Run; list: typeof ctx.awardees }>();
    for (const g of ctx.groups) {
      const r = formRun(f, g.form);
      const e = forms.get(r.text) ?? { form: r, list: [] };
      e.list.push(...g.awardees);
      forms.set(r.text, e);
    }
    for (const { form: r, list } of forms.values()) blocks.push(body(QUYET_DINH.awardLine(r.text, countsText(list)), { after: 0 }));
  }
  const reward = f.value('qdReward');
  if (reward) blocks.push(body([run(QUYET_DINH.article(article++), { bold: true }), run(reward)]));
  const executors = f.text('qdExecutors');
  blocks.push(body([run(QUYET_DINH.article(article), { bold: true }), run(QUYET_DINH.effect(executors))]));
  blocks.push(gap());
  blocks.push(
    signature(recipients(f, 'qdRecipients', QUYET_DINH.defaultRecipients(article)), {
      authority: f.value('qdAuthority'),
      title: f.run('qdSignerTitle'),
      name: f.run('qdSigner'),
    }),
  );

  const power = f.value('ttRecipient') ?? f.text('qdPower');
  ctx.groups.forEach((g, i) => {
    const title: Run[] = [run(QUYET_DINH.listTitle(DOC.kindGroup[g.kind])), formRun(f, g.form)];
    const attached = [run(QUYET_DINH.attachedTo(f.text('qdNumber', documentNumber), f.dateRun('qdDate').text, power))];
    blocks.push(...appendixHead(roman(i + 1), title, attached));
    blocks.push(listTable(g.kind, g.awardees));
  });
  return { spec: { kind: 'quyet-dinh', file: DOC_FILES.quyetDinh, rows: ctx.awardees.length, doc: { blocks, size: SIZE.body, pageNumbers: true } }, missing: f.missing };
}

/** The căn cứ: the secretary's lines, else the Luật, the Nghị định in force, the plan and the Tờ trình. */
function bases(f: Fields, ctx: DocContext): string[] {
  const typed = f.lines('qdBases');
  if (typed.length) return typed;
  const tt = f.date('ttDate');
  const proposal = QUYET_DINH.proposal(unitInSentence(f.text('ttUnit')), f.text('ttNumber', documentNumber), tt === null ? f.placeholder('ttDate').text : dateWords(tt));
  return [DOC.law, decreeBasis(f.date('qdDate'), ctx.plan.year), planBasis(f), proposal];
}

