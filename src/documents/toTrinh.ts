// The Tờ trình đề nghị khen thưởng: the council's (or the office's) request to the head to award
// the list, with the lists attached as Phụ lục (vote shares included, as the council saw them).
import { DOC, DOC_FILES, TO_TRINH } from '../core/text/documents';
import type { Block, DocumentSpec, Run } from './model';
import { KIND_LABEL } from '../core/text/status';
import { dateWords, documentNumber, Fields } from './fields';
import { appendixHead, body, gap, listTable, masthead, para, run, signature, SIZE, titleBlock } from './layout';
import { countsText, decreeBasis, formRun, placeDate, planBasis, recipients, singleForm, unitInSentence, type DocContext } from './context';
import { roman } from './groups';

export function toTrinh(ctx: DocContext): { spec: DocumentSpec; missing: string[] } {
  const f = new Fields(ctx.info, ctx.plan);
  const blocks: Block[] = [];
  blocks.push(masthead({ parent: f.text('issuer'), issuer: f.run('ttUnit'), number: [f.numberRun('ttNumber')], placeDate: placeDate(f, 'ttDate') }));
  const form = singleForm(f, ctx);
  blocks.push(...titleBlock(TO_TRINH.type, form ? [run(TO_TRINH.subjectPrefix), form] : [run(TO_TRINH.subjectPlain)]));
  const recipient = f.run('ttRecipient');
  blocks.push(para([run(TO_TRINH.recipient), recipient], { align: 'center', size: SIZE.body, before: 12, after: 12 }));

  blocks.push(body(DOC.law));
  blocks.push(body(decreeBasis(f.date('ttDate'), ctx.plan.year)));
  blocks.push(body(planBasis(f)));
  const meetingDate = f.date('bbDate');
  blocks.push(body(TO_TRINH.basisMeeting(meetingDate === null ? f.placeholder('bbDate').text : dateWords(meetingDate), f.text('bbNumber', documentNumber))));

  const unit = unitInSentence(f.text('ttUnit'));
  const achievement = f.text('achievement');
  const counts = countsText(ctx.awardees);
  const formText = form ? form.text : TO_TRINH.manyForms;
  blocks.push(body(TO_TRINH.request(unit, recipient.text, formText, counts, achievement)));
  ctx.groups.forEach((g, i) => {
    const what: Run[] = [run(`${i + 1}. `), run(KIND_LABEL[g.kind])];
    if (!form) what.push(run(' ('), formRun(f, g.form), run(')'));
    what.push(run(`: ${DOC.counts(g.kind === 'collective' ? g.awardees.length : 0, g.kind === 'individual' ? g.awardees.length : 0)}.`));
    blocks.push(body(what));
  });
  blocks.push(body(TO_TRINH.attached));
  blocks.push(body(TO_TRINH.closing(recipient.text)));
  blocks.push(gap());
  blocks.push(
    signature(recipients(f, 'ttRecipients', TO_TRINH.defaultRecipients), {
      authority: f.value('ttAuthority'),
      title: f.run('ttSignerTitle'),
      name: f.run('ttSigner'),
    }),
  );

  ctx.groups.forEach((g, i) => {
    const title: Run[] = [run(TO_TRINH.listTitle(DOC.kindGroup[g.kind])), formRun(f, g.form)];
    const attached = [run(TO_TRINH.attachedTo(f.text('ttNumber', documentNumber), f.dateRun('ttDate').text, unit))];
    blocks.push(...appendixHead(roman(i + 1), title, attached));
    blocks.push(listTable(g.kind, g.awardees, { vote: true }));
  });
  return { spec: { kind: 'to-trinh', file: DOC_FILES.toTrinh, rows: ctx.awardees.length, doc: { blocks, size: SIZE.body, pageNumbers: true } }, missing: f.missing };
}
