// The section tree: numbering styles nest by the order they open, bullets nest inside headings and
// labels, an attached document is a region of its own; tables are recognised in every form copies
// give them.
import * as fs from 'fs';
import * as path from 'path';
import { buildDocument, type DocModel, type Node } from '../../../src/plan/document';
import { markerOf } from '../../../src/plan/document/markers';

const REAL = path.join(__dirname, '..', '..', 'fixtures', 'plans', 'real');

/** The tree as indented lines: "style text" (text cut to 40 characters). */
function outline(doc: DocModel): string[] {
  const out: string[] = [];
  const walk = (n: Node, depth: number) => {
    for (const c of n.children) {
      out.push(`${'  '.repeat(depth)}${c.style} ${(c.block?.text ?? '').slice(0, 40)}`.trimEnd());
      walk(c, depth + 1);
    }
  };
  walk(doc.root, 0);
  return out;
}

describe('markers', () => {
  it.each([
    ['Phần thứ nhất. QUY ĐỊNH CHUNG', 'part'],
    ['Chương II', 'chapter'],
    ['Mục 1. Cờ thi đua', 'section'],
    ['Điều 3. Tiêu chuẩn khen thưởng', 'article'],
    ['A. TẬP THỂ', 'upper'],
    ['IV. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG', 'roman'],
    ['I- HÌNH THỨC, NỘI DUNG THI ĐUA:', 'roman'],
    ['1- Hình thức: Theo quy định tại Điều 15', 'num'],
    ['2021- 2025 là giai đoạn', 'none'],
    ['2.1. Đối với tập thể:', 'num'],
    ['1) Tập thể khoa, phòng:', 'num'],
    ['đ) Đối với cá nhân', 'letter'],
    ['+ Hoàn thành xuất sắc nhiệm vụ;', 'bullet'],
    ['• Nội bộ đoàn kết', 'bullet'],
    ['2021 - 2025 là giai đoạn', 'none'],
    ['30/4 là ngày lễ', 'none'],
    ['V/v phát động phong trào thi đua', 'none'],
    ['- 2 -', 'none'],
  ])('"%s" is %s', (text, type) => expect(markerOf(text).type).toBe(type));
});

describe('nesting', () => {
  it('puts "-" items under "+ Đối với tập thể:" and "+" items under "- Đối với tập thể:"', () => {
    const doc = buildDocument(
      ['2. Tiêu chuẩn khen thưởng', '+ Đối với tập thể:', '- Hoàn thành xuất sắc nhiệm vụ;', '- Nội bộ đoàn kết.', '+ Đối với cá nhân:', '- Hoàn thành tốt nhiệm vụ.', '3. Số lượng: 03 tập thể.'].join('\n'),
    );
    expect(outline(doc)).toEqual([
      'num:1 2. Tiêu chuẩn khen thưởng',
      '  bullet:+ + Đối với tập thể:',
      '    bullet:- - Hoàn thành xuất sắc nhiệm vụ;',
      '    bullet:- - Nội bộ đoàn kết.',
      '  bullet:+ + Đối với cá nhân:',
      '    bullet:- - Hoàn thành tốt nhiệm vụ.',
      'num:1 3. Số lượng: 03 tập thể.',
    ]);
  });
  it('puts items under an unmarked label and starts the next label beside it', () => {
    const doc = buildDocument(['1. Tiêu chuẩn', 'Đối với tập thể:', '+ Hoàn thành xuất sắc;', 'Đối với cá nhân:', '+ Hoàn thành tốt.'].join('\n'));
    expect(outline(doc)).toEqual(['num:1 1. Tiêu chuẩn', '  label Đối với tập thể:', '    bullet:+ + Hoàn thành xuất sắc;', '  label Đối với cá nhân:', '    bullet:+ + Hoàn thành tốt.']);
  });
  it('nests Chương › Điều › khoản › điểm in a regulation and keeps each node\'s lines', () => {
    const doc = buildDocument(fs.readFileSync(path.join(REAL, 'bacninh-2025-quy-dinh-tdkt.txt'), 'utf8'));
    const art = doc.nodes.find((n) => n.block?.text.startsWith('Điều 4.')) as Node;
    expect(art.parent?.style).toBe('chapter');
    expect(art.block?.lines).toEqual([269, 271]);
    expect(art.children.map((c) => c.block?.text.slice(0, 30))).toEqual(['1. Danh hiệu "Lao động tiên ti', '2. Danh hiệu "Tập thể lao động', '3. Giấy khen của thủ trưởng cá']);
    expect(art.children[2].children.map((c) => c.block?.id)).toEqual(['a', 'b', 'c']);
  });
  it('makes the Quy định issued with a Quyết định a region of its own', () => {
    const doc = buildDocument(fs.readFileSync(path.join(REAL, 'bacninh-2025-quy-dinh-tdkt.txt'), 'utf8'));
    expect(doc.regions.map((r) => [r.kindWord, doc.blocks[r.start].lines[0]])).toEqual([['QUY ĐỊNH', 99]]);
    // Its "Điều 1" is not a sibling of the Quyết định's "Điều 3".
    const first = doc.regions[0].node.children.find((c) => c.style === 'chapter');
    expect(first?.children.find((c) => c.style === 'article')?.block?.text).toBe('Điều 1. Phạm vi điều chỉnh');
  });
});

describe('tables', () => {
  it('reads a pipe table with its header', () => {
    const doc = buildDocument('| STT | Nội dung | Thời gian |\n|---|---|---|\n| 1 | Gửi hồ sơ | 15/12/2024 |\n| 2 | Tổng kết | Tháng 12/2024 |');
    const t = doc.blocks[0].table;
    expect(t?.headerRows).toBe(1);
    expect(t?.rows.map((r) => [r.line, ...r.cells])).toEqual([[1, 'STT', 'Nội dung', 'Thời gian'], [3, '1', 'Gửi hồ sơ', '15/12/2024'], [4, '2', 'Tổng kết', 'Tháng 12/2024']]);
  });
  it('reads columns aligned with spaces (a fixed-width copy)', () => {
    const doc = buildDocument(['Đối tượng      Số lượng      Hình thức', 'Tập thể        04            Giấy khen', 'Cá nhân        08            Giấy khen'].join('\n'));
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0].table?.rows.map((r) => r.cells)).toEqual([['Đối tượng', 'Số lượng', 'Hình thức'], ['Tập thể', '04', 'Giấy khen'], ['Cá nhân', '08', 'Giấy khen']]);
  });
  it('does not take a two-column signature line for a table', () => {
    const doc = buildDocument('Nơi nhận:                                GIÁM ĐỐC\n- Các cơ quan, đơn vị trực thuộc;\n- Lưu: VT, VP.');
    expect(doc.blocks.every((b) => b.type === 'para')).toBe(true);
  });
});
