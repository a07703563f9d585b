/**
 * Scores the engine on the labelled cases in tests/cases/eval/: per-class precision, recall and F1
 * over verdicts, macro-F1, the confusion matrix, the false-annotation rate on unrelated sentences,
 * and detection precision/recall. Used by `npm run eval` and by the regression-floor test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledEngine, CONTEXT_SENTENCES } from '../../lib/check';
import { parseDocument } from './html';
import { EVAL_DIR } from './seeds';

export { EVAL_DIR };
/**
 * Sets written after the engine was tuned on the first, each by someone who had not seen its rules
 * (sentences only, no detection texts): how the engine does on wording it was not fitted to.
 * The errors of blind-1 to blind-12 were then used to fix general rules, so they are no longer
 * blind; blind-13 and blind-14 are measured, not fitted.
 */
export const BLIND_SETS = {
  'blind-1': join(EVAL_DIR, 'blind-1'),
  'blind-2': join(EVAL_DIR, 'blind-2'),
  'blind-3': join(EVAL_DIR, 'blind-3'),
  'blind-4': join(EVAL_DIR, 'blind-4'),
  'blind-5': join(EVAL_DIR, 'blind-5'),
  'blind-6': join(EVAL_DIR, 'blind-6'),
  'blind-7': join(EVAL_DIR, 'blind-7'),
  'blind-8': join(EVAL_DIR, 'blind-8'),
  'blind-9': join(EVAL_DIR, 'blind-9'),
  'blind-10': join(EVAL_DIR, 'blind-10'),
  'blind-11': join(EVAL_DIR, 'blind-11'),
  'blind-12': join(EVAL_DIR, 'blind-12'),
  'blind-13': join(EVAL_DIR, 'blind-13'),
  'blind-14': join(EVAL_DIR, 'blind-14'),
  'blind-15': join(EVAL_DIR, 'blind-15'),
  'blind-16': join(EVAL_DIR, 'blind-16'),
  'blind-17': join(EVAL_DIR, 'blind-17'),
  'blind-18': join(EVAL_DIR, 'blind-18'),
  'blind-19': join(EVAL_DIR, 'blind-19'),
  'blind-20': join(EVAL_DIR, 'blind-20'),
  'blind-21': join(EVAL_DIR, 'blind-21'),
  'blind-22': join(EVAL_DIR, 'blind-22'),
  'blind-23': join(EVAL_DIR, 'blind-23'),
  'blind-24': join(EVAL_DIR, 'blind-24'),
  'blind-25': join(EVAL_DIR, 'blind-25'),
  'blind-26': join(EVAL_DIR, 'blind-26'),
  'blind-27': join(EVAL_DIR, 'blind-27'),
  'blind-28': join(EVAL_DIR, 'blind-28'),
  'blind-29': join(EVAL_DIR, 'blind-29'),
  'blind-30': join(EVAL_DIR, 'blind-30'),
  'blind-31': join(EVAL_DIR, 'blind-31'),
  'blind-32': join(EVAL_DIR, 'blind-32'),
  'blind-33': join(EVAL_DIR, 'blind-33'),
  'blind-34': join(EVAL_DIR, 'blind-34'),
  'blind-35': join(EVAL_DIR, 'blind-35'),
  'blind-36': join(EVAL_DIR, 'blind-36'),
  'blind-37': join(EVAL_DIR, 'blind-37'),
  'blind-38': join(EVAL_DIR, 'blind-38'),
  'blind-39': join(EVAL_DIR, 'blind-39'),
  'blind-40': join(EVAL_DIR, 'blind-40'),
  'blind-41': join(EVAL_DIR, 'blind-41'),
  'blind-42': join(EVAL_DIR, 'blind-42'),
  'blind-43': join(EVAL_DIR, 'blind-43'),
  'blind-44': join(EVAL_DIR, 'blind-44'),
  'blind-45': join(EVAL_DIR, 'blind-45'),
  'blind-46': join(EVAL_DIR, 'blind-46'),
  'blind-47': join(EVAL_DIR, 'blind-47'),
  'blind-48': join(EVAL_DIR, 'blind-48'),
  'blind-49': join(EVAL_DIR, 'blind-49'),
  'blind-50': join(EVAL_DIR, 'blind-50'),
  'blind-51': join(EVAL_DIR, 'blind-51'),
  'blind-52': join(EVAL_DIR, 'blind-52'),
  'blind-53': join(EVAL_DIR, 'blind-53'),
  'blind-54': join(EVAL_DIR, 'blind-54'),
  'blind-55': join(EVAL_DIR, 'blind-55'),
  'blind-56': join(EVAL_DIR, 'blind-56'),
  'blind-57': join(EVAL_DIR, 'blind-57'),
  'blind-58': join(EVAL_DIR, 'blind-58'),
  'blind-59': join(EVAL_DIR, 'blind-59'),
  'blind-60': join(EVAL_DIR, 'blind-60'),
  'blind-61': join(EVAL_DIR, 'blind-61'),
  'blind-62': join(EVAL_DIR, 'blind-62'),
  'blind-63': join(EVAL_DIR, 'blind-63'),
  'blind-64': join(EVAL_DIR, 'blind-64'),
  'blind-65': join(EVAL_DIR, 'blind-65'),
  'blind-66': join(EVAL_DIR, 'blind-66'),
  'blind-67': join(EVAL_DIR, 'blind-67'),
  'blind-68': join(EVAL_DIR, 'blind-68'),
  'blind-69': join(EVAL_DIR, 'blind-69'),
  'blind-70': join(EVAL_DIR, 'blind-70'),
  'blind-71': join(EVAL_DIR, 'blind-71'),
  'blind-72': join(EVAL_DIR, 'blind-72'),
  'blind-73': join(EVAL_DIR, 'blind-73'),
  'blind-74': join(EVAL_DIR, 'blind-74'),
  'blind-75': join(EVAL_DIR, 'blind-75'),
  'blind-76': join(EVAL_DIR, 'blind-76'),
  'blind-77': join(EVAL_DIR, 'blind-77'),
  'blind-78': join(EVAL_DIR, 'blind-78'),
  'blind-79': join(EVAL_DIR, 'blind-79'),
  'blind-80': join(EVAL_DIR, 'blind-80'),
  'blind-81': join(EVAL_DIR, 'blind-81'),
  'blind-82': join(EVAL_DIR, 'blind-82'),
  'blind-83': join(EVAL_DIR, 'blind-83'),
  'blind-84': join(EVAL_DIR, 'blind-84'),
  'blind-85': join(EVAL_DIR, 'blind-85'),
  'blind-86': join(EVAL_DIR, 'blind-86'),
  'blind-87': join(EVAL_DIR, 'blind-87'),
  'blind-88': join(EVAL_DIR, 'blind-88'),
  'blind-89': join(EVAL_DIR, 'blind-89'),
  'blind-90': join(EVAL_DIR, 'blind-90'),
  'blind-91': join(EVAL_DIR, 'blind-91'),
  'blind-92': join(EVAL_DIR, 'blind-92'),
  'blind-93': join(EVAL_DIR, 'blind-93'),
  'blind-94': join(EVAL_DIR, 'blind-94'),
  'blind-95': join(EVAL_DIR, 'blind-95'),
  'blind-96': join(EVAL_DIR, 'blind-96'),
  'blind-97': join(EVAL_DIR, 'blind-97'),
  'blind-98': join(EVAL_DIR, 'blind-98'),
  'blind-99': join(EVAL_DIR, 'blind-99'),
  'blind-100': join(EVAL_DIR, 'blind-100'),
  'blind-101': join(EVAL_DIR, 'blind-101'),
  'blind-102': join(EVAL_DIR, 'blind-102'),
  'blind-103': join(EVAL_DIR, 'blind-103'),
  'blind-104': join(EVAL_DIR, 'blind-104'),
  'blind-105': join(EVAL_DIR, 'blind-105'),
  'blind-106': join(EVAL_DIR, 'blind-106'),
  'blind-107': join(EVAL_DIR, 'blind-107'),
  'blind-108': join(EVAL_DIR, 'blind-108'),
  'blind-109': join(EVAL_DIR, 'blind-109'),
  'blind-110': join(EVAL_DIR, 'blind-110'),
  'blind-111': join(EVAL_DIR, 'blind-111'),
  'blind-112': join(EVAL_DIR, 'blind-112'),
  'blind-113': join(EVAL_DIR, 'blind-113'),
  'blind-114': join(EVAL_DIR, 'blind-114'),
  'blind-115': join(EVAL_DIR, 'blind-115'),
  'blind-116': join(EVAL_DIR, 'blind-116'),
  'blind-117': join(EVAL_DIR, 'blind-117'),
  'blind-118': join(EVAL_DIR, 'blind-118'),
  'blind-119': join(EVAL_DIR, 'blind-119'),
  'blind-120': join(EVAL_DIR, 'blind-120'),
  'blind-121': join(EVAL_DIR, 'blind-121'),
  'blind-122': join(EVAL_DIR, 'blind-122'),
  'blind-123': join(EVAL_DIR, 'blind-123'),
  'blind-124': join(EVAL_DIR, 'blind-124'),
  'blind-125': join(EVAL_DIR, 'blind-125'),
  'blind-126': join(EVAL_DIR, 'blind-126'),
  'blind-127': join(EVAL_DIR, 'blind-127'),
  'blind-128': join(EVAL_DIR, 'blind-128'),
  'blind-129': join(EVAL_DIR, 'blind-129'),
  'blind-130': join(EVAL_DIR, 'blind-130'),
  'blind-131': join(EVAL_DIR, 'blind-131'),
  'blind-132': join(EVAL_DIR, 'blind-132'),
  'blind-133': join(EVAL_DIR, 'blind-133'),
  'blind-134': join(EVAL_DIR, 'blind-134'),
  'blind-135': join(EVAL_DIR, 'blind-135'),
  'blind-136': join(EVAL_DIR, 'blind-136'),
  'blind-137': join(EVAL_DIR, 'blind-137'),
  'blind-138': join(EVAL_DIR, 'blind-138'),
  'blind-139': join(EVAL_DIR, 'blind-139'),
  'blind-140': join(EVAL_DIR, 'blind-140'),
  'blind-141': join(EVAL_DIR, 'blind-141'),
  'blind-142': join(EVAL_DIR, 'blind-142'),
  'blind-143': join(EVAL_DIR, 'blind-143'),
  'blind-144': join(EVAL_DIR, 'blind-144'),
  'blind-145': join(EVAL_DIR, 'blind-145'),
  'blind-146': join(EVAL_DIR, 'blind-146'),
  'blind-147': join(EVAL_DIR, 'blind-147'),
  'blind-148': join(EVAL_DIR, 'blind-148'),
  'blind-149': join(EVAL_DIR, 'blind-149'),
  'blind-150': join(EVAL_DIR, 'blind-150'),
  'blind-151': join(EVAL_DIR, 'blind-151'),
  'blind-152': join(EVAL_DIR, 'blind-152'),
  'blind-153': join(EVAL_DIR, 'blind-153'),
  'blind-154': join(EVAL_DIR, 'blind-154'),
  'blind-155': join(EVAL_DIR, 'blind-155'),
  'blind-156': join(EVAL_DIR, 'blind-156'),
  'blind-157': join(EVAL_DIR, 'blind-157'),
  'blind-158': join(EVAL_DIR, 'blind-158'),
  'blind-159': join(EVAL_DIR, 'blind-159'),
  'blind-160': join(EVAL_DIR, 'blind-160'),
  'blind-161': join(EVAL_DIR, 'blind-161'),
  'blind-162': join(EVAL_DIR, 'blind-162'),
  'blind-163': join(EVAL_DIR, 'blind-163'),
  'blind-164': join(EVAL_DIR, 'blind-164'),
  'blind-165': join(EVAL_DIR, 'blind-165'),
  'blind-166': join(EVAL_DIR, 'blind-166'),
  'blind-167': join(EVAL_DIR, 'blind-167'),
  'blind-168': join(EVAL_DIR, 'blind-168'),
  'blind-169': join(EVAL_DIR, 'blind-169'),
  'blind-170': join(EVAL_DIR, 'blind-170'),
  'blind-171': join(EVAL_DIR, 'blind-171'),
  'blind-172': join(EVAL_DIR, 'blind-172'),
  'blind-173': join(EVAL_DIR, 'blind-173'),
  'blind-174': join(EVAL_DIR, 'blind-174'),
  'blind-175': join(EVAL_DIR, 'blind-175'),
  'blind-176': join(EVAL_DIR, 'blind-176'),
  'blind-177': join(EVAL_DIR, 'blind-177'),
  'blind-178': join(EVAL_DIR, 'blind-178'),
  'blind-179': join(EVAL_DIR, 'blind-179'),
  'blind-180': join(EVAL_DIR, 'blind-180'),
  'blind-181': join(EVAL_DIR, 'blind-181'),
  'blind-182': join(EVAL_DIR, 'blind-182'),
  'blind-183': join(EVAL_DIR, 'blind-183'),
  'blind-184': join(EVAL_DIR, 'blind-184'),
  'blind-185': join(EVAL_DIR, 'blind-185'),
  'blind-186': join(EVAL_DIR, 'blind-186'),
  'blind-187': join(EVAL_DIR, 'blind-187'),
  'blind-188': join(EVAL_DIR, 'blind-188'),
  'blind-189': join(EVAL_DIR, 'blind-189'),
  'blind-190': join(EVAL_DIR, 'blind-190'),
  'blind-191': join(EVAL_DIR, 'blind-191'),
  'blind-192': join(EVAL_DIR, 'blind-192'),
  'blind-193': join(EVAL_DIR, 'blind-193'),
  'blind-194': join(EVAL_DIR, 'blind-194'),
  'blind-195': join(EVAL_DIR, 'blind-195'),
  'blind-196': join(EVAL_DIR, 'blind-196'),
  'blind-197': join(EVAL_DIR, 'blind-197'),
  'blind-198': join(EVAL_DIR, 'blind-198'),
  'blind-199': join(EVAL_DIR, 'blind-199'),
  'blind-200': join(EVAL_DIR, 'blind-200'),
  'blind-201': join(EVAL_DIR, 'blind-201'),
  'blind-202': join(EVAL_DIR, 'blind-202'),
  'blind-203': join(EVAL_DIR, 'blind-203'),
  'blind-204': join(EVAL_DIR, 'blind-204'),
  'blind-205': join(EVAL_DIR, 'blind-205'),
  'blind-206': join(EVAL_DIR, 'blind-206'),
  'blind-207': join(EVAL_DIR, 'blind-207'),
  'blind-208': join(EVAL_DIR, 'blind-208'),
  'blind-209': join(EVAL_DIR, 'blind-209'),
  'blind-210': join(EVAL_DIR, 'blind-210'),
  'blind-211': join(EVAL_DIR, 'blind-211'),
  'blind-212': join(EVAL_DIR, 'blind-212'),
  'blind-213': join(EVAL_DIR, 'blind-213'),
  'blind-214': join(EVAL_DIR, 'blind-214'),
  'blind-215': join(EVAL_DIR, 'blind-215'),
  'blind-216': join(EVAL_DIR, 'blind-216'),
  'blind-217': join(EVAL_DIR, 'blind-217'),
  'blind-218': join(EVAL_DIR, 'blind-218'),
  'blind-219': join(EVAL_DIR, 'blind-219'),
  'blind-220': join(EVAL_DIR, 'blind-220'),
  'blind-221': join(EVAL_DIR, 'blind-221'),
  'blind-222': join(EVAL_DIR, 'blind-222'),
  'blind-223': join(EVAL_DIR, 'blind-223'),
  'blind-224': join(EVAL_DIR, 'blind-224'),
  'blind-225': join(EVAL_DIR, 'blind-225'),
  'blind-226': join(EVAL_DIR, 'blind-226'),
  'blind-227': join(EVAL_DIR, 'blind-227'),
  'blind-228': join(EVAL_DIR, 'blind-228'),
  'blind-229': join(EVAL_DIR, 'blind-229'),
  'blind-230': join(EVAL_DIR, 'blind-230'),
  'blind-231': join(EVAL_DIR, 'blind-231'),
  'blind-232': join(EVAL_DIR, 'blind-232'),
  'blind-233': join(EVAL_DIR, 'blind-233'),
  'blind-234': join(EVAL_DIR, 'blind-234'),
  'blind-235': join(EVAL_DIR, 'blind-235'),
  'blind-236': join(EVAL_DIR, 'blind-236'),
  'blind-237': join(EVAL_DIR, 'blind-237'),
  'blind-238': join(EVAL_DIR, 'blind-238'),
  'blind-239': join(EVAL_DIR, 'blind-239'),
  'blind-240': join(EVAL_DIR, 'blind-240'),
  'blind-241': join(EVAL_DIR, 'blind-241'),
  'blind-242': join(EVAL_DIR, 'blind-242'),
  'blind-243': join(EVAL_DIR, 'blind-243'),
  'blind-244': join(EVAL_DIR, 'blind-244'),
  'blind-245': join(EVAL_DIR, 'blind-245'),
  'blind-246': join(EVAL_DIR, 'blind-246'),
  'blind-247': join(EVAL_DIR, 'blind-247'),
  'blind-248': join(EVAL_DIR, 'blind-248'),
  'blind-249': join(EVAL_DIR, 'blind-249'),
  'blind-250': join(EVAL_DIR, 'blind-250'),
  'blind-251': join(EVAL_DIR, 'blind-251'),
  'blind-252': join(EVAL_DIR, 'blind-252'),
  'blind-253': join(EVAL_DIR, 'blind-253'),
  'blind-254': join(EVAL_DIR, 'blind-254'),
  'blind-255': join(EVAL_DIR, 'blind-255'),
  'blind-256': join(EVAL_DIR, 'blind-256'),
  'blind-257': join(EVAL_DIR, 'blind-257'),
  'blind-258': join(EVAL_DIR, 'blind-258'),
  'blind-259': join(EVAL_DIR, 'blind-259'),
  'blind-260': join(EVAL_DIR, 'blind-260'),
  'blind-261': join(EVAL_DIR, 'blind-261'),
  'blind-262': join(EVAL_DIR, 'blind-262'),
  'blind-263': join(EVAL_DIR, 'blind-263'),
  'blind-264': join(EVAL_DIR, 'blind-264'),
  'blind-265': join(EVAL_DIR, 'blind-265'),
  'blind-266': join(EVAL_DIR, 'blind-266'),
  'blind-267': join(EVAL_DIR, 'blind-267'),
  'blind-268': join(EVAL_DIR, 'blind-268'),
  'blind-269': join(EVAL_DIR, 'blind-269'),
  'blind-270': join(EVAL_DIR, 'blind-270'),
  'blind-271': join(EVAL_DIR, 'blind-271'),
  'blind-272': join(EVAL_DIR, 'blind-272'),
  'blind-273': join(EVAL_DIR, 'blind-273'),
  'blind-274': join(EVAL_DIR, 'blind-274'),
  'blind-275': join(EVAL_DIR, 'blind-275'),
  'blind-276': join(EVAL_DIR, 'blind-276'),
  'blind-277': join(EVAL_DIR, 'blind-277'),
  'blind-278': join(EVAL_DIR, 'blind-278'),
  'blind-279': join(EVAL_DIR, 'blind-279'),
  'blind-280': join(EVAL_DIR, 'blind-280'),
  'blind-281': join(EVAL_DIR, 'blind-281'),
  'blind-282': join(EVAL_DIR, 'blind-282'),
  'blind-283': join(EVAL_DIR, 'blind-283'),
  'blind-284': join(EVAL_DIR, 'blind-284'),
  'blind-285': join(EVAL_DIR, 'blind-285'),
  'blind-286': join(EVAL_DIR, 'blind-286'),
  'blind-287': join(EVAL_DIR, 'blind-287'),
  'blind-288': join(EVAL_DIR, 'blind-288'),
  'blind-289': join(EVAL_DIR, 'blind-289'),
  'blind-290': join(EVAL_DIR, 'blind-290'),
  'blind-291': join(EVAL_DIR, 'blind-291'),
  'blind-292': join(EVAL_DIR, 'blind-292'),
  'blind-293': join(EVAL_DIR, 'blind-293'),
  'blind-294': join(EVAL_DIR, 'blind-294'),
  'blind-295': join(EVAL_DIR, 'blind-295'),
  'blind-296': join(EVAL_DIR, 'blind-296'),
  'blind-297': join(EVAL_DIR, 'blind-297'),
  'blind-298': join(EVAL_DIR, 'blind-298'),
  'blind-299': join(EVAL_DIR, 'blind-299'),
  'blind-300': join(EVAL_DIR, 'blind-300'),
  'blind-301': join(EVAL_DIR, 'blind-301'),
  'blind-302': join(EVAL_DIR, 'blind-302'),
  'blind-303': join(EVAL_DIR, 'blind-303'),
  'blind-304': join(EVAL_DIR, 'blind-304'),
  'blind-305': join(EVAL_DIR, 'blind-305'),
  'blind-306': join(EVAL_DIR, 'blind-306'),
  'blind-307': join(EVAL_DIR, 'blind-307'),
  'blind-308': join(EVAL_DIR, 'blind-308'),
  'blind-309': join(EVAL_DIR, 'blind-309'),
  'blind-310': join(EVAL_DIR, 'blind-310'),
  'blind-311': join(EVAL_DIR, 'blind-311'),
  'blind-312': join(EVAL_DIR, 'blind-312'),
  'blind-313': join(EVAL_DIR, 'blind-313'),
  'blind-314': join(EVAL_DIR, 'blind-314'),
  'blind-315': join(EVAL_DIR, 'blind-315'),
  'blind-316': join(EVAL_DIR, 'blind-316'),
  'blind-317': join(EVAL_DIR, 'blind-317'),
  'blind-318': join(EVAL_DIR, 'blind-318'),
} as const;
export type BlindSet = keyof typeof BLIND_SETS;

export type Label = 'supports' | 'contradicts' | 'disputed' | 'none';
export const LABELS: Label[] = ['supports', 'contradicts', 'disputed', 'none'];

export interface SentenceCase {
  id: string;
  text: string;
  published: string | null;
  label: Label;
  fact: string | null;
  kind: string | null;
  tags?: string[];
  /** Other facts a careful reader would also accept for this sentence. */
  altFacts?: string[];
}

export interface DetectionCase {
  id: string;
  title?: string;
  text?: string;
  html?: string;
  relevant: boolean;
  note?: string;
}

export interface ClassScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface EvalReport {
  sentences: number;
  perClass: Record<Label, ClassScore>;
  macroF1: number;
  /** Macro-F1 over the three verdict classes only. */
  verdictMacroF1: number;
  /** confusion[gold][predicted] */
  confusion: Record<Label, Record<Label, number>>;
  /** Share of gold-'none' sentences that got an annotation. */
  falseAnnotationRate: number;
  /** Among verdicts that match the gold label (not 'none'), the share pinned to the gold fact. */
  factAccuracy: number;
  byTag: Record<string, { n: number; correct: number }>;
  errors: {
    id: string;
    text: string;
    gold: Label;
    predicted: Label;
    goldFact: string | null;
    predictedFact: string | null;
    reason: string | null;
  }[];
  detection: {
    n: number;
    precision: number;
    recall: number;
    f1: number;
    errors: { id: string; gold: boolean; relevance: number; reasons: string[] }[];
  };
}

export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}

/** Consecutive sentences of one article: one writer (the id's letters) and one date. */
function sameArticle(a: SentenceCase, b: SentenceCase): boolean {
  const writer = (id: string) => id.replace(/\d+$/, '');
  return writer(a.id) === writer(b.id) && a.published === b.published;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * `inReadingOrder`: each sentence is read after the one before it in its article (the sets are
 * articles in reading order: consecutive ids of one writer with one date), as on a page where every
 * sentence is its own paragraph; otherwise each sentence is read alone.
 */
export function evaluate(dir = EVAL_DIR, options: { inReadingOrder?: boolean } = {}): EvalReport {
  const engine = bundledEngine();
  const cases = readJsonl<SentenceCase>(join(dir, 'sentences.jsonl'));
  const confusion = Object.fromEntries(
    LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))]),
  ) as EvalReport['confusion'];
  const errors: EvalReport['errors'] = [];
  const byTag: EvalReport['byTag'] = {};
  let factHits = 0;
  let factTotal = 0;
  /** The sentences read before this one in its article, the nearer last (at most `CONTEXT_SENTENCES`). */
  let before: SentenceCase[] = [];
  for (const c of cases) {
    before = options.inReadingOrder
      ? before.filter((b) => sameArticle(b, c)).slice(-CONTEXT_SENTENCES)
      : [];
    const annotations = engine.annotate(
      c.text,
      c.published,
      undefined,
      before.map((b) => b.text),
    );
    before.push(c);
    const a = annotations[0];
    const predicted: Label = a ? a.verdict : 'none';
    confusion[c.label][predicted]++;
    const rightFact =
      a !== undefined && (a.fact.id === c.fact || (c.altFacts ?? []).includes(a.fact.id));
    const correct = predicted === c.label && (c.label === 'none' || !c.fact || rightFact);
    if (predicted === c.label && c.label !== 'none') {
      factTotal++;
      if (rightFact) factHits++;
    }
    for (const tag of c.tags ?? []) {
      byTag[tag] ??= { n: 0, correct: 0 };
      byTag[tag].n++;
      if (correct) byTag[tag].correct++;
    }
    if (!correct) {
      errors.push({
        id: c.id,
        text: c.text,
        gold: c.label,
        predicted,
        goldFact: c.fact,
        predictedFact: a?.fact.id ?? null,
        reason: a?.reason ?? null,
      });
    }
  }
  const perClass = {} as Record<Label, ClassScore>;
  for (const l of LABELS) {
    const tp = confusion[l][l];
    const predictedL = LABELS.reduce((s, g) => s + confusion[g][l], 0);
    const goldL = LABELS.reduce((s, p) => s + confusion[l][p], 0);
    const p = ratio(tp, predictedL);
    const r = ratio(tp, goldL);
    perClass[l] = { precision: p, recall: r, f1: f1(p, r), support: goldL };
  }
  const macroF1 = LABELS.reduce((s, l) => s + perClass[l].f1, 0) / LABELS.length;
  const verdictMacroF1 =
    (perClass.supports.f1 + perClass.contradicts.f1 + perClass.disputed.f1) / 3;
  const noneTotal = perClass.none.support;
  const falseAnnotationRate = ratio(noneTotal - confusion.none.none, noneTotal);

  const det = readJsonl<DetectionCase>(join(dir, 'detection.jsonl'));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const detErrors: EvalReport['detection']['errors'] = [];
  for (const d of det) {
    const r = d.html
      ? engine.checkDocument(parseDocument(d.html))
      : engine.checkText(`${d.title ? `${d.title}\n\n` : ''}${d.text ?? ''}`);
    if (r.relevant && d.relevant) tp++;
    else if (r.relevant && !d.relevant) fp++;
    else if (!r.relevant && d.relevant) fn++;
    if (r.relevant !== d.relevant)
      detErrors.push({ id: d.id, gold: d.relevant, relevance: r.relevance, reasons: r.reasons });
  }
  const dp = ratio(tp, tp + fp);
  const dr = ratio(tp, tp + fn);
  return {
    sentences: cases.length,
    perClass,
    macroF1,
    verdictMacroF1,
    confusion,
    falseAnnotationRate,
    factAccuracy: ratio(factHits, factTotal),
    byTag,
    errors,
    detection: { n: det.length, precision: dp, recall: dr, f1: f1(dp, dr), errors: detErrors },
  };
}
