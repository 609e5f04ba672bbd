// The Biên bản họp Hội đồng Thi đua - Khen thưởng: when and where, who chaired, who took the
// minutes, the members present (and absent), what the council decided with the vote share of
// every nominee as the nominations sheet has it, the rows it added or took out, and the ties it
// has not yet decided. Signed by the secretary and the chair.
import { BIEN_BAN, COUNCIL_MARKS, DOC, DOC_FILES } from '../core/text/documents';
import type { Block, DocumentSpec, Run } from './model';
import { dateWords, Fields, votePercent } from './fields';
import { body, gap, listTable, masthead, para, run, SIZE, titleBlock, twoSigners } from './layout';
import { countsText, formRun, placeDate, singleForm, type DocContext } from './context';
import type { Awardee } from './model';


export function bienBan(ctx: DocContext): { spec: DocumentSpec; missing: string[] } {
  const f = new Fields(ctx.info, ctx.plan);
  const blocks: Block[] = [];
  blocks.push(masthead({ parent: f.text('issuer'), issuer: run(BIEN_BAN.council), number: [f.numberRun('bbNumber')], placeDate: placeDate(f, 'bbDate') }));
  blocks.push(...titleBlock(BIEN_BAN.type, [run(BIEN_BAN.subject)]));
  blocks.push(gap());

  const d = f.date('bbDate');
  const date = d === null ? f.placeholder('bbDate').text : dateWords(d);
  blocks.push(body(BIEN_BAN.time(f.text('bbTime'), date)));
  blocks.push(body(BIEN_BAN.venue(f.text('bbVenue'))));
  blocks.push(body(BIEN_BAN.chair(f.text('bbChair'), f.text('bbChairTitle'))));
  blocks.push(body(BIEN_BAN.secretary(f.text('bbSecretary'), f.text('bbSecretaryTitle'))));
  const present = f.lines('bbPresent');
  const total = f.value('bbMembers');
  blocks.push(body(BIEN_BAN.present(present.length, total ?? f.placeholder('bbMembers').text)));
  if (present.length === 0) blocks.push(body([f.placeholder('bbPresent')], { indentCm: 1.27, firstLine: false }));
  present.forEach((p, i) => blocks.push(body(`${i + 1}. ${p}`, { indentCm: 1.27, firstLine: false, after: 0 })));
  const absent = f.lines('bbAbsent');
  if (absent.length) {
    blocks.push(body(BIEN_BAN.absent, { before: 6 }));
    absent.forEach((p, i) => blocks.push(body(`${i + 1}. ${p}`, { indentCm: 1.27, firstLine: false, after: 0 })));
  }

  blocks.push(para([run(BIEN_BAN.contentHead, { bold: true })], { align: 'center', size: SIZE.body, before: 12, after: 6, keepNext: true }));
  const planNumber = f.value('planNumber');
  const planName = planNumber ? BIEN_BAN.planByNumber(planNumber) : BIEN_BAN.planByTitle(ctx.plan.title);
  // Presented to the council: the final list, the rows it took out and the ties it has not decided.
  blocks.push(body(BIEN_BAN.report(planName, ctx.awardees.length + ctx.removed.length + ctx.pending.length)));
  const form = singleForm(f, ctx);
  blocks.push(body(BIEN_BAN.decided(f.text('bbVoting'), countsText(ctx.awardees), form ? form.text : BIEN_BAN.manyForms)));
  for (const g of ctx.groups) {
    const head: Run[] = [run(`${DOC.kindGroup[g.kind]} — `, { bold: true }), { ...formRun(f, g.form), bold: true }];
    blocks.push(para(head, { size: SIZE.body, before: 6, after: 3, keepNext: true }));
    blocks.push(listTable(g.kind, g.awardees, { vote: true, extra: { title: DOC.listHead.result, widthCm: 2.6, value: (a) => (a.council === 'added' ? COUNCIL_MARKS.added : BIEN_BAN.accepted) } }));
  }
  namesParagraph(blocks, BIEN_BAN.added, added(ctx.awardees));
  namesParagraph(blocks, BIEN_BAN.removed, ctx.removed);
  namesParagraph(blocks, BIEN_BAN.pending, ctx.pending);
  blocks.push(body(BIEN_BAN.end(f.text('bbEnd')), { before: 6 }));
  blocks.push(gap());
  blocks.push(
    twoSigners(
      { authority: null, title: run(BIEN_BAN.secretarySign), name: f.run('bbSecretary') },
      { authority: null, title: run(BIEN_BAN.chairSign), name: f.run('bbChair') },
    ),
  );
  return { spec: { kind: 'bien-ban', file: DOC_FILES.bienBan, rows: ctx.awardees.length, doc: { blocks, size: SIZE.body, pageNumbers: true } }, missing: f.missing };
}

const added = (list: Awardee[]) => list.filter((a) => a.council === 'added');

/** "Hội đồng quyết định không đề nghị:" and one line per nominee with its unit and vote share. */
function namesParagraph(blocks: Block[], heading: string, list: Awardee[]): void {
  if (!list.length) return;
  blocks.push(body(heading, { before: 6, after: 0, keepNext: true }));
  list.forEach((a) => blocks.push(body(`- ${a.name}${a.unit ? `, ${a.unit}` : ''} (${DOC.listHead.vote.toLocaleLowerCase('vi')} ${votePercent(a.vote)}).`, { indentCm: 1.27, firstLine: false, after: 0 })));
}
