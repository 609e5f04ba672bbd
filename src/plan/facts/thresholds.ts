// What a nominee must reach, when the plan says: a grade ("phải được xếp loại hoàn thành xuất
// sắc"), a score ("đạt từ 80 điểm trở lên mới được xét khen thưởng"), a vote share ("tỷ lệ phiếu
// đồng ý từ 80% trở lên").
import type { Block, DocModel, Node } from '../document';
import { SURE, fact, sourceOf, type Fact } from './fact';
import { scopeNodes } from './query';

export interface Threshold<T> {
  fact: Fact<T>;
  node: Node;
}

export interface Thresholds {
  awardGrade: Threshold<string>[];
  minScore: Threshold<number>[];
  minVote: Threshold<number>[];
}

const GRADE = /được\s+xếp\s+loại\s+"?((?:hoàn\s+thành|không\s+hoàn\s+thành)(?:\s+(?:xuất\s+sắc|tốt))?)(?:\s+nhiệm\s+vụ)?/iu;
const VOTE = /tỷ\s+lệ\s+(?:phiếu|đồng\s+ý)[^.;%]{0,60}?(?:từ|đạt|trên)\s+(\d{1,3}(?:[,.]\d+)?)\s*%/iu;
const SCORE = [
  /từ\s+(\d{1,3}(?:[,.]\d+)?)\s*điểm\s+trở\s+lên[^.;]{0,30}?(?:mới|thì)?\s*(?:được|đủ\s+điều\s+kiện)\s+(?:xét|đề\s+nghị|khen|bình\s+xét|xem\s+xét)/iu,
  /(?:chỉ\s+)?(?:xét|đề\s+nghị)\s+(?:khen\s+thưởng\s+)?(?:đối\s+với|cho)?[^.;]{0,40}?(?:đạt|có\s+(?:tổng\s+)?(?:số\s+)?điểm)\s+từ\s+(\d{1,3}(?:[,.]\d+)?)\s*điểm\s+trở\s+lên/iu,
  /điểm\s+tối\s+thiểu[^.;\d]{0,30}?(\d{1,3}(?:[,.]\d+)?)\s*điểm/iu,
];
const GRADE_BAND_LINE = /^(?:[-–+•]\s*)?(?:(?:Xếp\s+)?loại\s+)?"?(?:Hoàn\s+thành|Không\s+hoàn\s+thành)/iu;

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const decimal = (s: string) => Number(s.replace(',', '.'));

export function readThresholds(doc: DocModel): Thresholds {
  const out: Thresholds = { awardGrade: [], minScore: [], minVote: [] };
  for (const n of scopeNodes(doc)) {
    const b = n.block as Block;
    // Cheap tests first: most paragraphs name no grade, vote or score.
    if (b.type !== 'para' || !/xếp\s+loại|tỷ\s+lệ|điểm/iu.test(b.text)) continue;
    const g = GRADE.exec(b.text);
    if (g && /khen\s+thưởng|đề\s+nghị|xét\s+chọn|điểm\s+từ\s+cao/iu.test(b.text))
      out.awardGrade.push({ fact: fact(cap(g[1].toLocaleLowerCase('vi').replace(/\s+/g, ' ')), sourceOf(b, g.index, g.index + g[0].length), SURE), node: n });
    const v = VOTE.exec(b.text);
    if (v) out.minVote.push({ fact: fact(Math.round(decimal(v[1]) * 10) / 1000, sourceOf(b, v.index, v.index + v[0].length), SURE), node: n });
    if (GRADE_BAND_LINE.test(b.body)) continue; // a grade band, not a threshold
    for (const re of SCORE) {
      const m = re.exec(b.text);
      if (!m) continue;
      out.minScore.push({ fact: fact(decimal(m[1]), sourceOf(b, m.index, m.index + m[0].length), SURE), node: n });
      break;
    }
  }
  return out;
}
