// The cleaned text never changes a character inside a quotation, whatever the voice decision:
// the speaker's words are evidence, and an editor quotes them or not, but never rewrites them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import '../fc-seed.js';
import { check } from '../../src/index.js';

/** Quotation mark pairs of Arabic news (double, guillemets, curly, single, angle, chants in brackets). */
const PAIRS: readonly [string, string][] = [['«', '»'], ['"', '"'], ['“', '”'], ['‘', '’'], ['\'', '\''], ['‹', '›'], ['„', '“']];
/** Words of ordinary news prose. */
const WORDS = ['قال', 'الوزير', 'إن', 'الحكومة', 'ستواصل', 'دعم', 'المدن', 'في', 'المنطقة', 'وأضاف', 'أن', 'القرار', 'نهائي', 'خلال', 'اجتماع', 'أمس', 'رئيس', 'الوزراء', 'محمد', 'علي'];
/** Lexicon words, some disguised, glued or vowelled the way a tamperer writes them. */
const EPITHETS = ['الخونة', 'الكلاب', 'الهمج', 'القذر', 'لعنه الله', 'الخـــائن', 'الکلب', 'والخونة', 'الخَوَنَة', 'الخ\u200cونة', 'الهمجأفيف', 'المرتزقة', 'الكيان الصهيوني', 'الأوباش'];

const words = (n: number) => fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...EPITHETS) }), { minLength: 1, maxLength: n }).map((a) => a.join(' '));

test('property: no edit of the cleaned text touches a quotation, and each quotation survives in it verbatim', () => {
  const arb = fc
    .array(fc.tuple(words(8), fc.option(fc.tuple(fc.constantFrom(...PAIRS), words(6)), { nil: null }), fc.constantFrom(' ', '، ', ': ', '. ')), { minLength: 1, maxLength: 5 })
    .map((parts) => {
      let text = '';
      const quotes: { start: number; end: number }[] = [];
      for (const [narration, quote, sep] of parts) {
        text += narration + sep;
        if (quote) {
          const [[open, close], inside] = quote;
          const start = text.length;
          text += open + inside + close;
          quotes.push({ start, end: text.length });
          text += ' ';
        }
      }
      return { text: text + 'انتهى.', quotes };
    });
  fc.assert(
    fc.property(arb, ({ text, quotes }) => {
      const r = check(text);
      for (const q of quotes) {
        for (const e of r.edits) assert.ok(e.end <= q.start || e.start >= q.end, `edit ${e.start}–${e.end} inside the quotation ${text.slice(q.start, q.end)}`);
      }
      // Verbatim and in order in the cleaned text.
      let from = 0;
      for (const q of quotes) {
        const at = r.cleaned.indexOf(text.slice(q.start, q.end), from);
        assert.ok(at >= 0, `quotation «${text.slice(q.start, q.end)}» is in the cleaned text`);
        from = at + (q.end - q.start);
      }
    }),
    { numRuns: 300 },
  );
});

test('a chant in marks is kept even when it holds an insertion trace; the same word outside marks is removed', () => {
  const text = 'وهتف المتظاهرون «الموت للخونـــة» أمام السفارة، ثم وصف الخونـــة البلد بالفشل.';
  const r = check(text);
  const inside = r.findings.find((f) => f.start < text.indexOf('»'));
  const outside = r.findings.find((f) => f.start > text.indexOf('»'));
  assert.ok(inside && outside);
  assert.equal(inside.suggestion.action, 'keep');
  assert.ok(r.cleaned.includes('«الموت للخونـــة»'));
  assert.equal(outside.severity, 'high');
  assert.ok(!r.cleaned.slice(r.cleaned.indexOf('»')).includes('الخونـــة'));
});
