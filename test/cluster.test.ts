import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clusterDocuments,
  containment,
  copySimilarity,
  estimateJaccard,
  exactPairs,
  jaccard,
  LshIndex,
  lshRecall,
  MinHasher,
  UnionFind,
  wordShingles,
  type ClusterDoc,
} from '../src/cluster/index.js';

// Stories written for these tests: two that get copied (A, B) and three unrelated (C, D, E).
const A =
  'أعلنت وزارة المالية اليوم الأحد عن حزمة جديدة من الإجراءات الاقتصادية تهدف إلى دعم الشركات الصغيرة والمتوسطة وتخفيف آثار ارتفاع الأسعار على الأسر ذات الدخل المحدود. ' +
  'وقال وزير المالية في مؤتمر صحفي عقده في العاصمة إن الحكومة خصصت مبلغ ثلاثة مليارات دينار لتمويل قروض ميسرة بفوائد منخفضة تسدد على مدى خمس سنوات. ' +
  'وأضاف الوزير أن الحزمة تشمل أيضا إعفاء المشاريع الناشئة من الرسوم الجمركية على المعدات المستوردة لمدة عامين، إلى جانب تسهيل إجراءات التسجيل التجاري عبر منصة إلكترونية موحدة. ' +
  'وأشار إلى أن البنك المركزي سيتولى الإشراف على توزيع القروض بالتعاون مع المصارف التجارية، مؤكدا أن الأولوية ستمنح للمشاريع التي توفر فرص عمل للشباب في المحافظات البعيدة عن المركز. ' +
  'من جهتهم، رحب ممثلو غرف التجارة والصناعة بالقرار، لكنهم طالبوا بتبسيط شروط الضمانات المطلوبة من المقترضين، معتبرين أن كثيرا من أصحاب المشاريع الصغيرة لا يملكون عقارات يمكن رهنها. ' +
  'ويأتي هذا الإعلان بعد أشهر من الانتقادات التي وجهها خبراء اقتصاديون إلى السياسة المالية للحكومة، في ظل تراجع معدلات النمو وارتفاع نسبة البطالة إلى أعلى مستوى لها منذ عقد.';

const B =
  'تسببت الأمطار الغزيرة التي هطلت على المناطق الساحلية خلال الليلة الماضية في سيول جارفة أدت إلى إغلاق عدد من الطرق الرئيسية وانقطاع التيار الكهربائي عن آلاف المنازل. ' +
  'وذكرت مديرية الدفاع المدني في بيان أن فرق الإنقاذ تمكنت من إجلاء أكثر من مئتي عائلة من الأحياء المنخفضة إلى مراكز إيواء مؤقتة أقيمت في المدارس الحكومية. ' +
  'وأوضح البيان أن منسوب المياه في بعض الشوارع تجاوز المتر الواحد، وأن عددا من السيارات جرفتها السيول نحو الأودية المجاورة، دون أن تسجل أي إصابات بشرية حتى الآن. ' +
  'وحذرت هيئة الأرصاد الجوية من استمرار الحالة الجوية غير المستقرة حتى نهاية الأسبوع، داعية المواطنين إلى تجنب الاقتراب من مجاري الأودية وعدم المجازفة بعبور الطرق المغمورة بالمياه. ' +
  'كما قررت السلطات المحلية تعليق الدراسة في المدارس يوم غد الاثنين حفاظا على سلامة الطلاب والمعلمين.';

const C =
  'حقق المنتخب الوطني لكرة القدم فوزا ثمينا على ضيفه بهدفين مقابل هدف واحد في المباراة التي جرت مساء أمس على الملعب الأولمبي ضمن التصفيات المؤهلة إلى كأس العالم. ' +
  'وافتتح المهاجم الشاب التسجيل في الدقيقة الثامنة عشرة بتسديدة قوية من خارج منطقة الجزاء، قبل أن يعادل الفريق الضيف النتيجة من ركلة جزاء مطلع الشوط الثاني. ' +
  'وفي الدقائق الأخيرة، نجح قائد الفريق في إحراز هدف الفوز برأسية متقنة إثر ركلة ركنية، وسط فرحة عارمة من الجماهير التي ملأت المدرجات. ' +
  'وقال المدرب في تصريحات عقب اللقاء إن لاعبيه أظهروا روحا قتالية عالية، مشيرا إلى أن الفريق ما زال بحاجة إلى تحسين أدائه الدفاعي قبل المواجهة المقبلة خارج الديار.';

const D =
  'أطلقت وزارة الصحة حملة وطنية للتطعيم ضد الحصبة تستهدف الأطفال دون سن الخامسة في جميع المحافظات، وذلك بعد تسجيل ارتفاع ملحوظ في عدد الإصابات خلال الأشهر الثلاثة الماضية. ' +
  'وأكد مدير برنامج التحصين أن الحملة ستستمر أسبوعين، وأن الفرق الصحية ستزور المنازل في القرى النائية لضمان وصول اللقاح إلى كل طفل. ' +
  'ودعا الأهالي إلى التعاون مع الفرق الميدانية وعدم الالتفات إلى الشائعات المتداولة على مواقع التواصل الاجتماعي حول أضرار اللقاح، مؤكدا أنه آمن وفعال ومعتمد من منظمة الصحة العالمية. ' +
  'وتشير بيانات الوزارة إلى أن نسبة التغطية بالتطعيم انخفضت في السنوات الأخيرة بسبب النزوح وضعف الخدمات الصحية في المناطق الريفية.';

const E =
  'افتتح معرض الكتاب الدولي أبوابه أمام الزوار صباح اليوم بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة عربية وأجنبية. ' +
  'ويتضمن برنامج المعرض هذا العام ندوات فكرية وأمسيات شعرية وورش عمل للأطفال، إضافة إلى حفلات توقيع لعدد من الروائيين والشعراء. ' +
  'وقالت رئيسة اللجنة المنظمة إن الدورة الحالية تحتفي بالترجمة بوصفها جسرا بين الثقافات، وقد خصصت جناحا كاملا للكتب المترجمة من لغات آسيوية وأفريقية. ' +
  'ويستمر المعرض عشرة أيام، ويفتح أبوابه يوميا من العاشرة صباحا حتى العاشرة مساء، فيما خصصت أيام الجمعة للعائلات والمدارس.';

const sentences = (t: string): string[] => t.split(/(?<=\.) /u);

/** A with one sentence inserted in the middle. */
const A_INSERTED = [
  ...sentences(A).slice(0, 3),
  'وكان رئيس الوزراء قد وعد في خطابه أمام البرلمان الشهر الماضي باتخاذ خطوات عاجلة لإنعاش الاقتصاد وحماية الطبقة الوسطى.',
  ...sentences(A).slice(3),
].join(' ');

/** A with a dateline and a site footer added and its last paragraph dropped. */
const A_TRIMMED = `عمان - وكالات:\n${sentences(A).slice(0, -1).join(' ')}\nجميع الحقوق محفوظة. تابعونا على مواقع التواصل الاجتماعي للحصول على آخر الأخبار.`;

/** B rewritten with diacritics, other hamza and alef forms, ى for final ي, and one sentence changed. */
const B_EDITED = sentences(B)
  .map((s, i) => (i === 4 ? 'وقررت السلطات تعليق الدوام في المدارس والجامعات حتى إشعار آخر.' : s))
  .join(' ')
  .replace('الأمطار', 'الامطار')
  .replace('الغزيرة', 'الغَزيرةُ')
  .replace('إجلاء', 'اجلاء')
  .replace('مئتي', 'مئتى')
  .replace('أكثر', 'اكثر');

/** A deterministic PRNG (mulberry32), for generated variants. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const POOL = [...new Set([A, B, C, D, E].join(' ').split(/[\s.،]+/u).filter(Boolean))];

/** `text` with a share `rate` of its words replaced by words of the pool. */
function changeWords(text: string, rate: number, rand: () => number): string {
  return text
    .split(' ')
    .map((w) => (rand() < rate ? POOL[Math.floor(rand() * POOL.length)] : w))
    .join(' ');
}

const hasher = new MinHasher();
const doc = (text: string): ClusterDoc => {
  const shingles = wordShingles(text);
  return { shingles, signature: hasher.signature(shingles) };
};

test('shingles ignore diacritics, hamza and alef forms, ى/ي, ة/ه, the digit script and punctuation', () => {
  const written = 'أعلنَتْ وزارةُ الماليّةِ، إجراءاتٍ جديدةً لعام ٢٠٢٤ في مستشفى «الأمل»!';
  const plain = 'اعلنت وزاره الماليه اجراءات جديده لعام 2024 في مستشفي الامل';
  assert.deepEqual(wordShingles(written), wordShingles(plain));
  assert.equal(wordShingles(plain).length, 10 - 4 + 1);
});

test('shingles are a sorted set, order-sensitive; short texts give one shingle, no words none', () => {
  const s = wordShingles('قال قال قال قال قال قال قال');
  assert.equal(s.length, 1); // seven words, four identical shingles
  const a = wordShingles(A);
  for (let i = 1; i < a.length; i++) assert.ok(a[i - 1] < a[i]);
  assert.notDeepEqual(wordShingles('واحد اثنان ثلاثة أربعة'), wordShingles('أربعة ثلاثة اثنان واحد'));
  assert.equal(wordShingles('عاجل').length, 1);
  assert.equal(wordShingles('خبر عاجل جدا').length, 1);
  assert.notDeepEqual(wordShingles('خبر عاجل جدا'), wordShingles('خبر عاجل'));
  assert.equal(wordShingles('').length, 0);
  assert.equal(wordShingles('؟! ... «»').length, 0);
  assert.equal(wordShingles(A, 1).length, new Set(wordShingles(A, 1)).size);
  assert.throws(() => wordShingles(A, 0), RangeError);
});

test('jaccard and containment on sorted sets', () => {
  const a = Uint32Array.from([1, 2, 3, 4]);
  const b = Uint32Array.from([3, 4, 5, 6, 7, 8]);
  assert.equal(jaccard(a, b), 2 / 8);
  assert.equal(containment(a, b), 2 / 4);
  assert.equal(containment(b, a), 2 / 6);
  assert.equal(copySimilarity(a, b), 0.5);
  const empty = new Uint32Array(0);
  assert.equal(jaccard(empty, empty), 0);
  assert.equal(containment(empty, a), 0);
  assert.equal(copySimilarity(empty, a), 0);
  // A copy with added boilerplate or a dropped paragraph: Jaccard alone undersells it.
  const [a0, trimmed] = [wordShingles(A), wordShingles(A_TRIMMED)];
  assert.ok(copySimilarity(a0, trimmed) > 0.75, String(copySimilarity(a0, trimmed)));
  assert.ok(copySimilarity(a0, trimmed) > jaccard(a0, trimmed));
});

test('the MinHash estimate is within 0.1 of the exact Jaccard', () => {
  const base = wordShingles(A);
  const variants = {
    inserted: wordShingles(A_INSERTED),
    trimmed: wordShingles(A_TRIMMED),
    changed30: wordShingles(changeWords(A, 0.3, prng(3))),
    unrelated: wordShingles(C),
  };
  const exact = Object.fromEntries(Object.entries(variants).map(([k, v]) => [k, jaccard(base, v)]));
  // The variants span the range: near copy, partial copy, heavily edited, unrelated.
  assert.ok(exact.inserted > 0.8, JSON.stringify(exact));
  assert.ok(exact.trimmed > 0.6 && exact.trimmed < 0.85, JSON.stringify(exact));
  assert.ok(exact.changed30 > 0.05 && exact.changed30 < 0.4, JSON.stringify(exact));
  assert.equal(exact.unrelated, 0);
  const sig = hasher.signature(base);
  for (const [name, v] of Object.entries(variants)) {
    const est = estimateJaccard(sig, hasher.signature(v));
    assert.ok(Math.abs(est - exact[name]) <= 0.1, `${name}: estimate ${est}, exact ${exact[name]}`);
  }
  // One estimate has a standard error of up to 0.044 with 128 hashes, so ±0.1 is about 2.5σ and
  // some seed would miss it somewhere. Over many seeds the mean error must be near the ideal
  // 0.8σ ≈ 0.03: a hash family with correlated members would show here.
  let total = 0;
  let count = 0;
  for (let seed = 10; seed < 26; seed++) {
    const h = new MinHasher(128, seed);
    const s0 = h.signature(base);
    for (const [name, v] of Object.entries(variants)) {
      total += Math.abs(estimateJaccard(s0, h.signature(v)) - exact[name]);
      count++;
    }
  }
  assert.ok(total / count < 0.04, `mean error ${total / count}`);
  const emptySig = hasher.signature(new Uint32Array(0));
  assert.ok(emptySig.every((x) => x === 0xffffffff));
  assert.equal(estimateJaccard(emptySig, emptySig), 0);
});

test('signatures and clusters are deterministic', () => {
  const s = wordShingles(A);
  assert.deepEqual(new MinHasher(128, 7).signature(s), new MinHasher(128, 7).signature(s));
  assert.notDeepEqual(new MinHasher(128, 7).signature(s), new MinHasher(128, 8).signature(s));
  assert.equal(new MinHasher(64).signature(s).length, 64);
  const docs = [A, C, A_INSERTED, B, D, A_TRIMMED, E, B_EDITED].map(doc);
  assert.deepEqual(clusterDocuments(docs), clusterDocuments([A, C, A_INSERTED, B, D, A_TRIMMED, E, B_EDITED].map(doc)));
});

test('clusterDocuments groups the copies of each story and leaves unrelated texts out', () => {
  const docs = [A, C, A_INSERTED, B, D, A_TRIMMED, E, B_EDITED].map(doc);
  assert.ok(copySimilarity(docs[3].shingles, docs[7].shingles) >= 0.5);
  const result = clusterDocuments(docs);
  assert.deepEqual(result.clusters, [
    [0, 2, 5],
    [3, 7],
  ]);
  assert.ok(result.candidates >= 4 && result.verified === 4, JSON.stringify(result)); // A–A1, A–A2, A1–A2, B–B1
  // The same with the other documented banding, and at a threshold no pair reaches.
  assert.deepEqual(clusterDocuments(docs, { bands: 42, rows: 3 }).clusters, result.clusters);
  assert.deepEqual(clusterDocuments(docs, { threshold: 1 }).clusters, []);
  assert.throws(() => clusterDocuments(docs, { bands: 100, rows: 2 }), RangeError);
  assert.throws(() => clusterDocuments(docs, { threshold: 0 }), RangeError);
});

test('a bucket of 5,000 identical texts gives a linear number of candidates', () => {
  const n = 5000;
  const one = doc('عاجل: انقطاع الكهرباء عن العاصمة');
  const docs: ClusterDoc[] = Array.from({ length: n }, () => one);
  const result = clusterDocuments(docs);
  assert.ok(result.candidates <= 2 * n, `${result.candidates} candidates`);
  assert.equal(result.clusters.length, 1);
  assert.equal(result.clusters[0].length, n);
  // Empty articles are nobody's copy, however many there are.
  const empty = doc('');
  assert.deepEqual(clusterDocuments(Array.from({ length: 100 }, () => empty)), { clusters: [], candidates: 0, verified: 0 });
});

test('LshIndex gives each candidate pair once, smaller item first, in order', () => {
  const lsh = new LshIndex(4, 2);
  const sig = (x: number) => Uint32Array.from([x, x, 1, 1, 2, 2, x, 9]);
  lsh.add(9, sig(5));
  lsh.add(3, sig(5));
  lsh.add(7, sig(6));
  lsh.add(1, Uint32Array.from([0, 0, 0, 0, 0, 0, 0, 0]));
  assert.deepEqual(lsh.candidates(), [
    [3, 7],
    [3, 9],
    [7, 9],
  ]);
  assert.equal(lsh.size, 4);
  assert.ok(lsh.bytes() > 0);
  assert.throws(() => lsh.add(2, new Uint32Array(7)), RangeError);
  assert.throws(() => lsh.add(-1, sig(1)), RangeError);
});

test('UnionFind joins sets and lists groups by smallest member', () => {
  const uf = new UnionFind(8);
  assert.equal(uf.union(6, 2), true);
  assert.equal(uf.union(5, 7), true);
  assert.equal(uf.union(2, 4), true);
  assert.equal(uf.union(4, 6), false);
  assert.equal(uf.find(4), uf.find(6));
  assert.deepEqual(uf.groups(), [
    [2, 4, 6],
    [5, 7],
  ]);
  assert.deepEqual(uf.groups(3), [[2, 4, 6]]);
  assert.equal(uf.groups(1).length, 5);
});

/** 40 generated stories, five variants each: words changed, a passage inserted or dropped, a footer. */
function generatedVariants(): ClusterDoc[] {
  const rand = prng(20261129);
  const words = (count: number) => Array.from({ length: count }, () => POOL[Math.floor(rand() * POOL.length)]);
  const docs: ClusterDoc[] = [];
  for (let s = 0; s < 40; s++) {
    const story = words(120 + Math.floor(rand() * 200));
    for (let v = 0; v < 5; v++) {
      let text = [...story];
      if (v > 0) {
        text = changeWords(text.join(' '), rand() * 0.12, rand).split(' ');
        if (rand() < 0.5) text.splice(Math.floor(rand() * text.length), 0, ...words(10 + Math.floor(rand() * 60)));
        if (rand() < 0.5) text.splice(Math.floor(rand() * text.length), 20 + Math.floor(rand() * 80));
        if (rand() < 0.3) text.push(...'جميع الحقوق محفوظة لدى الصحيفة ولا يجوز النقل دون إذن'.split(' '));
      }
      docs.push(doc(text.join(' ')));
    }
  }
  return docs;
}

test('exactPairs matches a brute-force all-pairs pass, and the LSH finds at least 90% of the pairs', () => {
  const docs = generatedVariants();
  const brute: Array<[number, number]> = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) if (copySimilarity(docs[i].shingles, docs[j].shingles) >= 0.5) brute.push([i, j]);
  }
  assert.deepEqual(exactPairs(docs, 0.5), brute);
  assert.ok(brute.length >= 200, `${brute.length} true pairs`);
  const r = lshRecall(docs, 0.5);
  assert.equal(r.truePairs, brute.length);
  assert.ok(r.recall >= 0.9, JSON.stringify(r));
  assert.ok(r.clustered >= r.found);
  // Copies of different stories never end in one cluster.
  for (const group of clusterDocuments(docs).clusters) assert.equal(new Set(group.map((i) => Math.floor(i / 5))).size, 1);
});
